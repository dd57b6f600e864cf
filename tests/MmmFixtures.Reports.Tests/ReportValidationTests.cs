using MmmFixtures.Reporting;

namespace MmmFixtures.Reports.Tests;

public class ReportValidationTests
{
    [Fact]
    public void A_malformed_xy_chart_is_refused_with_every_problem_named()
    {
        var chart = new XyChart("Bad Key", "", "", new ChartAxis("Channel", AxisScale.Category, new[] { "TV" }), new ChartAxis("", AxisScale.Date),
            new[]
            {
                new ChartSeries("short", SeriesKind.Line, new double[] { 0, 0 }, new double[] { 1 }),
                new ChartSeries("out of range", SeriesKind.Bars, new double[] { 3 }, new double[] { 1 }, new double[] { -1 }),
                new ChartSeries("nan", SeriesKind.Markers, new double[] { 0 }, new double[] { double.NaN }),
            });
        var ex = Assert.Throws<ArgumentException>(() => ChartRenderer.Svg(chart));
        foreach (string part in new[] { ".Key is 'Bad Key'", ".Title is empty", ".Y.Label is empty", ".Y.Scale is Date", "'short' has 2 x and 1 y values",
                     "'out of range' has x values that are not category indexes", "'out of range'.Error", "'nan' holds a NaN" })
            Assert.Contains(part, ex.Message);
    }

    [Fact]
    public void Stacked_areas_must_share_x()
    {
        var chart = new XyChart("stack", "Stack", "", new ChartAxis("x"), new ChartAxis("y"), new[]
        {
            new ChartSeries("a", SeriesKind.StackedArea, new double[] { 0, 1 }, new double[] { 1, 1 }),
            new ChartSeries("b", SeriesKind.StackedArea, new double[] { 0, 2 }, new double[] { 1, 1 }),
        });
        Assert.Contains("'b' is stacked on x values other than", Assert.Throws<ArgumentException>(() => ChartRenderer.Svg(chart)).Message);
    }

    [Fact]
    public void A_heatmap_whose_values_do_not_match_its_rows_and_columns_is_refused()
    {
        var chart = new HeatmapChart("h", "H", "", "Geo", new[] { "a", "b" }, "Channel", new[] { "x" }, "ROAS",
            new IReadOnlyList<double?>[] { new double?[] { 1 } });
        Assert.Contains(".Values is not 2 rows × 1 columns", Assert.Throws<ArgumentException>(() => ChartRenderer.Svg(chart)).Message);
        var empty = chart with { Rows = new[] { "a" }, Values = new IReadOnlyList<double?>[] { new double?[] { null } } };
        Assert.Contains("all null", Assert.Throws<ArgumentException>(() => ChartRenderer.Svg(empty)).Message);
    }

    [Fact]
    public void A_report_with_duplicate_chart_keys_and_a_ragged_table_is_refused()
    {
        var report = SampleCharts.Report() with
        {
            Charts = new Chart[] { SampleCharts.Markers(), SampleCharts.Markers() },
            Truth = new[] { new ReportTable("t", new[] { "a", "b" }, new IReadOnlyList<string>[] { new[] { "1" } }) },
        };
        var ex = Assert.Throws<ArgumentException>(() => HtmlReport.Render(report));
        Assert.Contains("chart key 'markers' is used 2 times", ex.Message);
        Assert.Contains("Truth[0].Rows[0] has 1 cells; allowed: 2", ex.Message);
    }

    [Fact]
    public void Null_arguments_are_refused()
    {
        Assert.Throws<ArgumentNullException>(() => ChartRenderer.Svg(null!));
        Assert.Throws<ArgumentNullException>(() => HtmlReport.Render(null!));
        Assert.Throws<ArgumentNullException>(() => HtmlReport.Write(SampleCharts.Report(), null!));
    }
}
