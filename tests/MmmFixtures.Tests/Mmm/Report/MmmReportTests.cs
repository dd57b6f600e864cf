using System.Text.Json;
using MmmFixtures.Families;
using MmmFixtures.Mmm;
using MmmFixtures.Reporting;

namespace MmmFixtures.Tests.Mmm.Report;

/// <summary>The MMM report beyond its charts: spec facts, validation checks with their numbers, truth tables, the focus geo, determinism.</summary>
public class MmmReportTests
{
    public static TheoryData<MmmPreset> Presets => MmmReports.Presets;

    private static readonly string[] CheckNames =
        { "grid", "duplicate-key", "not-finite", "negative-spend", "identity", "negative-y", "small-channel", "collinear-spend", "low-signal",
          "never-spends", "short-history", "long-carryover", "seasonal-spend", "exposure-signal", "saturated" };

    [Fact]
    public void The_spec_facts_spell_out_periods_geos_channels_with_their_transforms_and_the_seed()
    {
        var facts = MmmReports.Of(MmmPreset.Basic).Spec.ToDictionary(f => f.Name, f => f.Value);
        Assert.Equal("52 weeks from 2022-01-03 (weeks start on Monday)", facts["Periods"]);
        Assert.Equal("1 (geo_1)", facts["Geos"]);
        Assert.Equal("revenue", facts["KPI"]);
        Assert.Equal("base 10,000 per week, no trend, 2 Fourier pairs of seasonality up to ±20.0%", facts["Baseline"]);
        Assert.Equal("Normal, sd 2.0% of the geo's base level; negative y kept", facts["Noise"]);
        Assert.Equal("spend LinearTrend around 1,250; impressions at CPM 12; adstock then saturation: Geometric α 0.6 over 8 lags, Hill κ 0.5, slope 1.5; β 2500",
            facts["Channel Tv"]);
        Assert.Contains("MichaelisMenten κ 0.6", facts["Channel Print"]);
        Assert.Equal("none", facts["Controls"]);
        Assert.Equal("42", facts["Seed"]);
        Assert.Contains("8 (", MmmReports.Of(MmmPreset.MediumBusiness).Spec.Single(f => f.Name == "Geos").Value);
    }

    [Theory]
    [MemberData(nameof(Presets))]
    public void Every_check_is_listed_and_a_preset_fails_none(MmmPreset preset)
    {
        var checks = MmmReports.Of(preset).Checks;
        Assert.Equal(CheckNames, checks.Select(c => c.Name).Distinct());
        Assert.DoesNotContain(checks, c => c.Status == ReportCheckStatus.Failed);
        Assert.All(checks, c => Assert.False(string.IsNullOrWhiteSpace(c.Detail)));
        var validation = MmmPanelValidator.Validate(MmmReports.Panel(preset));
        Assert.Equal(validation.Warnings.Count, checks.Count(c => c.Status == ReportCheckStatus.Warning));
    }

    [Fact]
    public void Passed_checks_say_by_how_much_they_passed()
    {
        var panel = MmmReports.Panel(MmmPreset.MediumBusiness);
        var measures = MmmPanelValidator.Validate(panel).Measures;
        var checks = MmmReports.Of(MmmPreset.MediumBusiness).Checks.ToDictionary(c => c.Name);
        Assert.Equal($"{panel.RowCount:N0} rows = 156 periods × 8 geos", checks["grid"].Detail);
        Assert.EndsWith($"worst relative error {measures.WorstIdentityError:G3} (tolerance 1e-9)", checks["identity"].Detail);
        var (a, b, r) = measures.HighestSpendCorrelation!.Value;
        Assert.Equal(ReportCheckStatus.Passed, checks["collinear-spend"].Status);
        Assert.Contains($"{r:F2} ({a} and {b})", checks["collinear-spend"].Detail);
        Assert.Contains($"{measures.SignalToNoise!.Value:F2}", checks["low-signal"].Detail);
    }

    [Fact]
    public void A_collinear_pair_is_a_warning_with_the_validators_message_and_the_other_checks_still_pass()
    {
        var spec = new MmmSpecBuilder().Periods(60).Geos(1)
            .Channel("Tv", c => c.BaseSpend(1_000).Seasonal(0.8, 100).SpendNoise(0, 0))
            .Channel("Radio", c => c.BaseSpend(500).Seasonal(0.8, 100).SpendNoise(0, 0))
            .Build();
        var checks = MmmReports.Of(spec).Checks;
        var collinear = Assert.Single(checks, c => c.Name == "collinear-spend");
        Assert.Equal(ReportCheckStatus.Warning, collinear.Status);
        Assert.Contains("spend of Tv and Radio correlates at 1.000", collinear.Detail);
        Assert.Equal(ReportCheckStatus.Passed, checks.Single(c => c.Name == "identity").Status);
    }

