using System.Collections.Generic;
using System.Linq;
using MmmFixtures.Media;
using MmmFixtures.Reporting;
using static MmmFixtures.Mmm.Report.MmmReportText;
using static MmmFixtures.Reporting.ReportText;

namespace MmmFixtures.Mmm.Report;

/// <summary>The spec summary of the MMM report: one fact per line, each channel with its transforms.</summary>
internal static class MmmSpecFacts
{
    private const int GeoNamesShown = 12;

    public static IReadOnlyList<ReportFact> Build(MmmSpec spec)
    {
        var facts = new List<ReportFact>
        {
            new("Periods", $"{Families.CountText.Of(spec.Periods, Period(spec))} from {spec.StartDate:yyyy-MM-dd}"
                + (spec.Frequency == Frequency.Weekly ? $" (weeks start on {spec.WeekStart})" : "")),
            new("Geos", Geos(spec)),
            new("KPI", spec.KpiType == KpiType.Revenue ? "revenue" : $"conversions worth {Number(spec.RevenuePerKpi)} each"),
            new("Baseline", $"base {Amount(spec.Baseline.BaseSales)} per {Period(spec)}, "
                + (spec.Baseline.SalesTrend == 0 ? "no trend" : $"trend {Number(100 * spec.Baseline.SalesTrend)}% of base per {Period(spec)}")
                + $", {Families.CountText.Of(spec.Baseline.SeasonalityOrder, "Fourier pair")} of seasonality up to ±{Percent(spec.Baseline.SeasonalAmplitude, 1)}"),
            new("Geo hierarchy", Hierarchy(spec.Hierarchy)),
            new("Noise", $"{spec.NoiseModel}, sd {Percent(spec.NoiseSd, 1)} of the geo's base level; negative y {(spec.ClampNegativeY ? "clamped to 0" : "kept")}"),
        };
        facts.AddRange(spec.Channels.Select(c => new ReportFact($"Channel {c.Name}", Channel(c))));
        facts.Add(new ReportFact("Controls", spec.Controls.Count == 0 ? "none"
            : string.Join(", ", spec.Controls.Select(k => $"{k.Name} ({k.Value.Kind} around {Number(k.Value.Level)}, γ {Number(k.Effect)})"))));
        facts.Add(new ReportFact("Events", spec.Events.Count == 0 ? "none"
            : string.Join(", ", spec.Events.Select(e => $"{e.Name} ({(e.Recurrence is null ? Families.CountText.Of(e.Dates.Count, "date") : "recurring")}, δ {Number(e.Effect)})"))));
        facts.Add(new ReportFact("Seed", spec.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return facts;
    }

    private static string Geos(MmmSpec spec)
    {
        string names = string.Join(", ", spec.Geos.Take(GeoNamesShown).Select(g => g.Name)) + (spec.Geos.Count > GeoNamesShown ? ", …" : "");
        string populations = spec.Geos.All(g => g.Population is not null) ? "; populations recorded" : "";
        return $"{spec.Geos.Count} ({names}){populations}";
    }

    private static string Hierarchy(HierarchySpec h) =>
        h.Beta == 0 && h.Alpha == 0 && h.HalfSaturation == 0 && h.Baseline == 0
            ? "none (every geo has the national parameters)"
            : $"σβ {Number(h.Beta)}, σα {Number(h.Alpha)}, σκ {Number(h.HalfSaturation)}, σ base {Number(h.Baseline)}";

    private static string Channel(ChannelSpec c)
    {
        string unit = c.Unit switch
        {
            MediaUnit.Cpm => $"; impressions at CPM {Number(c.UnitCost)}",
            MediaUnit.Cpc => $"; clicks at CPC {Number(c.UnitCost)}",
            _ => "",
        };
        string on = c.TransformOn == TransformInput.Exposure ? " on exposure" : "";
        string effect = c.TargetRoas is double target ? $"target ROAS {Number(target)}" : $"β {Number(c.Beta)}";
        string order = c.Order == TransformOrder.AdstockThenSaturation ? "adstock then saturation" : "saturation then adstock";
        return $"spend {c.Spend.Kind} around {Amount(c.Spend.Level)}{unit}; {order}{on}: {Adstock(c.Adstock)}, {Saturation(c.Saturation)}; {effect}";
    }

    private static string Adstock(AdstockSpec a) => a.Kind switch
    {
        AdstockKind.None => "no adstock",
        AdstockKind.Geometric => $"Geometric α {Number(a.Alpha)} over {Lags(a)}",
        AdstockKind.Delayed => $"Delayed α {Number(a.Alpha)}, θ {Number(a.Theta)} over {Lags(a)}",
        _ => $"{a.Kind} shape {Number(a.Shape)}, scale {Number(a.Scale)} over {Lags(a)}",
    };

    private static string Lags(AdstockSpec a) => Families.CountText.Of(a.MaxLag, "lag");

    private static string Saturation(SaturationSpec s) => s.Kind switch
    {
        SaturationKind.None => "no saturation",
        SaturationKind.Hill => $"Hill κ {Number(s.HalfSaturation)}, slope {Number(s.Slope)}",
        SaturationKind.MichaelisMenten => $"MichaelisMenten κ {Number(s.HalfSaturation)}",
        SaturationKind.Logistic => $"Logistic λ {Number(s.Lambda)}",
        _ => $"{s.Kind} c {Number(s.TanhScale)}",
    };
}
