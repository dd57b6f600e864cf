using System;
using MmmFixtures.Rules;
using MmmFixtures.Validation;

namespace MmmFixtures.Series;

/// <summary>
/// Checks a pattern-driven series (an MMM channel's spend or control's value, a commerce campaign's spend) against
/// its owner's <see cref="PatternRules"/>. Every field is checked whatever its kind, and so are the orderings (end
/// after start, longest burst ≥ shortest), as the build-time diagnostics do; only the bound that needs the series'
/// length is the kind's.
/// </summary>
internal static class PatternValidation
{
    /// <summary>Adds every problem of <paramref name="p"/>, a series of <paramref name="periods"/> periods owned by <paramref name="path"/>.</summary>
    /// <param name="p">The pattern.</param>
    /// <param name="level">The series' level: the pattern's own, or its owner's field that replaces it.</param>
    /// <param name="rules">The owner's rules.</param>
    /// <param name="path">The owner's path with its indices, <c>channels[2]</c>.</param>
    /// <param name="periods">The series' length.</param>
    /// <param name="e">The collector.</param>
    /// <param name="indices">The indices that fill the rules' paths.</param>
    public static void Check(PatternSpec p, double level, PatternRules rules, string path, int periods, SpecErrorCollector e, params int[] indices)
    {
        e.Check(rules.Level, level, indices);
        e.Check(rules.Autocorrelation, p.Autocorrelation, indices);
        e.Check(rules.Volatility, p.Volatility, indices);
        e.Check(rules.Trend, p.Trend, indices);
        e.Check(rules.SeasonalAmplitude, p.SeasonalAmplitude, indices);
        e.Check(rules.PeakDayOfYear, p.PeakDayOfYear, indices);
        bool start = e.Check(rules.StartPeriod, p.StartPeriod, indices);
        e.Check(rules.RampUpPeriods, p.RampUpPeriods, indices);
        if (p.EndPeriod is int end && e.Check(rules.EndPeriod, end, indices) && start)
            e.Check(rules.EndPeriod, rules.EndPeriod.Range.WithMin(p.StartPeriod + 1.0, inclusive: true), end, indices);
        e.Check(rules.Bursts.ActivationProbability, p.ActivationProbability, indices);
        CheckBursts(rules.Bursts, p, e, indices);
        e.Require(p.Kind == SpendPattern.Custom || p.Custom is null, $"{path}.pattern", p.Kind, "must be Custom when a custom delegate is given");
        switch (p.Kind)
        {
            case SpendPattern.DelayedStart when start:
                e.Check(rules.StartPeriod, rules.StartPeriod.Range.WithMax(Math.Max(0, periods - 1), inclusive: true), p.StartPeriod, indices);
                break;
            case SpendPattern.Custom:
                e.Require(p.Custom is not null, $"{path}.pattern", "Custom", "needs a custom delegate (runtime API only)");
                break;
        }
    }

    /// <summary>The bounds of a burst, and its maximum against its minimum when both are valid.</summary>
    public static void CheckBursts(BurstRules rules, PatternSpec p, SpecErrorCollector e, params int[] indices)
    {
        bool min = e.Check(rules.MinActivePeriods, p.MinActivePeriods, indices);
        if (e.Check(rules.MaxActivePeriods, p.MaxActivePeriods, indices) && min)
            e.Check(rules.MaxActivePeriods, rules.MaxActivePeriods.Range.WithMin(p.MinActivePeriods, inclusive: true), p.MaxActivePeriods, indices);
    }
}
