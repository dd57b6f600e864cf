using CsCheck;
using MmmFixtures.Mmm;
using MmmFixtures.Reporting;

namespace MmmFixtures.Tests.Mmm.Report;

/// <summary>The decomposition chart is the identity summed over geos: its stacked parts meet y in every period.</summary>
public class MmmDecompositionChartTests
{
    public static TheoryData<MmmPreset> Presets => MmmReports.Presets;

    // One geo, four weeks, no trend, seasonality or noise: intercept 10 000; Tv (constant spend, geometric α 0.5 over
    // two lags = weights 2/3, 1/3, Hill κ 1 s 2, β 100) contributes 100 · (2/3)² / ((2/3)² + 1) = 400/13 in week 0 and
    // 100 · 1 / 2 = 50 after; the Sale event adds 500 in week 1 (2022-01-10).
    [Fact]
    public void A_hand_made_panel_decomposes_into_the_hand_computed_parts()
    {
        var spec = new MmmSpecBuilder().Periods(4).Geos("Only").Baseline(10_000, 0, 0, 0).Noise(0)
            .Channel("Tv", c => c.BaseSpend(1_000).Constant().SpendNoise(0, 0).Geometric(0.5, maxLag: 2).Hill(1, 2).Beta(100))
            .Event("Sale", 500, new DateTime(2022, 1, 10))
            .Build();
        var chart = MmmReports.Xy(MmmReports.Of(spec), "mmm-decomposition");

        Assert.Equal(new[] { "intercept", "events", "Tv", "y" }, chart.Series.Select(s => s.Name)); // zero parts are left out
        AssertClose(new[] { 10_000.0, 10_000, 10_000, 10_000 }, Series(chart, "intercept"));
        AssertClose(new[] { 0.0, 500, 0, 0 }, Series(chart, "events"));
        AssertClose(new[] { 400.0 / 13, 50, 50, 50 }, Series(chart, "Tv"));
        AssertClose(new[] { 10_000 + 400.0 / 13, 10_550, 10_050, 10_050 }, Series(chart, "y"));
        Assert.Equal(SeriesKind.Line, chart.Series[^1].Kind);
        Assert.All(chart.Series.SkipLast(1), s => Assert.Equal(SeriesKind.StackedArea, s.Kind));
    }

    [Theory]
    [MemberData(nameof(Presets))]
    public void The_stacked_parts_sum_to_y_in_every_period_and_y_is_the_national_sum(MmmPreset preset)
    {
        var panel = MmmReports.Panel(preset);
        var chart = MmmReports.Xy(MmmReports.Of(preset), "mmm-decomposition");
        var y = Series(chart, "y");
        for (int t = 0; t < panel.Periods; t++)
            Assert.Equal(Enumerable.Range(0, panel.GeoCount).Sum(g => panel.Y[panel.RowIndex(t, g)]), y[t], 1e-6);
        AssertStackMeetsY(chart);
    }

    [Fact]
    public void The_stacked_parts_sum_to_y_on_random_valid_specs() =>
        MmmPropertyTests.GenSpec.Sample(spec => AssertStackMeetsY(MmmReports.Xy(MmmReports.Of(spec), "mmm-decomposition")), iter: 20, threads: 1);

    private static void AssertStackMeetsY(XyChart chart)
    {
        var stacked = chart.Series.Where(s => s.Kind == SeriesKind.StackedArea).ToArray();
        var y = Series(chart, "y");
        for (int t = 0; t < y.Count; t++)
        {
            double sum = stacked.Sum(s => s.Y[t]);
            Assert.True(Math.Abs(sum - y[t]) <= 1e-9 * Math.Max(1, Math.Abs(y[t])), $"period {t}: parts sum to {sum}, y is {y[t]}");
        }
    }

    private static IReadOnlyList<double> Series(XyChart chart, string name) => chart.Series.Single(s => s.Name == name).Y;

    private static void AssertClose(IReadOnlyList<double> expected, IReadOnlyList<double> actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (int i = 0; i < expected.Count; i++) Assert.Equal(expected[i], actual[i], 1e-9);
    }
}
