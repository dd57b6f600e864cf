using MmmFixtures.Clickstream;
using MmmFixtures.Reporting;
using MmmFixtures.Tests.Reporting;
using MmmFixtures.Validation;
using Xunit.Abstractions;

namespace MmmFixtures.Tests.Clickstream.Report;

public class ClickstreamReportTests(ITestOutputHelper output)
{
    private static readonly ClickstreamFamily Family = ClickstreamFamily.Instance;

    // Small with every defect on, so the bots' group, the duplicates and the late events show.
    private static readonly ClickstreamSpec WithDefects = ClickstreamPresets.Get(ClickstreamPreset.Small) with
    {
        Defects = new DefectSpec { BotUserShare = 0.05, DuplicateEventRate = 0.02, LateEventRate = 0.01, NullCategoryRate = 0.1 },
    };

    public static TheoryData<string> Presets => ReportAssertions.PresetNames(Family);

    [Theory]
    [MemberData(nameof(Presets))]
    public void Every_preset_reports_well_formed_charts_and_passes_its_checks(string preset)
    {
        var (spec, report) = ReportAssertions.OfPreset(Family, preset, output);
        Assert.Equal(["clickstream-funnel", "clickstream-event-mix", "clickstream-sessions-by-hour", "clickstream-price-distribution"], report.Charts.Select(c => c.Key));
        Assert.Equal(spec.Personas.Count, report.Truth.Single().Rows.Count);
    }

    [Fact]
    public void Funnel_event_mix_and_heat_map_are_the_truths_aggregates()
    {
        var data = ClickstreamGenerator.Generate(WithDefects);
        var aggregates = data.Aggregates;
        var report = Family.Report(WithDefects, new ReportOptions());

        var funnel = ReportAssertions.Chart<XyChart>(report, "clickstream-funnel");
        var groups = aggregates.FunnelByPersona.Append(aggregates.Bots).ToArray();
        Assert.Equal(groups.Select(f => f.Persona), funnel.X.Categories);
        var cart = ReportAssertions.Bars(funnel, "Sessions with add_to_cart");
        var purchase = ReportAssertions.Bars(funnel, "Sessions with a purchase");
        foreach (var f in groups)
        {
            Assert.Equal(100.0 * f.SessionsWithCart / f.Sessions, cart[f.Persona], 12);
            Assert.Equal(100 * f.SessionPurchaseRate, purchase[f.Persona], 12);
        }
        Assert.Equal(0, purchase["Bot"]); // bots never buy

        // Shares × each persona's events give back the truth's event mix (humans) and the bots' mix.
        var mix = ReportAssertions.Chart<XyChart>(report, "clickstream-event-mix");
        foreach (var type in Enum.GetValues<ClickEventType>())
        {
            string name = ClickstreamExporter.EventName(type);
            double humans = aggregates.FunnelByPersona.Sum(f => ReportAssertions.Bars(mix, f.Persona)[name] / 100 * f.Events);
            Assert.Equal(aggregates.EventMix[type], humans, 6);
            Assert.Equal(aggregates.BotEventMix[type], ReportAssertions.Bars(mix, "Bot")[name] / 100 * aggregates.Bots.Events, 6);
        }

        var heat = ReportAssertions.Chart<HeatmapChart>(report, "clickstream-sessions-by-hour");
        int humanSessions = data.Sessions.Count(s => !data.UserTruth[s.UserId - 1].IsBot);
        Assert.Equal(humanSessions, heat.Values.Sum(r => r.Sum(v => v!.Value)));
        Assert.Equal(aggregates.FunnelByPersona.Sum(f => f.Sessions), humanSessions);
        for (int d = 0; d < 7; d++) Assert.Equal(aggregates.SessionsByWeekday[d].Sessions, heat.Values[d].Sum(v => v!.Value));
        for (int h = 0; h < 24; h++) Assert.Equal(aggregates.SessionsByHour[h].Sessions, heat.Values.Sum(r => r[h]!.Value));
    }

