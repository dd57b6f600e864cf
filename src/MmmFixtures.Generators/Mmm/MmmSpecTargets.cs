using System.Collections.Generic;

namespace MmmFixtures.Generators;

/// <summary>
/// Where each MMM attribute property lands in <c>MmmSpec</c>. Ranges are not here: the shared rule table
/// (<c>RuleTable.ForAttribute</c>) checks the values.
/// </summary>
internal static class MmmSpecTargets
{
    public static readonly IReadOnlyDictionary<string, SpecTarget> Dataset = new Dictionary<string, SpecTarget>
    {
        ["Seed"] = new("", "Seed"),
        ["Periods"] = new("", "Periods"),
        ["Frequency"] = new("", "Frequency"),
        ["WeekStart"] = new("", "WeekStart"),
        ["NoiseSd"] = new("", "NoiseSd"),
        ["NoiseModel"] = new("", "NoiseModel"),
        ["ClampNegativeY"] = new("", "ClampNegativeY"),
        ["BaseSales"] = new("Baseline", "BaseSales"),
        ["SalesTrend"] = new("Baseline", "SalesTrend"),
        ["SeasonalityOrder"] = new("Baseline", "SeasonalityOrder"),
        ["SeasonalAmplitude"] = new("Baseline", "SeasonalAmplitude"),
        ["HierarchyBeta"] = new("Hierarchy", "Beta"),
        ["HierarchyAlpha"] = new("Hierarchy", "Alpha"),
        ["HierarchyHalfSaturation"] = new("Hierarchy", "HalfSaturation"),
        ["HierarchyBaseline"] = new("Hierarchy", "Baseline"),
    };

    public static readonly IReadOnlyDictionary<string, SpecTarget> Channel = new Dictionary<string, SpecTarget>
    {
        ["Pattern"] = new("Spend", "Kind"),
        ["BaseSpend"] = new("Spend", "Level"),
        ["SpendTrend"] = new("Spend", "Trend"),
        ["SeasonalAmplitude"] = new("Spend", "SeasonalAmplitude"),
        ["PeakDayOfYear"] = new("Spend", "PeakDayOfYear"),
        ["StartPeriod"] = new("Spend", "StartPeriod"),
        ["RampUpPeriods"] = new("Spend", "RampUpPeriods"),
        ["EndPeriod"] = new("Spend", "EndPeriod"),
        ["ActivationProbability"] = new("Spend", "ActivationProbability"),
        ["MinActivePeriods"] = new("Spend", "MinActivePeriods"),
        ["MaxActivePeriods"] = new("Spend", "MaxActivePeriods"),
        ["SpendAutocorrelation"] = new("Spend", "Autocorrelation"),
        ["SpendVolatility"] = new("Spend", "Volatility"),
        ["MediaUnit"] = new("", "Unit"),
        ["UnitCost"] = new("", "UnitCost"),
        ["CostNoise"] = new("", "CostNoise"),
        ["TransformOn"] = new("", "TransformOn"),
        ["Adstock"] = new("Adstock", "Kind"),
        ["AdstockAlpha"] = new("Adstock", "Alpha"),
        ["AdstockTheta"] = new("Adstock", "Theta"),
        ["WeibullShape"] = new("Adstock", "Shape"),
        ["WeibullScale"] = new("Adstock", "Scale"),
        ["MaxLag"] = new("Adstock", "MaxLag"),
        ["Normalize"] = new("Adstock", "Normalize"),
        ["Saturation"] = new("Saturation", "Kind"),
        ["HalfSaturation"] = new("Saturation", "HalfSaturation"),
        ["Slope"] = new("Saturation", "Slope"),
        ["Lambda"] = new("Saturation", "Lambda"),
        ["TanhScale"] = new("Saturation", "TanhScale"),
        ["Order"] = new("", "Order"),
        ["Beta"] = new("", "Beta"),
    };

    public static readonly IReadOnlyDictionary<string, SpecTarget> Control = new Dictionary<string, SpecTarget>
    {
        ["Pattern"] = new("Value", "Kind"),
        ["BaseValue"] = new("Value", "Level"),
        ["Trend"] = new("Value", "Trend"),
        ["SeasonalAmplitude"] = new("Value", "SeasonalAmplitude"),
        ["PeakDayOfYear"] = new("Value", "PeakDayOfYear"),
        ["ActivationProbability"] = new("Value", "ActivationProbability"),
        ["MinActivePeriods"] = new("Value", "MinActivePeriods"),
        ["MaxActivePeriods"] = new("Value", "MaxActivePeriods"),
        ["Autocorrelation"] = new("Value", "Autocorrelation"),
        ["Volatility"] = new("Value", "Volatility"),
        ["Effect"] = new("", "Effect"),
    };

    /// <summary>The recurrence group is written by the emitter on top of a one-period burst (see MmmFixtureEmitter).</summary>
    public const string Recurrence = "Recurrence";

    public static readonly IReadOnlyDictionary<string, SpecTarget> Event = new Dictionary<string, SpecTarget>
    {
        ["Effect"] = new("", "Effect"),
        ["ActivationProbability"] = new(Recurrence, "ActivationProbability"),
        ["MinActivePeriods"] = new(Recurrence, "MinActivePeriods"),
        ["MaxActivePeriods"] = new(Recurrence, "MaxActivePeriods"),
    };
}
