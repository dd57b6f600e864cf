using System.Collections.Generic;
using System.Linq;
using MmmFixtures.Reporting;

namespace MmmFixtures.Mmm.Report;

/// <summary>ROAS and marginal ROAS per channel (bars, ROAS with its oracle SE) and ROAS by geo × channel (a heat map).</summary>
internal static class MmmRoasCharts
{
    public static IEnumerable<Chart> Build(MmmPanel panel)
    {
        // A channel that never spent has no ROAS: it gets no bar.
        var spent = panel.Truth.Channels.Where(c => c.Roas is not null).ToArray();
        if (spent.Length == 0) yield break;
        double[] x = Enumerable.Range(0, spent.Length).Select(i => (double)i).ToArray();
        yield return new XyChart("mmm-roas", "ROAS and marginal ROAS per channel",
            "True ROAS (revenue per unit of spend over the panel, with ± the oracle standard error: how precisely a model with the true transforms could recover it) "
            + "and marginal ROAS (revenue of the next unit of spend, a 1% increase).",
            new ChartAxis("Channel", AxisScale.Category, spent.Select(c => c.Name).ToArray()),
            new ChartAxis("Revenue per unit of spend"),
            new[]
            {
                new ChartSeries("ROAS", SeriesKind.Bars, x, spent.Select(c => c.Roas!.Value).ToArray(), spent.Select(c => c.OracleRoasSe ?? 0).ToArray()),
                new ChartSeries("marginal ROAS", SeriesKind.Bars, x, spent.Select(c => c.MarginalRoas!.Value).ToArray()),
            });
        if (panel.GeoCount > 1)
            yield return new HeatmapChart("mmm-roas-by-geo", "ROAS by geo and channel",
                "True ROAS of each channel in each geo; blank where the channel never spent in the geo.",
                "Geo", panel.GeoNames, "Channel", panel.Truth.Channels.Select(c => c.Name).ToArray(), "ROAS",
                panel.GeoNames.Select(geo => (IReadOnlyList<double?>)panel.Truth.Channels.Select(c => c.RoasByGeo[geo]).ToArray()).ToArray());
    }
}
