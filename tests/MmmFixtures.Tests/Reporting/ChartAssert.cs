using MmmFixtures.Reporting;

namespace MmmFixtures.Tests.Reporting;

/// <summary>What every chart of every family's report must be: titled, with labelled axes, non-empty series of consistent lengths and finite values.</summary>
internal static class ChartAssert
{
    public static void WellFormed(DatasetReport report)
    {
        Assert.Equal(report.Charts.Count, report.Charts.Select(c => c.Key).Distinct().Count());
        foreach (var chart in report.Charts) WellFormed(chart);
    }

    public static void WellFormed(Chart chart)
    {
        Assert.Matches("^[a-z0-9-]+$", chart.Key);
        Assert.False(string.IsNullOrWhiteSpace(chart.Title), chart.Key);
        switch (chart)
        {
            case XyChart xy:
                Axis(xy.X, xy.Key);
                Axis(xy.Y, xy.Key);
                Assert.NotEmpty(xy.Series);
                foreach (var s in xy.Series)
                {
                    string where = $"{xy.Key}/{s.Name}";
                    Assert.False(string.IsNullOrWhiteSpace(s.Name), where);
                    Assert.NotEmpty(s.X);
                    Assert.Equal(s.X.Count, s.Y.Count);
                    if (s.Error is not null) Assert.Equal(s.X.Count, s.Error.Count);
                    Assert.All(s.X.Concat(s.Y).Concat(s.Error ?? Array.Empty<double>()), v => Assert.True(double.IsFinite(v), where));
                    if (xy.X.Scale == AxisScale.Category)
                        Assert.All(s.X, v => Assert.True(v == Math.Floor(v) && v >= 0 && v < xy.X.Categories!.Count, where));
                }
                // Stacked areas stack point by point: they share one x.
                var stacked = xy.Series.Where(s => s.Kind == SeriesKind.StackedArea).ToArray();
                Assert.All(stacked, s => Assert.Equal(stacked[0].X, s.X));
                break;
            case HeatmapChart map:
                Assert.All(new[] { map.RowLabel, map.ColumnLabel, map.ValueLabel }, label => Assert.False(string.IsNullOrWhiteSpace(label), map.Key));
                Assert.NotEmpty(map.Rows);
                Assert.NotEmpty(map.Columns);
                Assert.Equal(map.Rows.Count, map.Values.Count);
                Assert.All(map.Values, row => Assert.Equal(map.Columns.Count, row.Count));
                Assert.All(map.Values.SelectMany(row => row), v => Assert.True(v is null || double.IsFinite(v.Value), map.Key));
                break;
            default:
                Assert.Fail($"{chart.Key}: unknown chart type {chart.GetType().Name}");
                break;
        }
    }

    private static void Axis(ChartAxis axis, string key)
    {
        Assert.False(string.IsNullOrWhiteSpace(axis.Label), key);
        if (axis.Scale == AxisScale.Category) Assert.NotEmpty(axis.Categories!);
    }
}
