using System;
using MmmFixtures.Rules;
using MmmFixtures.Validation;

namespace MmmFixtures.Media;

/// <summary>
/// Checks a media transform's adstock and saturation against their rules, for every owner (an MMM channel, a
/// commerce ad platform). Every field is checked whatever the kinds say, as the build-time diagnostics do (a value
/// set out of range is an error even where the kind ignores it); a kind only adds its cross-field bounds.
/// </summary>
internal static class MediaTransformValidation
{
    /// <summary>Adds every problem of <paramref name="adstock"/> and <paramref name="saturation"/>; <paramref name="indices"/> fill the rules' paths.</summary>
    public static void Check(AdstockSpec adstock, SaturationSpec saturation, MediaTransformRules rules, SpecErrorCollector e, params int[] indices)
    {
        var a = adstock;
        e.Check(rules.MaxLag, a.MaxLag, indices);
        if (e.Check(rules.AdstockAlpha, a.Alpha, indices) && a.Kind == AdstockKind.Delayed)
            e.Check(rules.AdstockAlpha, rules.AdstockAlpha.Range.WithMin(0, inclusive: false), a.Alpha, indices);
        if (e.Check(rules.AdstockTheta, a.Theta, indices) && a.Kind == AdstockKind.Delayed)
            e.Check(rules.AdstockTheta, rules.AdstockTheta.Range.WithMax(Math.Max(0, a.MaxLag - 1), inclusive: true), a.Theta, indices);
        e.Check(rules.WeibullShape, a.Shape, indices);
        e.Check(rules.WeibullScale, a.Scale, indices);

        var s = saturation;
        e.Check(rules.HalfSaturation, s.HalfSaturation, indices);
        e.Check(rules.Slope, s.Slope, indices);
        e.Check(rules.Lambda, s.Lambda, indices);
        e.Check(rules.TanhScale, s.TanhScale, indices);
    }
}
