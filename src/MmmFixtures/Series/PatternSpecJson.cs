using System;
using MmmFixtures.Json;
using MmmFixtures.EnumText;

namespace MmmFixtures.Series;

/// <summary>
/// The JSON form of a <see cref="PatternSpec"/>, shared by every series that has one (an MMM channel's spend or
/// control's value, a commerce campaign's spend). A pattern's fields sit in its owner's object, so the owner names
/// the level (<c>baseSpend</c>); a pattern's parameters are written only for the kinds that use them, reading accepts them all.
/// </summary>
internal static class PatternSpecJson
{
    /// <summary>The fields of random bursts: an OnOff pattern's, or a recurring event's <c>recurrence</c> object.</summary>
    public static readonly JsonFields<PatternSpec> Bursts = new(
        JsonField.Number<PatternSpec>("activationProbability", p => p.ActivationProbability, (p, v) => p with { ActivationProbability = v }),
        JsonField.Integer<PatternSpec>("minActivePeriods", p => p.MinActivePeriods, (p, v) => p with { MinActivePeriods = v }),
        JsonField.Integer<PatternSpec>("maxActivePeriods", p => p.MaxActivePeriods, (p, v) => p with { MaxActivePeriods = v }));

    /// <summary>The fields of a pattern whose level is called <paramref name="levelName"/>.</summary>
    /// <remarks>Writing throws <see cref="ArgumentException"/> for a <see cref="SpendPattern.Custom"/> pattern, a delegate JSON cannot hold.</remarks>
    public static JsonFields<PatternSpec> Fields(string levelName) => new(
        JsonField.Enum<PatternSpec, SpendPattern>("pattern", EnumTexts.SpendPatterns, p => WritableKind(p), (p, v) => p with { Kind = v }),
        JsonField.Number<PatternSpec>(levelName, p => p.Level, (p, v) => p with { Level = v }),
        JsonField.Number<PatternSpec>("trend", p => p.Trend, (p, v) => p with { Trend = v }, p => p.Kind == SpendPattern.LinearTrend),
        JsonField.Number<PatternSpec>("seasonalAmplitude", p => p.SeasonalAmplitude, (p, v) => p with { SeasonalAmplitude = v }, p => p.Kind == SpendPattern.Seasonal),
        JsonField.Number<PatternSpec>("peakDayOfYear", p => p.PeakDayOfYear, (p, v) => p with { PeakDayOfYear = v }, p => p.Kind == SpendPattern.Seasonal),
        JsonField.Integer<PatternSpec>("startPeriod", p => p.StartPeriod, (p, v) => p with { StartPeriod = v }, p => p.Kind == SpendPattern.DelayedStart),
        JsonField.Integer<PatternSpec>("rampUpPeriods", p => p.RampUpPeriods, (p, v) => p with { RampUpPeriods = v }, p => p.Kind == SpendPattern.DelayedStart),
        JsonField.OptionalInteger<PatternSpec>("endPeriod", p => p.EndPeriod, (p, v) => p with { EndPeriod = v }, p => p.Kind == SpendPattern.DelayedStart),
        JsonField.Inline<PatternSpec, PatternSpec>(Bursts, p => p, (_, v) => v, p => p.Kind == SpendPattern.OnOff),
        JsonField.Number<PatternSpec>("autocorrelation", p => p.Autocorrelation, (p, v) => p with { Autocorrelation = v }),
        JsonField.Number<PatternSpec>("volatility", p => p.Volatility, (p, v) => p with { Volatility = v }));

    private static SpendPattern WritableKind(PatternSpec p) => p.Kind != SpendPattern.Custom ? p.Kind
        : throw new ArgumentException("A Custom pattern is a delegate, which has no JSON form.", nameof(p));
}
