using System.Collections.Generic;

namespace MmmFixtures.Rules;

/// <summary>
/// The rules of one media transform (an MMM channel's, a commerce ad platform's): the adstock kernel and the
/// saturation curve. The transform's JSON objects sit in its owner's object (<c>channels[].adstock</c>,
/// <c>tenants[].meta.adstock</c>), so each owner has its own paths, attribute names and defaults.
/// </summary>
internal sealed class MediaTransformRules
{
    /// <summary>The largest adstock kernel length.</summary>
    public const int MaxLagLimit = 520;

    /// <summary>The rules of the transform of <paramref name="owner"/> (<c>channels[]</c>).</summary>
    /// <param name="owner">The path of the object holding <c>adstock</c> and <c>saturation</c>.</param>
    /// <param name="attribute">The attribute that sets them, without the suffix (<c>Channel</c>), or null when none does.</param>
    /// <param name="alphaDefault">The owner's default carry-over rate α.</param>
    public MediaTransformRules(string owner, string? attribute, string alphaDefault)
    {
        string? At(string property) => attribute is null ? null : attribute + "." + property;
        AdstockAlpha = new FieldRule($"{owner}.adstock.alpha", At("AdstockAlpha"), ValueRange.FromBelow(0, 1), alphaDefault,
            "Geometric or delayed carry-over rate α (Delayed also needs α > 0).");
        AdstockTheta = new FieldRule($"{owner}.adstock.theta", At("AdstockTheta"), ValueRange.Closed(0, MaxLagLimit - 1), "1",
            "Delayed adstock: the lag of the peak θ, at most maxLag − 1.");
        WeibullShape = new FieldRule($"{owner}.adstock.shape", At("WeibullShape"), ValueRange.AboveTo(0, 20), "2",
            "Weibull adstock: the shape k.");
        WeibullScale = new FieldRule($"{owner}.adstock.scale", At("WeibullScale"), ValueRange.AboveTo(0, 1000), "3",
            "Weibull adstock: the scale λ in periods.");
        MaxLag = new FieldRule($"{owner}.adstock.maxLag", At("MaxLag"), ValueRange.Closed(1, MaxLagLimit), "8",
            "Adstock kernel length L (lags 0..L−1).", isInteger: true);
        HalfSaturation = new FieldRule($"{owner}.saturation.halfSaturation", At("HalfSaturation"), ValueRange.AboveTo(0, 1e6), "0.5",
            "Hill and MichaelisMenten: the half-saturation point κ on the scaled signal.");
        Slope = new FieldRule($"{owner}.saturation.slope", At("Slope"), ValueRange.AboveTo(0, 20), "1.5",
            "Hill: the slope s.");
        Lambda = new FieldRule($"{owner}.saturation.lambda", At("Lambda"), ValueRange.AboveTo(0, 1e6), "2",
            "Logistic: the steepness λ.");
        TanhScale = new FieldRule($"{owner}.saturation.scale", At("TanhScale"), ValueRange.AboveTo(0, 1e6), "0.5",
            "Tanh: the scale c.");
    }

    public FieldRule AdstockAlpha { get; }
    public FieldRule AdstockTheta { get; }
    public FieldRule WeibullShape { get; }
    public FieldRule WeibullScale { get; }
    public FieldRule MaxLag { get; }
    public FieldRule HalfSaturation { get; }
    public FieldRule Slope { get; }
    public FieldRule Lambda { get; }
    public FieldRule TanhScale { get; }

    /// <summary>Every rule of the transform.</summary>
    public IEnumerable<FieldRule> All => new[] { AdstockAlpha, AdstockTheta, WeibullShape, WeibullScale, MaxLag, HalfSaturation, Slope, Lambda, TanhScale };
}
