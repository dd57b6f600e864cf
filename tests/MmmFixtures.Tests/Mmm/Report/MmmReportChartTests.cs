using CsCheck;
using MmmFixtures.Mmm;
using MmmFixtures.Reporting;
using MmmFixtures.Tests.Reporting;

namespace MmmFixtures.Tests.Mmm.Report;

/// <summary>The MMM charts: present, well formed and equal to the truth they show, on every preset and on random specs.</summary>
public class MmmReportChartTests
{
    public static TheoryData<MmmPreset> Presets => MmmReports.Presets;

    [Theory]
    [MemberData(nameof(Presets))]
    public void Every_preset_has_its_charts_well_formed(MmmPreset preset)
    {
        var report = MmmReports.Of(preset);
        ChartAssert.WellFormed(report);
        bool geos = MmmReports.Panel(preset).GeoCount > 1;
        var expected = new[] { "mmm-spend-national" }
            .Concat(geos ? new[] { "mmm-spend-focus" } : Array.Empty<string>())
            .Concat(new[] { "mmm-decomposition", "mmm-roas" })
            .Concat(geos ? new[] { "mmm-roas-by-geo" } : Array.Empty<string>())
            .Append("mmm-response-curves");
        Assert.Equal(expected, report.Charts.Select(c => c.Key));
    }

    [Fact]
    public void Charts_are_well_formed_on_random_valid_specs_including_channels_that_never_spend() =>
        MmmPropertyTests.GenSpec.Sample(spec => ChartAssert.WellFormed(MmmReports.Of(spec)), iter: 20, threads: 1);

    [Theory]
    [MemberData(nameof(Presets))]
    public void The_roas_bars_are_the_channels_true_roas_with_their_oracle_se_and_marginal_roas(MmmPreset preset)
    {
        var channels = MmmReports.Panel(preset).Truth.Channels.Where(c => c.Roas is not null).ToList(); // a channel that never spent has no bar
        var chart = MmmReports.Xy(MmmReports.Of(preset), "mmm-roas");
        Assert.Equal(channels.Select(c => c.Name), chart.X.Categories!);
        var roas = chart.Series.Single(s => s.Name == "ROAS");
        var marginal = chart.Series.Single(s => s.Name == "marginal ROAS");
        Assert.Equal(channels.Select(c => c.Roas!.Value), roas.Y);
        Assert.Equal(channels.Select(c => c.OracleRoasSe!.Value), roas.Error!);
        Assert.Equal(channels.Select(c => c.MarginalRoas!.Value), marginal.Y);
        Assert.Equal(Enumerable.Range(0, channels.Count).Select(i => (double)i), roas.X);
    }

    [Fact]
    public void A_channel_that_never_spent_gets_no_roas_bar()
    {
        var spec = new MmmSpecBuilder().Periods(30).Geos(1)
            .Channel("Tv", c => c.BaseSpend(1_000))
            .Channel("Idle", c => c.BaseSpend(0))
            .Build();
        var chart = MmmReports.Xy(MmmReports.Of(spec), "mmm-roas");
        Assert.Equal(new[] { "Tv" }, chart.X.Categories!);
        Assert.All(chart.Series, s => Assert.Single(s.Y));
    }

    [Theory]
    [MemberData(nameof(Presets))]
    public void Response_curves_start_at_zero_end_at_three_times_spend_and_pass_through_the_realised_spend(MmmPreset preset)
    {
        var truth = MmmReports.Panel(preset).Truth;
        var chart = MmmReports.Xy(MmmReports.Of(preset), "mmm-response-curves");
        var realised = chart.Series.Single(s => s.Name == "realised spend");
        var optimal = chart.Series.Single(s => s.Name == "optimal spend");
        var curves = chart.Series.Where(s => s.Kind == SeriesKind.Line).ToArray();
        Assert.Equal(curves.Length, realised.X.Count);
        Assert.Equal(curves.Length, optimal.X.Count);
        for (int i = 0; i < curves.Length; i++)
        {
            var channel = truth.Channel(curves[i].Name);
            double spend = channel.TotalSpend, revenue = channel.TotalContribution * MmmPresets.Get(preset).RevenuePerKpi;
            Assert.Equal(31, curves[i].X.Count);
            Assert.Equal((0.0, 0.0), (curves[i].X[0], curves[i].Y[0]));
            Assert.Equal(3 * spend, curves[i].X[^1], 1e-9 * spend);
            Assert.Equal((spend, revenue), (realised.X[i], realised.Y[i]));
            var best = truth.OptimalAllocation.Channels.Single(a => a.Channel == channel.Name);
            Assert.Equal((best.Spend, best.Contribution * MmmPresets.Get(preset).RevenuePerKpi), (optimal.X[i], optimal.Y[i]));
            Assert.Equal(revenue, curves[i].Y[10], 1e-9 * Math.Abs(revenue)); // k = 10/10 = 1
            Assert.Equal(channel.ContributionAt(2.5) * MmmPresets.Get(preset).RevenuePerKpi, curves[i].Y[25], 1e-9 * Math.Abs(revenue));
        }
    }

    [Fact]
    public void A_large_panel_draws_seven_channels_and_sums_the_rest_as_other_without_losing_spend()
    {
        var panel = MmmReports.Panel(MmmPreset.LargeBusiness);
        var report = MmmReports.Of(MmmPreset.LargeBusiness);
        var spend = MmmReports.Xy(report, "mmm-spend-national");
        Assert.Equal(8, spend.Series.Count);
        Assert.Equal("other (23 channels)", spend.Series[^1].Name);
        Assert.Contains("summed as \"other\"", spend.Caption);
        // The drawn channels are the largest spenders, largest first.
        var largest = panel.Truth.Channels.OrderByDescending(c => c.TotalSpend).Take(7).Select(c => c.Name);
        Assert.Equal(largest, spend.Series.Take(7).Select(s => s.Name));
        for (int t = 0; t < panel.Periods; t++)
        {
            double all = 0;
            for (int c = 0; c < panel.Spec.Channels.Count; c++)
                for (int g = 0; g < panel.GeoCount; g++) all += panel.Spend(c)[panel.RowIndex(t, g)];
            Assert.Equal(all, spend.Series.Sum(s => s.Y[t]), 1e-9 * all);
        }
        Assert.Equal(9, MmmReports.Xy(report, "mmm-response-curves").Series.Count); // 7 curves + the realised and optimal spend markers
        Assert.Equal(8, MmmReports.Xy(report, "mmm-decomposition").Series.Count(s => panel.Truth.Channels.Any(c => c.Name == s.Name) || s.Name.StartsWith("other")));
    }

    [Fact]
    public void The_roas_heat_map_is_geo_by_channel_and_blank_exactly_where_a_channel_never_spent_in_a_geo()
    {
        var panel = MmmReports.Panel(MmmPreset.LargeBusiness);
        var map = Assert.IsType<HeatmapChart>(MmmReports.Of(MmmPreset.LargeBusiness).Charts.Single(c => c.Key == "mmm-roas-by-geo"));
        Assert.Equal(panel.GeoNames, map.Rows);
        Assert.Equal(panel.Truth.Channels.Select(c => c.Name), map.Columns);
        for (int g = 0; g < panel.GeoCount; g++)
            for (int c = 0; c < panel.Truth.Channels.Count; c++)
            {
                var channel = panel.Truth.Channels[c];
                Assert.Equal(channel.SpendByGeo[g] == 0, map.Values[g][c] is null);
                Assert.Equal(channel.RoasByGeo[panel.GeoNames[g]], map.Values[g][c]);
            }
    }
}
