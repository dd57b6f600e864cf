using System.Collections.Generic;
using System.Linq;
using MmmFixtures.Reporting;

namespace MmmFixtures.Mmm.Report;

/// <summary>Spend per channel over time: national, and in the focus geo when the panel has several geos.</summary>
internal static class MmmSpendCharts
{
    public static IEnumerable<Chart> Build(MmmPanel panel, int focusGeo)
    {
        if (panel.Truth.Channels.Count == 0) yield break;
        var names = panel.Spec.Channels.Select(c => c.Name).ToArray();
        var national = Enumerable.Range(0, names.Length).Select(c => PanelSeries.National(panel, panel.Spend(c))).ToArray();
        // One grouping (by national spend) for both charts, so a channel keeps its place and colour.
        var groups = ChannelGroups.Largest(panel.Truth.Channels.Select(c => c.TotalSpend).ToArray());
        yield return Chart(panel, groups, names, national, "mmm-spend-national", "Spend per channel, all geos",
            $"Spend of each channel per {MmmReportText.Period(panel.Spec)}, summed over geos.");
        if (panel.GeoCount > 1)
        {
            string geo = panel.GeoNames[focusGeo];
            var inGeo = Enumerable.Range(0, names.Length).Select(c => PanelSeries.OfGeo(panel, panel.Spend(c), focusGeo)).ToArray();
            yield return Chart(panel, groups, names, inGeo, "mmm-spend-focus", $"Spend per channel, {geo}",
                $"Spend of each channel per {MmmReportText.Period(panel.Spec)} in {geo} (choose another geo with the report's focus option).");
        }
    }

    private static XyChart Chart(MmmPanel panel, ChannelGroups groups, string[] names, double[][] spend, string key, string title, string caption)
    {
        double[] x = PanelSeries.DateAxis(panel);
        var series = groups.Series(names, spend).Select(s => new ChartSeries(s.Name, SeriesKind.Line, x, s.Values)).ToArray();
        return new XyChart(key, title, caption + groups.Note("spend"), new ChartAxis("Date", AxisScale.Date),
            new ChartAxis($"Spend per {MmmReportText.Period(panel.Spec)}"), series);
    }
}
