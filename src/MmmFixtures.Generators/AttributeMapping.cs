using System.Collections.Generic;
using System.Globalization;

namespace MmmFixtures.Generators;

/// <summary>
/// Where each attribute property lands in the runtime spec (<c>Group.Property</c>) and the range the
/// generator checks at build time. The runtime validator remains the authority: whatever is not checked
/// here is still rejected, with its path, when the fixture is first used.
/// </summary>
internal static class AttributeMapping
{
    public sealed record Target(string Group, string Property, Range? Range = null);

    public sealed record Range(double Min, double Max, bool MinInclusive = true, bool MaxInclusive = true)
    {
        public bool Contains(double v) =>
            !double.IsNaN(v) && (MinInclusive ? v >= Min : v > Min) && (MaxInclusive ? v <= Max : v < Max);

        public override string ToString() =>
            $"{(MinInclusive ? "[" : "(")}{Format(Min)}, {Format(Max)}{(MaxInclusive ? "]" : ")")}";

        private static string Format(double v) => v.ToString("R", CultureInfo.InvariantCulture);
    }

    private static readonly Range Probability = new(0, 1);
    private static readonly Range OpenUnitUpper = new(0, 1, MaxInclusive: false);
    private static readonly Range Correlation = new(-1, 1, MinInclusive: false, MaxInclusive: false);
    private static readonly Range Positive = new(0, 1e12, MinInclusive: false);
    private static readonly Range NonNegative = new(0, 1e12);
    private static readonly Range Spread = new(0, 2);
    private static readonly Range Count = new(1, 100_000);

    public static readonly IReadOnlyDictionary<string, Target> Dataset = new Dictionary<string, Target>
    {
        ["Seed"] = new("", "Seed"),
        ["Periods"] = new("", "Periods", Count),
        ["Frequency"] = new("", "Frequency"),
        ["WeekStart"] = new("", "WeekStart"),
        ["NoiseSd"] = new("", "NoiseSd", Probability),
        ["NoiseModel"] = new("", "NoiseModel"),
        ["ClampNegativeY"] = new("", "ClampNegativeY"),
        ["BaseSales"] = new("Baseline", "BaseSales", Positive),
        ["SalesTrend"] = new("Baseline", "SalesTrend", new Range(-1, 1)),
        ["SeasonalityOrder"] = new("Baseline", "SeasonalityOrder", new Range(0, 10)),
        ["SeasonalAmplitude"] = new("Baseline", "SeasonalAmplitude", OpenUnitUpper),
        ["HierarchyBeta"] = new("Hierarchy", "Beta", Spread),
        ["HierarchyAlpha"] = new("Hierarchy", "Alpha", Spread),
        ["HierarchyHalfSaturation"] = new("Hierarchy", "HalfSaturation", Spread),
        ["HierarchyBaseline"] = new("Hierarchy", "Baseline", Spread),
    };

    public static readonly IReadOnlyDictionary<string, Target> Channel = new Dictionary<string, Target>
    {
        ["Pattern"] = new("Spend", "Kind"),
        ["BaseSpend"] = new("Spend", "Level", NonNegative),
        ["SpendTrend"] = new("Spend", "Trend", new Range(-1, 1)),
        ["SeasonalAmplitude"] = new("Spend", "SeasonalAmplitude", Probability),
        ["PeakDayOfYear"] = new("Spend", "PeakDayOfYear", new Range(1, 366)),
        ["StartPeriod"] = new("Spend", "StartPeriod", new Range(0, 100_000)),
        ["RampUpPeriods"] = new("Spend", "RampUpPeriods", Count),
        ["EndPeriod"] = new("Spend", "EndPeriod", Count),
        ["ActivationProbability"] = new("Spend", "ActivationProbability", new Range(0, 1, MinInclusive: false)),
        ["MinActivePeriods"] = new("Spend", "MinActivePeriods", Count),
        ["MaxActivePeriods"] = new("Spend", "MaxActivePeriods", Count),
        ["SpendAutocorrelation"] = new("Spend", "Autocorrelation", Correlation),
        ["SpendVolatility"] = new("Spend", "Volatility", Probability),
        ["MediaUnit"] = new("", "Unit"),
        ["UnitCost"] = new("", "UnitCost", Positive),
        ["CostNoise"] = new("", "CostNoise", Probability),
        ["TransformOn"] = new("", "TransformOn"),
        ["Adstock"] = new("Adstock", "Kind"),
        ["AdstockAlpha"] = new("Adstock", "Alpha", OpenUnitUpper),
        ["AdstockTheta"] = new("Adstock", "Theta", new Range(0, 519)),
        ["WeibullShape"] = new("Adstock", "Shape", new Range(0, 20, MinInclusive: false)),
        ["WeibullScale"] = new("Adstock", "Scale", new Range(0, 1000, MinInclusive: false)),
        ["MaxLag"] = new("Adstock", "MaxLag", new Range(1, 520)),
        ["Normalize"] = new("Adstock", "Normalize"),
        ["Saturation"] = new("Saturation", "Kind"),
        ["HalfSaturation"] = new("Saturation", "HalfSaturation", new Range(0, 1e6, MinInclusive: false)),
        ["Slope"] = new("Saturation", "Slope", new Range(0, 20, MinInclusive: false)),
        ["Lambda"] = new("Saturation", "Lambda", new Range(0, 1e6, MinInclusive: false)),
        ["TanhScale"] = new("Saturation", "TanhScale", new Range(0, 1e6, MinInclusive: false)),
        ["Order"] = new("", "Order"),
        ["Beta"] = new("", "Beta", NonNegative),
    };