    [Theory]
    [MemberData(nameof(Presets))]
    public void The_channel_table_shows_each_channels_truth(MmmPreset preset)
    {
        var channels = MmmReports.Panel(preset).Truth.Channels;
        var table = MmmReports.Of(preset).Truth[0];
        Assert.Equal(new[] { "Channel", "Spend", "Contribution (revenue)", "ROAS ± oracle SE", "Marginal ROAS", "Share of media", "Identifiable" }, table.Columns);
        Assert.Equal(channels.Count, table.Rows.Count);
        for (int c = 0; c < channels.Count; c++)
        {
            var row = table.Rows[c];
            Assert.Equal(channels[c].Name, row[0]);
            Assert.Equal(channels[c].Roas is double roas ? $"{roas:F2} ± {channels[c].OracleRoasSe!.Value:F2}" : "–", row[3]); // a channel that never spent has none
            Assert.Equal(channels[c].Roas is null ? "–" : channels[c].Identifiable ? "yes" : "no", row[6]);
        }
    }

    [Fact]
    public void The_components_table_adds_up_to_y()
    {
        var rows = MmmReports.Of(MmmPreset.SmallBusiness).Truth[1].Rows;
        Assert.Equal(new[] { "intercept", "seasonality", "controls", "media", "noise", "y" }, rows.Select(r => r[0]));
        Assert.Equal("100.0%", rows[^1][2]);
        double total = rows.SkipLast(1).Sum(r => double.Parse(r[1], System.Globalization.NumberStyles.Number | System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture));
        double y = double.Parse(rows[^1][1], System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(total, y - rows.Count, y + rows.Count); // each printed total is rounded to a unit
    }

    [Fact]
    public void The_focus_option_picks_the_geo_of_the_spend_chart_and_defaults_to_the_first()
    {
        var spec = MmmPresets.Get(MmmPreset.MultiRegion);
        var panel = MmmReports.Panel(MmmPreset.MultiRegion);
        Assert.Equal("Spend per channel, North", MmmReports.Xy(MmmReports.Of(spec), "mmm-spend-focus").Title);
        var south = MmmReports.Xy(MmmReports.Of(spec, "South"), "mmm-spend-focus");
        Assert.Equal("Spend per channel, South", south.Title);
        int g = panel.GeoNames.ToList().IndexOf("South");
        foreach (var s in south.Series)
        {
            int c = panel.Spec.Channels.Select(x => x.Name).ToList().IndexOf(s.Name);
            Assert.Equal(Enumerable.Range(0, panel.Periods).Select(t => panel.Spend(c)[panel.RowIndex(t, g)]), s.Y);
        }
    }

    [Fact]
    public void An_unknown_focus_throws_naming_every_geo()
    {
        IDatasetFamily family = MmmFamily.Instance;
        var e = Assert.Throws<ArgumentException>(() => family.Report(MmmPresets.Get(MmmPreset.MultiRegion), new ReportOptions("Middle")));
        Assert.Contains("'Middle'", e.Message);
        Assert.All(new[] { "North", "South", "East", "West" }, geo => Assert.Contains(geo, e.Message));
        Assert.Equal("Spend per channel, South", MmmReports.Xy(MmmReports.Of(MmmPresets.Get(MmmPreset.MultiRegion), "south"), "mmm-spend-focus").Title); // case is forgiven when unambiguous
    }

    [Fact]
    public void An_invalid_spec_is_refused_with_every_problem()
    {
        var e = Assert.Throws<MmmFixtures.Validation.SpecValidationException>(() => MmmReports.Of(new MmmSpec { Periods = 0, NoiseSd = 2 }));
        Assert.Contains("periods", e.Message);
        Assert.Contains("noise.sd", e.Message);
    }

    [Fact]
    public void Two_builds_are_equal_and_another_seed_gives_another_report()
    {
        var spec = MmmPresets.Get(MmmPreset.MultiRegion);
        Assert.Equal(Json(MmmReports.Of(spec, "East")), Json(MmmReports.Of(spec, "East")));
        Assert.NotEqual(Json(MmmReports.Of(spec)), Json(MmmReports.Of(spec with { Seed = 7 })));
    }

    // The report's lists are compared by content through JSON (records compare lists by reference); charts by their runtime type.
    private static string Json(DatasetReport r) =>
        JsonSerializer.Serialize(new object[] { r.Title, r.Description, r.Spec, r.Checks, r.Truth, r.Charts.Cast<object>().ToArray() });
}
