using System.Collections.Generic;
using System.Linq;

namespace MmmFixtures.Rules;

/// <summary>The rule of every numeric field of an MMM spec, and its size caps (see <see cref="FieldRule"/>).</summary>
internal static class MmmRules
{
    /// <summary>The largest number of periods a panel may have.</summary>
    public const int MaxPeriods = 100_000;

    private static readonly ValueRange Money = ValueRange.Closed(0, 1e12);
    private static readonly ValueRange SignedKpi = ValueRange.Closed(-1e12, 1e12);
    private static readonly ValueRange Spread = ValueRange.Closed(0, 2);
    private static readonly ValueRange EntityCount = ValueRange.Closed(0, 1_000);

    public static readonly FieldRule Periods = new("periods", "MmmDataset.Periods", ValueRange.Closed(1, MaxPeriods), "104",
        "Number of periods (rows per geo).", isInteger: true);
    public static readonly FieldRule Geos = new("geos", "MmmDataset.Geos", ValueRange.Closed(1, 100_000), "1",
        "Number of geos (a count, or the length of the list of names).", isInteger: true);
    public static readonly FieldRule Cells = new("periods × geos", null, ValueRange.Closed(1, 200_000_000), "104",
        "Rows of the panel; capped so the panel fits in memory (checked before anything is allocated).", isInteger: true);
    public static readonly FieldRule SeriesCells = new("periods × geos × (channels + controls + events + 1)", null, ValueRange.Closed(1, 500_000_000), "104",
        "Values of the panel's per-cell series, each a column of doubles; capped so they fit in memory (checked before anything is allocated).", isInteger: true);
    public static readonly FieldRule Population = new("geos[].population", null, ValueRange.AboveTo(0, 1e10), "none",
        "The geo's population, recorded as a modelling covariate.");

    public static readonly FieldRule RevenuePerKpi = new("revenuePerKpi", "MmmDataset.RevenuePerKpi", ValueRange.AboveTo(0, 1e9), "1",
        "Revenue of one KPI unit when kpiType is conversions (must be 1 for a revenue KPI).");

    public static readonly FieldRule BaseSales = new("baseline.baseSales", "MmmDataset.BaseSales", ValueRange.AboveTo(0, 1e12), "10000",
        "National base level of the KPI per period.");
    public static readonly FieldRule SalesTrend = new("baseline.salesTrend", "MmmDataset.SalesTrend", ValueRange.Closed(-1, 1), "0",
        "Linear trend: relative change of the base per period.");
    public static readonly FieldRule SeasonalityOrder = new("baseline.seasonalityOrder", "MmmDataset.SeasonalityOrder", ValueRange.Closed(0, 10), "2",
        "Number of Fourier pairs of the annual seasonality.", isInteger: true);
    public static readonly FieldRule SeasonalAmplitude = new("baseline.seasonalAmplitude", "MmmDataset.SeasonalAmplitude", ValueRange.FromBelow(0, 1), "0.2",
        "Largest relative swing of the seasonality over the year.");

    public static readonly FieldRule HierarchyBeta = new("hierarchy.beta", "MmmDataset.HierarchyBeta", Spread, "0",
        "Spread of the effect scale β across geos (log scale).");
    public static readonly FieldRule HierarchyAlpha = new("hierarchy.alpha", "MmmDataset.HierarchyAlpha", Spread, "0",
        "Spread of the adstock decay α across geos (logit scale).");
    public static readonly FieldRule HierarchyHalfSaturation = new("hierarchy.halfSaturation", "MmmDataset.HierarchyHalfSaturation", Spread, "0",
        "Spread of the saturation scale across geos (log scale).");
    public static readonly FieldRule HierarchyBaseline = new("hierarchy.baseline", "MmmDataset.HierarchyBaseline", Spread, "0",
        "Spread of the base level across geos (log scale).");

    public static readonly FieldRule NoiseSd = new("noise.sd", "MmmDataset.NoiseSd", ValueRange.Closed(0, 1), "0.02",
        "Noise standard deviation relative to the geo's base level.");

    public static readonly FieldRule Channels = new("channels", null, EntityCount, "0", "Number of media channels.", isInteger: true);
    public static readonly PatternRules Spend = new("channels[]", "Channel", "baseSpend", "BaseSpend", Money, "1000",
        "SpendTrend", "Spend", "0.1", "spend", delayedStartAttributes: true);
    public static readonly FieldRule UnitCost = new("channels[].unitCost", "Channel.UnitCost", ValueRange.AboveTo(0, 1e9), "10",
        "Cost per mille (Cpm) or per click (Cpc) when a media unit is set.");
    public static readonly FieldRule CostNoise = new("channels[].costNoise", "Channel.CostNoise", ValueRange.Closed(0, 1), "0.05",
        "Standard deviation of the exposure noise when a media unit is set.");
    public static readonly MediaTransformRules Transform = new("channels[]", "Channel", alphaDefault: "0.5");
    public static readonly FieldRule Beta = new("channels[].beta", "Channel.Beta", Money, "1000",
        "β: the contribution per period at full saturation, in KPI units.");
    public static readonly FieldRule TargetRoas = new("channels[].targetRoas", "Channel.TargetRoas", ValueRange.AboveTo(0, 1e6), "none",
        "National ROAS the channel is declared by; β is then solved so the panel's ROAS equals it (beta is ignored).");

    public static readonly FieldRule Controls = new("controls", null, EntityCount, "0", "Number of control variables.", isInteger: true);
    public static readonly PatternRules ControlValue = new("controls[]", "Control", "baseValue", "BaseValue", SignedKpi, "1",
        "Trend", "", "0.05", "control's value", delayedStartAttributes: false);
    public static readonly FieldRule ControlEffect = new("controls[].effect", "Control.Effect", SignedKpi, "0",
        "γ: the KPI change per unit of the control's value.");

    public static readonly FieldRule Events = new("events", null, EntityCount, "0", "Number of events.", isInteger: true);
    public static readonly FieldRule EventDates = new("events[].dates", null, ValueRange.Closed(0, MaxPeriods), "0",
        "Number of dates of a fixed-date event.", isInteger: true);
    public static readonly FieldRule EventEffect = new("events[].effect", "Event.Effect", SignedKpi, "0",
        "δ: the KPI change while the event is on.");
    public static readonly BurstRules Recurrence = new("events[].recurrence", "Event", "0.3", "1", "1", "Recurring event");

    /// <summary>Every rule of the family.</summary>
    public static readonly FieldRule[] All = new[]
        {
            Periods, Geos, Cells, SeriesCells, Population, RevenuePerKpi, BaseSales, SalesTrend, SeasonalityOrder, SeasonalAmplitude,
            HierarchyBeta, HierarchyAlpha, HierarchyHalfSaturation, HierarchyBaseline, NoiseSd, Channels,
        }
        .Concat(Spend.All)
        .Concat(new[] { UnitCost, CostNoise })
        .Concat(Transform.All)
        .Concat(new[] { Beta, TargetRoas, Controls })
        .Concat(ControlValue.All)
        .Concat(new[] { ControlEffect, Events, EventDates, EventEffect })
        .Concat(Recurrence.All)
        .ToArray();
}
