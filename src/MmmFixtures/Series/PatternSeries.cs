using System;
using System.Collections.Generic;
using MmmFixtures.Numerics;
using MmmFixtures.Randomness;
using MmmFixtures.Randomness.Distributions;

namespace MmmFixtures.Series;

/// <summary>
/// Builds a series (a channel's spend, a control's value, any family's patterned value) from a <see cref="PatternSpec"/> from a <see cref="PatternSpec"/>: the pattern's level times
/// (1 + η_t), η a stationary AR(1) process (<see cref="Ar1Noise"/>). The noise stream draws one normal every period whatever
/// the pattern, so changing a pattern's shape never shifts the noise of later periods.
/// </summary>
public static class PatternSeries
{
    private const double DaysPerYear = 365.25;

    /// <summary>Fills <paramref name="values"/> for one geo.</summary>
    /// <param name="pattern">The pattern.</param>
    /// <param name="geo">The geo's index (passed to custom delegates).</param>
    /// <param name="dates">The date of each period (passed to custom delegates and read by seasonal patterns).</param>
    /// <param name="key">The entity's stream address, e.g. <c>geo/3/channel/Tv</c>; streams <c>noise</c>, <c>flighting</c> and <c>custom</c> hang below it.</param>
    /// <param name="clipAtZero">Spend is clipped at 0; control values are not.</param>
    /// <param name="values">Output, one value per period.</param>
    public static void Fill(PatternSpec pattern, int geo, IReadOnlyList<DateTime> dates, StreamKey key, bool clipAtZero, Span<double> values)
    {
        if (pattern.Kind == SpendPattern.Custom)
        {
            var rng = key.Open("custom");
            for (int t = 0; t < values.Length; t++) values[t] = pattern.Custom!(geo, t, dates[t], rng);
            return;
        }
        Levels(pattern, dates, key, values);
        ApplyNoise(pattern, key, clipAtZero, values);
    }

    /// <summary>True when the pattern's level shape is the same in every geo (no draws), so it can be computed once.</summary>
    public static bool HasSharedLevels(PatternSpec pattern) => pattern.Kind is not (SpendPattern.OnOff or SpendPattern.Custom);

    /// <summary>Multiplies the levels in <paramref name="values"/> by (1 + η_t) from the stream <c>noise</c> below <paramref name="key"/>.</summary>
    public static void ApplyNoise(PatternSpec pattern, StreamKey key, bool clipAtZero, Span<double> values)
    {
        var noise = new Ar1Noise(key.Open("noise"), pattern.Autocorrelation, pattern.Volatility);
        for (int t = 0; t < values.Length; t++)
        {
            double v = values[t] * (1 + noise.Next());
            values[t] = clipAtZero && v < 0 ? 0 : v;
        }
    }

    /// <summary>The pattern's level before noise, per period (the defining shape of each pattern).</summary>
    /// <param name="pattern">The pattern.</param>
    /// <param name="dates">The date of each period (seasonal patterns read the day of the year).</param>
    /// <param name="key">The entity's stream address.</param>
    /// <param name="levels">Output, one level per period.</param>
    public static void Levels(PatternSpec pattern, IReadOnlyList<DateTime> dates, StreamKey key, Span<double> levels)
    {
        double baseLevel = pattern.Level;
        int periods = levels.Length;
        switch (pattern.Kind)
        {
            case SpendPattern.Constant:
                levels.Fill(baseLevel);
                break;
            case SpendPattern.LinearTrend:
                for (int t = 0; t < periods; t++) levels[t] = baseLevel * Math.Max(0, 1 + pattern.Trend * t);
                break;
            case SpendPattern.Seasonal:
                for (int t = 0; t < periods; t++)
                {
                    double tau = dates[t].DayOfYear;
                    double phase = 2 * DeterministicMath.Pi * (tau - pattern.PeakDayOfYear) / DaysPerYear;
                    levels[t] = baseLevel * (1 + pattern.SeasonalAmplitude * DeterministicMath.Cos(phase));
                }
                break;
            case SpendPattern.DelayedStart:
                for (int t = 0; t < periods; t++)
                {
                    bool off = t < pattern.StartPeriod || (pattern.EndPeriod is int end && t >= end);
                    double ramp = Math.Min(1.0, (t - pattern.StartPeriod + 1.0) / pattern.RampUpPeriods);
                    levels[t] = off ? 0 : baseLevel * ramp;
                }
                break;
            case SpendPattern.OnOff:
                Bursts.Fill(key.Open("flighting"), pattern.ActivationProbability, pattern.MinActivePeriods, pattern.MaxActivePeriods, pattern.Level, levels);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(pattern), pattern.Kind, "has no level shape");
        }
    }
}
