using MmmFixtures.Reporting;

namespace MmmFixtures.Reports.Tests;

/// <summary>One chart of every kind the data model has, with labels a test can look for.</summary>
internal static class SampleCharts
{
    public static XyChart DatedLines() => new("dated-lines", "Spend per channel", "Weekly spend.",
        new ChartAxis("Week", AxisScale.Date), new ChartAxis("Spend (revenue units)"),
        new[]
        {
            new ChartSeries("TV", SeriesKind.Line, new double[] { 19000, 19007, 19014, 19021 }, new double[] { 10, 12, 9, 14 }),
            new ChartSeries("Search", SeriesKind.Line, new double[] { 19000, 19007, 19014, 19021 }, new double[] { 4, 5, 6, 5 }, new double[] { 1, 1, 0.5, 0.5 }),
        });

    public static XyChart Markers() => new("markers", "Response curve", "Realised spend marked.",
        new ChartAxis("Spend"), new ChartAxis("Contribution"),
        new[]
        {
            new ChartSeries("Curve", SeriesKind.Line, new double[] { 0, 1, 2, 3 }, new double[] { 0, 0.8, 1.3, 1.5 }),
            new ChartSeries("Realised spend", SeriesKind.Markers, new double[] { 1.5 }, new double[] { 1.1 }),
            new ChartSeries("Optimum", SeriesKind.Markers, new double[] { 2.2 }, new double[] { 1.35 }, new double[] { 0.1 }),
        });

    public static XyChart GroupedBars() => new("grouped-bars", "ROAS by channel", "Bars with oracle SEs.",
        new ChartAxis("Channel", AxisScale.Category, new[] { "TV", "Search", "Social" }), new ChartAxis("Return on ad spend"),
        new[]
        {
            new ChartSeries("ROAS", SeriesKind.Bars, new double[] { 0, 1, 2 }, new double[] { 1.2, 2.5, 0.8 }, new double[] { 0.1, 0.2, 0.1 }),
            new ChartSeries("Marginal ROAS", SeriesKind.Bars, new double[] { 0, 1, 2 }, new double[] { 0.7, 1.9, 0.5 }),
        });

    public static XyChart StackedAreas() => new("stacked-areas", "Decomposition", "Stacked contributions against y.",
        new ChartAxis("Week", AxisScale.Date), new ChartAxis("Revenue"),
        new[]
        {
            new ChartSeries("Baseline", SeriesKind.StackedArea, new double[] { 19000, 19007, 19014 }, new double[] { 50, 52, 51 }),
            new ChartSeries("TV contribution", SeriesKind.StackedArea, new double[] { 19000, 19007, 19014 }, new double[] { 10, 12, 8 }),
            new ChartSeries("Observed y", SeriesKind.Line, new double[] { 19000, 19007, 19014 }, new double[] { 61, 63, 60 }),
        });

    public static HeatmapChart Heatmap() => new("heatmap", "ROAS by geo and channel", "Blank: no spend.",
        "Geo", new[] { "North", "South", "East" }, "Channel", new[] { "TV", "Search" }, "ROAS",
        new IReadOnlyList<double?>[] { new double?[] { 1.13, 2.07 }, new double?[] { null, 1.71 }, new double?[] { 0.93, 2.44 } });

    public static IReadOnlyList<Chart> All() => new Chart[] { DatedLines(), Markers(), GroupedBars(), StackedAreas(), Heatmap() };

    public static DatasetReport Report() => new("Sample report & <friends>", "A report holding every chart kind.",
        new[] { new ReportFact("Periods", "4 weeks from 2022-01-03"), new ReportFact("Seed", "42") },
        new[]
        {
            new ReportCheck("identity", ReportCheckStatus.Passed, "y equals the sum of components to 1e-9."),
            new ReportCheck("collinear-spend", ReportCheckStatus.Warning, "TV and Search correlate at 0.93."),
            new ReportCheck("grid", ReportCheckStatus.Failed, "A hole in the grid."),
        },
        new[] { new ReportTable("ROAS", new[] { "Channel", "ROAS" }, new IReadOnlyList<string>[] { new[] { "TV", "1.20" }, new[] { "Search", "2.50" } }) },
        All());
}
