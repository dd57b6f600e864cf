using System;
using System.Collections.Generic;

namespace MmmFixtures.Rules;

/// <summary>
/// The rules of one pattern-driven series (a channel's spend, a control's value): the level, the pattern's
/// parameters, its bursts and its AR(1) noise. A pattern's JSON fields sit in its owner's object
/// (<c>channels[].trend</c>), so each owner has its own paths, attribute names and defaults.
/// </summary>
internal sealed class PatternRules
{
    /// <summary>The rules of the pattern of <paramref name="owner"/> (<c>channels[]</c>), set by <paramref name="attribute"/>'s properties.</summary>
    /// <param name="owner">The path of the object holding the pattern's fields.</param>
    /// <param name="attribute">The attribute that sets them, without the suffix (<c>Channel</c>).</param>
    /// <param name="levelName">The JSON name of the level (<c>baseSpend</c>).</param>
    /// <param name="levelAttribute">The attribute property of the level (<c>BaseSpend</c>).</param>
    /// <param name="levelRange">The level's allowed values.</param>
    /// <param name="levelDefault">The level's default.</param>
    /// <param name="trendAttribute">The attribute property of the trend (<c>SpendTrend</c>).</param>
    /// <param name="noisePrefix">The prefix of the noise properties (<c>Spend</c> for <c>SpendVolatility</c>).</param>
    /// <param name="volatilityDefault">The noise volatility's default.</param>
    /// <param name="what">What the series is, for descriptions (<c>spend</c>).</param>
    /// <param name="delayedStartAttributes">Whether the attribute has the DelayedStart properties (channels do, controls do not).</param>
    public PatternRules(string owner, string attribute, string levelName, string levelAttribute, ValueRange levelRange, string levelDefault,
        string trendAttribute, string noisePrefix, string volatilityDefault, string what, bool delayedStartAttributes)
        : this(owner, property => attribute + "." + property, levelName, attribute + "." + levelAttribute, levelRange, levelDefault,
            trendAttribute, noisePrefix, volatilityDefault, "0.5", what, delayedStartAttributes)
    {
    }

    private PatternRules(string owner, Func<string, string?> at, string levelName, string? levelAttribute, ValueRange levelRange, string levelDefault,
        string trendAttribute, string noisePrefix, string volatilityDefault, string autocorrelationDefault, string what, bool delayedStartAttributes)
    {
        Level = new FieldRule($"{owner}.{levelName}", levelAttribute, levelRange, levelDefault, $"Mean level of the {what} while active.");
        Trend = new FieldRule($"{owner}.trend", at(trendAttribute), ValueRange.Closed(-1, 1), "0",
            $"LinearTrend pattern: relative change of the {what} per period.");
        SeasonalAmplitude = new FieldRule($"{owner}.seasonalAmplitude", at("SeasonalAmplitude"), ValueRange.Closed(0, 1), "0.5",
            $"Seasonal pattern: relative amplitude of the {what}'s annual cycle.");
        PeakDayOfYear = new FieldRule($"{owner}.peakDayOfYear", at("PeakDayOfYear"), ValueRange.Closed(1, 366), "1",
            "Seasonal pattern: day of the year of the peak.");
        StartPeriod = new FieldRule($"{owner}.startPeriod", delayedStartAttributes ? at("StartPeriod") : null,
            ValueRange.Closed(0, MmmRules.MaxPeriods - 1), "0", "DelayedStart pattern: the first active period (below the number of periods).", isInteger: true);
        RampUpPeriods = new FieldRule($"{owner}.rampUpPeriods", delayedStartAttributes ? at("RampUpPeriods") : null,
            ValueRange.Closed(1, MmmRules.MaxPeriods), "1", "DelayedStart pattern: periods of the linear ramp to the level (1 = no ramp).", isInteger: true);
        EndPeriod = new FieldRule($"{owner}.endPeriod", delayedStartAttributes ? at("EndPeriod") : null,
            ValueRange.Closed(1, MmmRules.MaxPeriods), "none", "DelayedStart pattern: the first inactive period again (after startPeriod), or none.", isInteger: true);
        Bursts = new BurstRules(owner, at, "0.3", "2", "6", $"OnOff pattern: the {what}");
        Autocorrelation = new FieldRule($"{owner}.autocorrelation", at(noisePrefix + "Autocorrelation"), ValueRange.Open(-1, 1), autocorrelationDefault,
            $"AR(1) coefficient of the {what}'s multiplicative noise.");
        Volatility = new FieldRule($"{owner}.volatility", at(noisePrefix + "Volatility"), ValueRange.Closed(0, 1), volatilityDefault,
            $"Stationary standard deviation of the {what}'s multiplicative noise.");
    }

