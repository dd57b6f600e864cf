using System.Collections.Generic;
using System.Linq;
using MmmFixtures.Reporting;

namespace MmmFixtures.Mmm.Report;

/// <summary>Where y comes from, per period: the baseline parts, the channels' contributions and the noise stacked, with y as a line on top.</summary>
internal static class MmmDecompositionChart
{
    public static XyChart Build(MmmPanel panel, NationalDecomposition parts)
    {
        double[] x = PanelSeries.DateAxis(panel);
        var names = panel.Spec.Channels.Select(c => c.Name).ToArray();
        var groups = ChannelGroups.Largest(panel.Truth.Channels.Select(c => c.TotalContribution).ToArray());
        // Stacked in the identity's order, so the top of the stack is y in every period.
        var stacked = parts.Baseline.Concat(groups.Series(names, parts.Channels)).Concat(parts.Residual)
            .Select(p => new ChartSeries(p.Name, SeriesKind.StackedArea, x, p.Values));
        var series = stacked.Append(new ChartSeries("y", SeriesKind.Line, x, parts.Y)).ToArray();
        string period = MmmReportText.Period(panel.Spec);
        return new XyChart("mmm-decomposition", "Decomposition of y, all geos",
            $"y per {period} summed over geos (line) and the true components it is made of, stacked: baseline first, then each channel's contribution, then the noise (which can be negative)."
            + groups.Note("contribution"),
            new ChartAxis("Date", AxisScale.Date), new ChartAxis($"KPI per {period} ({MmmReportText.Kpi(panel.Spec)})"), series);
    }
}
