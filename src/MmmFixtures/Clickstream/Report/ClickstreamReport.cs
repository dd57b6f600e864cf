using System;
using System.Linq;
using MmmFixtures.Families;
using MmmFixtures.Reporting;

namespace MmmFixtures.Clickstream.Report;

/// <summary>
/// The clickstream's report as data: spec summary, the checks of every event, personas declared vs realised, and the
/// funnel, event mix, sessions by hour × weekday and price charts. One streamed pass over the users
/// (<see cref="ClickstreamReportScan"/>) feeds them all, so any preset is reported in flat memory.
/// </summary>
internal static class ClickstreamReport
{
    public static DatasetReport Build(ClickstreamSpec spec, ReportOptions options)
    {
        if (options.Focus is not null)
            throw new ArgumentException($"The clickstream report shows every persona and has no focus: leave it unset (got '{options.Focus}').", nameof(options));
        var (scan, items) = ClickstreamReportScan.Run(spec);
        var aggregates = scan.Counter.ToAggregates(spec);
        return new DatasetReport(
            $"Clickstream: {CountText.Of(spec.Users, "user")} over {CountText.Of(spec.Days, "day")}, seed {spec.Seed}",
            "An e-commerce clickstream (item catalog, users, events) generated with its truth: each user's latent persona and rates, "
            + "each session's intended and realised purchase, each item's popularity, and aggregates counted from the rows.",
            new[]
            {
                new ReportFact("Period", $"{CountText.Of(spec.Days, "day")} from {ReportText.Date(spec.StartDate)} (UTC)"),
                new ReportFact("Users", $"{ReportText.Count(spec.Users)}, registering from {CountText.Of(spec.RegistrationLeadDays, "day")} before the start"),
                new ReportFact("Catalog", $"{CountText.Of(spec.Catalog.Items, "item")} in {CountText.Of(spec.Catalog.Categories.Count, "category", "categories")} ({string.Join(", ", spec.Catalog.Categories.Select(c => c.Name))})"),
                new ReportFact("Personas", string.Join(", ", spec.Personas.Select(p => $"{p.Name} {ReportText.Percent(p.Share, 1)}"))),
                new ReportFact("Defects", Defects(spec.Defects)),
                new ReportFact("Generated", $"{CountText.Of(scan.Events, "event")} in {CountText.Of(scan.Sessions, "session")}"),
                new ReportFact("Seed", spec.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            },
            ClickstreamReportChecks.Build(spec, scan),
            new[] { ClickstreamPersonaTable.Build(spec, aggregates, scan) },
            new Chart[]
            {
                ClickstreamFunnelChart.Build(spec, aggregates),
                ClickstreamEventMixChart.Build(spec, scan),
                ClickstreamSessionHeatmap.Build(spec, scan),
                ClickstreamPriceHistogram.Build(spec, items),
            });
    }

    private static string Defects(DefectSpec d)
    {
        var on = new[]
        {
            (d.DuplicateEventRate, "duplicate events"), (d.NullCategoryRate, "null categories"), (d.LateEventRate, "late events"), (d.BotUserShare, "bot users"),
        }.Where(x => x.Item1 > 0).Select(x => $"{x.Item2} {ReportText.Percent(x.Item1)}").ToArray();
        return on.Length == 0 ? "none (a clean dataset)" : string.Join(", ", on);
    }
}
