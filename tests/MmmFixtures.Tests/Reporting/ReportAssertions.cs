using System.Diagnostics;
using System.Text.Json;
using MmmFixtures.Families;
using MmmFixtures.Reporting;
using Xunit.Abstractions;

namespace MmmFixtures.Tests.Reporting;

/// <summary>What every family report must keep: labelled axes, series as long as their x values, finite values, unique keys.</summary>
internal static class ReportAssertions
{
    /// <summary>The family's preset names, for a theory over every preset.</summary>
    public static TheoryData<string> PresetNames(IDatasetFamily family) => new(family.Presets.Select(p => p.Name));

    /// <summary>Builds a preset's report (seed 42), logs how long it took, and asserts it is well formed and passes every check.</summary>
    public static (TSpec Spec, DatasetReport Report) OfPreset<TSpec>(DatasetFamily<TSpec> family, string preset, ITestOutputHelper output) where TSpec : class
    {
        var spec = family.Presets.Single(p => p.Name == preset).Create(42);
        var clock = Stopwatch.StartNew();
        var report = family.Report(spec, new ReportOptions());
        output.WriteLine($"{family.Name} {preset}: report built in {clock.Elapsed.TotalSeconds:F2} s");
        WellFormed(report);
        Assert.All(report.Checks, c => Assert.True(c.Status == ReportCheckStatus.Passed, $"{c.Name}: {c.Detail}"));
        return (spec, report);
    }

    public static void WellFormed(DatasetReport report)
    {
        Assert.False(string.IsNullOrWhiteSpace(report.Title));
        Assert.NotEmpty(report.Spec);
        Assert.NotEmpty(report.Checks);
        Assert.All(report.Checks, c => Assert.False(string.IsNullOrWhiteSpace(c.Detail), c.Name));
        Assert.All(report.Truth, t => Assert.All(t.Rows, r => Assert.Equal(t.Columns.Count, r.Count)));
        Assert.NotEmpty(report.Charts);
        Assert.Equal(report.Charts.Count, report.Charts.Select(c => c.Key).Distinct().Count());
        foreach (var chart in report.Charts)
        {
            Assert.Matches("^[a-z0-9-]+$", chart.Key);
            Assert.False(string.IsNullOrWhiteSpace(chart.Title), chart.Key);
            switch (chart)
            {
                case XyChart xy:
                    Axis(xy.X, chart.Key);
                    Axis(xy.Y, chart.Key);
                    Assert.NotEmpty(xy.Series);
                    foreach (var s in xy.Series)
                    {
                        Assert.False(string.IsNullOrWhiteSpace(s.Name), chart.Key);
                        Assert.Equal(s.X.Count, s.Y.Count);
                        Assert.NotEmpty(s.X);
                        if (s.Error is not null) Assert.Equal(s.X.Count, s.Error.Count);
                        Assert.All(s.X.Concat(s.Y).Concat(s.Error ?? []), v => Assert.True(double.IsFinite(v), $"{chart.Key}/{s.Name}: {v}"));
                        if (xy.X.Scale == AxisScale.Category)
                            Assert.All(s.X, x => Assert.InRange(x, 0, xy.X.Categories!.Count - 1));
                    }
                    break;
                case HeatmapChart heat:
                    Assert.False(string.IsNullOrWhiteSpace(heat.RowLabel + heat.ColumnLabel + heat.ValueLabel));
                    Assert.All(new[] { heat.RowLabel, heat.ColumnLabel, heat.ValueLabel }, l => Assert.False(string.IsNullOrWhiteSpace(l), chart.Key));
                    Assert.Equal(heat.Rows.Count, heat.Values.Count);
                    Assert.All(heat.Values, row => Assert.Equal(heat.Columns.Count, row.Count));
                    Assert.All(heat.Values.SelectMany(r => r), v => Assert.True(v is null || double.IsFinite(v.Value), chart.Key));
                    break;
                default:
                    Assert.Fail($"unknown chart type {chart.GetType().Name}");
                    break;
            }
        }
    }

    private static void Axis(ChartAxis axis, string key)
    {
        Assert.False(string.IsNullOrWhiteSpace(axis.Label), key);
        if (axis.Scale == AxisScale.Category) Assert.NotEmpty(axis.Categories!);
    }

    /// <summary>The report as JSON text, charts by their runtime type: equal text, equal reports.</summary>
    public static string Text(DatasetReport report) => JsonSerializer.Serialize(new object[]
    {
        report.Title, report.Description, report.Spec, report.Checks, report.Truth, report.Charts.Cast<object>().ToArray(),
    });

    public static T Chart<T>(DatasetReport report, string key) where T : Chart => Assert.IsType<T>(report.Charts.Single(c => c.Key == key));

    /// <summary>The values of one bar series, by category name.</summary>
    public static IReadOnlyDictionary<string, double> Bars(XyChart chart, string series)
    {
        var s = chart.Series.Single(x => x.Name == series);
        return s.X.Select((x, i) => (Category: chart.X.Categories![(int)x], Value: s.Y[i])).ToDictionary(p => p.Category, p => p.Value);
    }
}
