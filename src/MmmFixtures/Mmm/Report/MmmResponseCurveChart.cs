using System.Collections.Generic;
using System.Linq;
using MmmFixtures.Reporting;

namespace MmmFixtures.Mmm.Report;

/// <summary>
/// Each channel's true response curve: revenue against total spend as spend is scaled by k ∈ [0, 3], with realised spend
/// and the optimal allocation of the realised budget marked. The points are <see cref="ChannelTruth.ResponseCurve"/> (k = 0, 0.1, …, 3), computed in the same pass as the
/// marginal ROAS the report also shows, so the chart costs no further pass over the panel and shows truth.json's numbers.
/// </summary>
internal static class MmmResponseCurveChart
{
    public static IEnumerable<Chart> Build(MmmPanel panel)
    {
        var channels = panel.Truth.Channels;
        var spent = Enumerable.Range(0, channels.Count).Where(c => channels[c].TotalSpend > 0).ToArray();
        if (spent.Length == 0) yield break;
        // Curves have no sum that means anything, so the largest spenders are drawn and the others are left to the truth table.
        var groups = ChannelGroups.Largest(spent.Select(c => channels[c].TotalSpend).ToArray());
        var drawn = groups.Drawn.Select(i => channels[spent[i]]).ToArray();
        double revenuePerKpi = panel.Spec.RevenuePerKpi;
        var series = drawn.Select(c => new ChartSeries(c.Name, SeriesKind.Line,
            c.ResponseCurve.Select(p => p.Multiplier * c.TotalSpend).ToArray(),
            c.ResponseCurve.Select(p => p.TotalContribution * revenuePerKpi).ToArray())).ToList();
        series.Add(new ChartSeries("realised spend", SeriesKind.Markers,
            drawn.Select(c => c.TotalSpend).ToArray(), drawn.Select(c => c.TotalContribution * revenuePerKpi).ToArray()));
        var optimum = panel.Truth.OptimalAllocation.Channels.ToDictionary(a => a.Channel);
        series.Add(new ChartSeries("optimal spend", SeriesKind.Markers,
            drawn.Select(c => optimum[c.Name].Spend).ToArray(), drawn.Select(c => optimum[c.Name].Contribution * revenuePerKpi).ToArray()));
        string note = groups.Other.Count == 0 ? ""
            : $" The {drawn.Length} channels with the most spend are drawn; the truth table lists the other {groups.Other.Count}.";
        yield return new XyChart("mmm-response-curves", "Response curves",
            "Revenue each channel would bring over the panel if its spend were scaled by k from 0 to 3 in every geo and period (all else fixed); dots mark the realised spend and the optimal allocation of the same budget (Truth.OptimalAllocation)." + note,
            new ChartAxis("Total spend over the panel"), new ChartAxis("Revenue from the channel"), series);
    }
}