    [Fact]
    public void Price_histogram_counts_every_item_of_each_category_once()
    {
        var data = ClickstreamGenerator.Generate(WithDefects);
        var chart = ReportAssertions.Chart<XyChart>(Family.Report(WithDefects, new ReportOptions()), "clickstream-price-distribution");
        Assert.Equal(WithDefects.Catalog.Categories.Select(c => c.Name), chart.Series.Select(s => s.Name));
        Assert.Equal(data.Items.Count, chart.Series.Sum(s => s.Y.Sum()));
        foreach (var s in chart.Series) Assert.Equal(data.Items.Count(i => i.Category == s.Name), s.Y.Sum());
        // The first bin starts at the lowest price bound and the last ends at the highest.
        Assert.StartsWith("10–", chart.X.Categories![0]);
        Assert.EndsWith("–2000", chart.X.Categories[^1]);
    }

    [Fact]
    public void Defects_that_are_on_are_warnings_with_their_realised_rates()
    {
        var report = Family.Report(WithDefects, new ReportOptions());
        var checks = report.Checks.ToDictionary(c => c.Name);
        Assert.Equal(ReportCheckStatus.Warning, checks["duplicates"].Status);
        Assert.Contains("declared rate 2.00%", checks["duplicates"].Detail);
        Assert.Equal(ReportCheckStatus.Warning, checks["late-events"].Status);
        Assert.All(report.Checks.Where(c => c.Name is not ("duplicates" or "late-events")), c => Assert.Equal(ReportCheckStatus.Passed, c.Status));
        var personas = report.Truth.Single();
        Assert.Equal(["Browser", "Researcher", "Buyer", "Bot"], personas.Rows.Select(r => r[0]));
        Assert.Equal("5.0%", personas.Rows[^1][1]); // the bots' declared share of all users
    }

    [Fact]
    public void Persona_table_sets_the_declared_rates_beside_the_realised_ones()
    {
        var spec = ClickstreamPresets.Get(ClickstreamPreset.Small);
        var aggregates = ClickstreamGenerator.Generate(spec).Aggregates;
        var rows = Family.Report(spec, new ReportOptions()).Truth.Single().Rows;
        var buyer = rows.Single(r => r[0] == "Buyer");
        Assert.Equal("5.0%", buyer[1]);
        Assert.Equal("1.5", buyer[3]);
        Assert.Equal("25.00%", buyer[5]);
        Assert.Equal(ReportTextOf(aggregates.FunnelByPersona.Single(f => f.Persona == "Buyer").SessionPurchaseRate), buyer[6]);
        Assert.Equal(100.0, rows.Sum(r => double.Parse(r[2].TrimEnd('%'), System.Globalization.CultureInfo.InvariantCulture)), 0.2);
    }

    private static string ReportTextOf(double share) => (100 * share).ToString("F2", System.Globalization.CultureInfo.InvariantCulture) + "%";

    [Fact]
    public void The_report_is_deterministic()
    {
        var spec = ClickstreamPresets.Get(ClickstreamPreset.Small);
        Assert.Equal(ReportAssertions.Text(Family.Report(spec, new ReportOptions())), ReportAssertions.Text(Family.Report(spec, new ReportOptions())));
        Assert.NotEqual(ReportAssertions.Text(Family.Report(spec, new ReportOptions())), ReportAssertions.Text(Family.Report(spec with { Seed = 7 }, new ReportOptions())));
    }

    [Fact]
    public void A_focus_is_refused_and_an_invalid_spec_lists_its_problems()
    {
        var spec = ClickstreamPresets.Get(ClickstreamPreset.Small);
        var ex = Assert.Throws<ArgumentException>(() => Family.Report(spec, new ReportOptions("Buyer")));
        Assert.Contains("'Buyer'", ex.Message);
        var invalid = Assert.Throws<SpecValidationException>(() => Family.Report(spec with { Users = 0, Days = 0 }, new ReportOptions()));
        Assert.Contains("users = 0", invalid.Message);
        Assert.Contains("days = 0", invalid.Message);
    }
}
