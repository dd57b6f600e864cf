using System;
using MmmFixtures.Randomness;

namespace MmmFixtures.Series;

/// <summary>
/// The shape and noise of a generated series: a channel's spend or a control's value. All patterns
/// are anchored at <see cref="Level"/> (the mean level while active) and multiplied by
/// <c>(1 + η_t)</c>, η an AR(1) process.
/// </summary>
public sealed record PatternSpec
{
    /// <summary>The pattern's kind.</summary>
    public SpendPattern Kind { get; init; } = SpendPattern.Constant;

    /// <summary>The level while active (BaseSpend for channels, BaseValue for controls).</summary>
    public double Level { get; init; } = 1_000;

    /// <summary><see cref="SpendPattern.LinearTrend"/>: relative change per period.</summary>
    public double Trend { get; init; }

    /// <summary><see cref="SpendPattern.Seasonal"/>: amplitude in [0, 1].</summary>
    public double SeasonalAmplitude { get; init; } = 0.5;

    /// <summary><see cref="SpendPattern.Seasonal"/>: the day of the year (1–366) of the peak.</summary>
    public double PeakDayOfYear { get; init; } = 1;

    /// <summary><see cref="SpendPattern.DelayedStart"/>: the first period with spend.</summary>
    public int StartPeriod { get; init; }

    /// <summary><see cref="SpendPattern.DelayedStart"/>: periods of the linear ramp to the level (≥ 1; 1 = no ramp).</summary>
    public int RampUpPeriods { get; init; } = 1;

    /// <summary><see cref="SpendPattern.DelayedStart"/>: the first period without spend again, or null.</summary>
    public int? EndPeriod { get; init; }

    /// <summary><see cref="SpendPattern.OnOff"/>: probability that an idle period starts a burst.</summary>
    public double ActivationProbability { get; init; } = 0.3;

    /// <summary><see cref="SpendPattern.OnOff"/>: shortest burst.</summary>
    public int MinActivePeriods { get; init; } = 2;

    /// <summary><see cref="SpendPattern.OnOff"/>: longest burst.</summary>
    public int MaxActivePeriods { get; init; } = 6;

    /// <summary>AR(1) coefficient of the multiplicative noise η, in (−1, 1).</summary>
    public double Autocorrelation { get; init; } = 0.5;

    /// <summary>Stationary standard deviation of η, ≥ 0.</summary>
    public double Volatility { get; init; } = 0.1;

    /// <summary><see cref="SpendPattern.Custom"/>: the delegate that gives the value (noise is not applied to it).</summary>
    public CustomPattern? Custom { get; init; }
}
