using System;
using System.Collections.Generic;
using System.Linq;
using MmmFixtures.Reporting;

namespace MmmFixtures.Clickstream.Report;

/// <summary>The event mix: for each event type, its share of each persona's events (bots apart), so personas of any size compare.</summary>
internal static class ClickstreamEventMixChart
{
    public const string Key = "clickstream-event-mix";

    public static XyChart Build(ClickstreamSpec spec, ClickstreamReportScan scan)
    {
        var types = Enum.GetValues(typeof(ClickEventType)).Cast<ClickEventType>().ToArray();
        var groups = spec.Personas.Select((p, i) => (p.Name, Counts: scan.EventsByType[i])).ToList();
        if (spec.Defects.BotUserShare > 0) groups.Add((Generation.UserSimulator.Bot.Name, scan.EventsByType[spec.Personas.Count]));
        return CategoryBars.Chart(Key, "Event mix per persona",
            "Each bar is the share of one persona's events that are of that type; views dominate, purchases are the rarest"
            + (spec.Defects.BotUserShare > 0 ? "; bots view only." : "."),
            "Event type", types.Select(ClickstreamExporter.EventName).ToArray(), "Share of the persona's events (%)",
            groups.Select(g => (g.Name, (IReadOnlyList<double>)types.Select(t => ClickstreamFunnelChart.Percent(g.Counts[(int)t], g.Counts.Sum())).ToArray())));
    }
}