    public static readonly IReadOnlyDictionary<string, Target> Control = new Dictionary<string, Target>
    {
        ["Pattern"] = new("Value", "Kind"),
        ["BaseValue"] = new("Value", "Level", new Range(-1e12, 1e12)),
        ["Trend"] = new("Value", "Trend", new Range(-1, 1)),
        ["SeasonalAmplitude"] = new("Value", "SeasonalAmplitude", Probability),
        ["PeakDayOfYear"] = new("Value", "PeakDayOfYear", new Range(1, 366)),
        ["ActivationProbability"] = new("Value", "ActivationProbability", new Range(0, 1, MinInclusive: false)),
        ["MinActivePeriods"] = new("Value", "MinActivePeriods", Count),
        ["MaxActivePeriods"] = new("Value", "MaxActivePeriods", Count),
        ["Autocorrelation"] = new("Value", "Autocorrelation", Correlation),
        ["Volatility"] = new("Value", "Volatility", Probability),
        ["Effect"] = new("", "Effect", new Range(-1e12, 1e12)),
    };

    public static readonly IReadOnlyDictionary<string, Target> Event = new Dictionary<string, Target>
    {
        ["Effect"] = new("", "Effect", new Range(-1e12, 1e12)),
        ["ActivationProbability"] = new("Recurrence", "ActivationProbability", new Range(0, 1, MinInclusive: false)),
        ["MinActivePeriods"] = new("Recurrence", "MinActivePeriods", Count),
        ["MaxActivePeriods"] = new("Recurrence", "MaxActivePeriods", Count),
    };

    private static readonly Range Rate = new(0, 1);

    public static readonly IReadOnlyDictionary<string, Target> ClickstreamDataset = new Dictionary<string, Target>
    {
        ["Seed"] = new("", "Seed"),
        ["Days"] = new("", "Days", new Range(1, 3_660)),
        ["Users"] = new("", "Users", new Range(1, 50_000_000)),
        ["RegistrationLeadDays"] = new("", "RegistrationLeadDays", new Range(0, 36_600)),
        ["Items"] = new("Catalog", "Items", new Range(1, 10_000_000)),
        ["PopularityExponent"] = new("Catalog", "PopularityExponent", new Range(0, 5)),
        ["NewItemShare"] = new("Catalog", "NewItemShare", new Range(0, 0.9)),
        ["GapMedianSeconds"] = new("Activity", "GapMedianSeconds", new Range(0, 86_400, MinInclusive: false)),
        ["GapSigma"] = new("Activity", "GapSigma", new Range(0, 5)),
        ["IdleTimeoutMinutes"] = new("Activity", "IdleTimeoutMinutes", new Range(0, 1_440, MinInclusive: false)),
        ["DuplicateEventRate"] = new("Defects", "DuplicateEventRate", new Range(0, 0.5)),
        ["NullCategoryRate"] = new("Defects", "NullCategoryRate", Rate),
        ["LateEventRate"] = new("Defects", "LateEventRate", new Range(0, 0.5)),
        ["BotUserShare"] = new("Defects", "BotUserShare", new Range(0, 0.5)),
    };

    public static readonly IReadOnlyDictionary<string, Target> Persona = new Dictionary<string, Target>
    {
        ["Share"] = new("", "Share", Rate),
        ["SessionsPerWeek"] = new("", "SessionsPerWeek", new Range(0, 500)),
        ["PurchaseRate"] = new("", "PurchaseRate", Rate),
        ["ViewsPerSession"] = new("", "ViewsPerSession", new Range(1, 1_000)),
        ["ScrollRate"] = new("", "ScrollRate", Rate),
        ["CartRate"] = new("", "CartRate", Rate),
        ["RemoveRate"] = new("", "RemoveRate", Rate),
        ["AffinityConcentration"] = new("", "AffinityConcentration", new Range(0, 1e3, MinInclusive: false)),
    };

    public static readonly IReadOnlyDictionary<string, Target> Category = new Dictionary<string, Target>
    {
        ["Weight"] = new("", "Weight", new Range(0, 1e6, MinInclusive: false)),
        ["PriceMedian"] = new("", "PriceMedian", new Range(0, 1e9, MinInclusive: false)),
        ["PriceSigma"] = new("", "PriceSigma", new Range(0, 5)),
        ["MinPrice"] = new("", "MinPrice", new Range(0, 1e9, MinInclusive: false)),
        ["MaxPrice"] = new("", "MaxPrice", new Range(0, 1e9, MinInclusive: false)),
        ["DiscountProbability"] = new("", "DiscountProbability", Rate),
        ["MinDiscount"] = new("", "MinDiscount", new Range(0, 1, MaxInclusive: false)),
        ["MaxDiscount"] = new("", "MaxDiscount", new Range(0, 1, MaxInclusive: false)),
    };
}
