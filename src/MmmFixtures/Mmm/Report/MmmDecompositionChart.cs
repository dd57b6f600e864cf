using System.Collections.Generic;
using System.Linq;
using MmmFixtures.Reporting;

namespace MmmFixtures.Mmm.Report;

/// <summary>
/// Where y comes from, per period: the baseline parts, the channels' contributions and the noise stacked (positive parts
/// above zero, negative ones such as a price control or the noise below it), with y as a line.
/// </summary>
internal static class MmmDecompositionChart
{
    public static XyChart Build(MmmPanel panel, NationalDecomposition parts)
    {
        double[] x = PanelSeries.DateAxis(panel);
        var names = panel.Spec.Channels.Select(c => c.Name).ToArray();
        var groups = ChannelGroups.Largest(panel.Truth.Channels.Select(c => c.TotalContribution).ToArray());
        // Stacked in the identity's order: what lies above zero minus what lies below it is y in every period.
        var stacked = parts.Baseline.Concat(groups.Series(names, parts.Channels)).Concat(parts.Residual)
            .Select(p => new ChartSeries(p.Name, SeriesKind.StackedArea, x, p.Values));
        var series = stacked.Append(new ChartSeries("y", SeriesKind.Line, x, parts.Y)).ToArray();
        string period = MmmReportText.Period(panel.Spec);
        return new XyChart("mmm-decomposition", "Decomposition of y, all geos",
            $"y per {period} summed over geos (line) and the true components it is made of, stacked in that order (baseline first, then each channel's contribution, then the noise): positive parts pile up from 0 and negative parts (noise, a negative control or event) pile down from 0, so y is the height of the stack above 0 minus the depth of the stack below it."
            + groups.Note("contribution"),
            new ChartAxis("Date", AxisScale.Date), new ChartAxis($"KPI per {period} ({MmmReportText.Kpi(panel.Spec)})"), series);
    }
}
