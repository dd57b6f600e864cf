using System.Diagnostics;
using System.Text.Json;
using MmmFixtures.Families;
using MmmFixtures.Reporting;
using Xunit.Abstractions;

namespace MmmFixtures.Tests.Reporting;

/// <summary>Building and reading family reports in tests: every preset, well-formedness of the whole report, its text, its charts.</summary>
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

    /// <summary>The report's sections are filled and consistent, and every chart is well formed (<see cref="ChartAssert"/>).</summary>
    public static void WellFormed(DatasetReport report)
    {
        Assert.False(string.IsNullOrWhiteSpace(report.Title));
        Assert.NotEmpty(report.Spec);
        Assert.NotEmpty(report.Checks);
        Assert.All(report.Checks, c => Assert.False(string.IsNullOrWhiteSpace(c.Detail), c.Name));
        Assert.All(report.Truth, t => Assert.All(t.Rows, r => Assert.Equal(t.Columns.Count, r.Count)));
        Assert.NotEmpty(report.Charts);
        ChartAssert.WellFormed(report);
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