    /// <summary>
    /// The rules of a pattern no attribute sets field by field (a commerce campaign's spend, one of a list): only its
    /// level may be set, by <paramref name="levelAttribute"/> (<c>Tenant.MetaDailySpend</c>).
    /// </summary>
    public static PatternRules Unattributed(string owner, string levelName, string? levelAttribute, ValueRange levelRange, string levelDefault,
        string volatilityDefault, string autocorrelationDefault, string what) =>
        new(owner, _ => null, levelName, levelAttribute, levelRange, levelDefault, "Trend", "", volatilityDefault, autocorrelationDefault, what,
            delayedStartAttributes: false);

    public FieldRule Level { get; }
    public FieldRule Trend { get; }
    public FieldRule SeasonalAmplitude { get; }
    public FieldRule PeakDayOfYear { get; }
    public FieldRule StartPeriod { get; }
    public FieldRule RampUpPeriods { get; }
    public FieldRule EndPeriod { get; }
    public BurstRules Bursts { get; }
    public FieldRule Autocorrelation { get; }
    public FieldRule Volatility { get; }

    /// <summary>Every rule of the pattern.</summary>
    public IEnumerable<FieldRule> All => new[]
    {
        Level, Trend, SeasonalAmplitude, PeakDayOfYear, StartPeriod, RampUpPeriods, EndPeriod,
        Bursts.ActivationProbability, Bursts.MinActivePeriods, Bursts.MaxActivePeriods, Autocorrelation, Volatility,
    };
}

/// <summary>The rules of random bursts (an OnOff pattern or a recurring event): how often a burst starts and how long it runs.</summary>
internal sealed class BurstRules
{
    public BurstRules(string owner, string attribute, string activationDefault, string minDefault, string maxDefault, string what)
        : this(owner, property => attribute + "." + property, activationDefault, minDefault, maxDefault, what)
    {
    }

    /// <summary>The rules of the bursts of <paramref name="owner"/>; <paramref name="at"/> names the attribute property of a field (null = none).</summary>
    public BurstRules(string owner, Func<string, string?> at, string activationDefault, string minDefault, string maxDefault, string what)
    {
        ActivationProbability = new FieldRule($"{owner}.activationProbability", at("ActivationProbability"), ValueRange.AboveTo(0, 1),
            activationDefault, $"{what}: probability that an idle period starts a burst.");
        MinActivePeriods = new FieldRule($"{owner}.minActivePeriods", at("MinActivePeriods"), ValueRange.Closed(1, MmmRules.MaxPeriods),
            minDefault, $"{what}: the shortest burst, in periods.", isInteger: true);
        MaxActivePeriods = new FieldRule($"{owner}.maxActivePeriods", at("MaxActivePeriods"), ValueRange.Closed(1, MmmRules.MaxPeriods),
            maxDefault, $"{what}: the longest burst, in periods (at least minActivePeriods).", isInteger: true);
    }

    public FieldRule ActivationProbability { get; }
    public FieldRule MinActivePeriods { get; }
    public FieldRule MaxActivePeriods { get; }

    /// <summary>Every rule of the bursts.</summary>
    public IEnumerable<FieldRule> All => new[] { ActivationProbability, MinActivePeriods, MaxActivePeriods };
}
