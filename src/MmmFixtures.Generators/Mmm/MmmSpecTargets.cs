namespace MmmFixtures.Generators;

/// <summary>Where each MMM attribute property lands in <c>MmmSpec</c> (values are checked by the shared rule table).</summary>
internal static class MmmSpecTargets
{
    /// <summary>The event group the emitter writes on top of a one-period burst (see MmmFixtureEmitter).</summary>
    public const string Recurrence = "Recurrence";

    public static readonly IReadOnlyDictionary<string, SpecTarget> Dataset = SpecTarget.Table(
        ("", "Seed Periods Frequency WeekStart NoiseSd NoiseModel ClampNegativeY KpiType RevenuePerKpi"),
        ("Baseline", "BaseSales SalesTrend SeasonalityOrder SeasonalAmplitude"),
        ("Hierarchy", "HierarchyBeta=Beta HierarchyAlpha=Alpha HierarchyHalfSaturation=HalfSaturation HierarchyBaseline=Baseline"));

    public static readonly IReadOnlyDictionary<string, SpecTarget> Channel = SpecTarget.Table(
        ("Spend", "Pattern=Kind BaseSpend=Level SpendTrend=Trend SeasonalAmplitude PeakDayOfYear StartPeriod RampUpPeriods EndPeriod "
            + "ActivationProbability MinActivePeriods MaxActivePeriods SpendAutocorrelation=Autocorrelation SpendVolatility=Volatility"),
        ("", "MediaUnit=Unit UnitCost CostNoise TransformOn Order Beta TargetRoas"),
        ("Adstock", "Adstock=Kind AdstockAlpha=Alpha AdstockTheta=Theta WeibullShape=Shape WeibullScale=Scale MaxLag Normalize"),
        ("Saturation", "Saturation=Kind HalfSaturation Slope Lambda TanhScale"));

    public static readonly IReadOnlyDictionary<string, SpecTarget> Control = SpecTarget.Table(
        ("Value", "Pattern=Kind BaseValue=Level Trend SeasonalAmplitude PeakDayOfYear ActivationProbability MinActivePeriods MaxActivePeriods Autocorrelation Volatility"),
        ("", "Effect"));

    /// <summary>Properties bounded by another of the same attribute, as the runtime validator bounds them.</summary>
    public static readonly IReadOnlyDictionary<string, LowerBound[]> Bounds = new Dictionary<string, LowerBound[]>
    {
        ["Channel"] = new[] { new LowerBound("EndPeriod", "StartPeriod", Inclusive: false), new LowerBound("MaxActivePeriods", "MinActivePeriods", Inclusive: true) },
        ["Control"] = new[] { new LowerBound("MaxActivePeriods", "MinActivePeriods", Inclusive: true) },
        ["Event"] = new[] { new LowerBound("MaxActivePeriods", "MinActivePeriods", Inclusive: true) },
    };

    public static readonly IReadOnlyDictionary<string, SpecTarget> Event = SpecTarget.Table(
        ("", "Effect"),
        (Recurrence, "ActivationProbability MinActivePeriods MaxActivePeriods"));
}
