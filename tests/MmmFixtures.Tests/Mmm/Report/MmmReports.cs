using System.Collections.Concurrent;
using MmmFixtures.Mmm;
using MmmFixtures.Reporting;

namespace MmmFixtures.Tests.Mmm.Report;

/// <summary>Each preset's panel and report, built once for all report tests (generation is deterministic, so sharing them changes nothing).</summary>
internal static class MmmReports
{
    private static readonly ConcurrentDictionary<MmmPreset, Lazy<(MmmPanel, DatasetReport)>> Built = new();

    public static TheoryData<MmmPreset> Presets => new(Enum.GetValues<MmmPreset>());

    public static MmmPanel Panel(MmmPreset preset) => Get(preset).Item1;

    public static DatasetReport Of(MmmPreset preset) => Get(preset).Item2;

    public static DatasetReport Of(MmmSpec spec, string? focus = null) => MmmFamily.Instance.Report(spec, new ReportOptions(focus));

    public static XyChart Xy(DatasetReport report, string key) => Assert.IsType<XyChart>(report.Charts.Single(c => c.Key == key));

    private static (MmmPanel, DatasetReport) Get(MmmPreset preset) => Built.GetOrAdd(preset, p => new Lazy<(MmmPanel, DatasetReport)>(() =>
    {
        var spec = MmmPresets.Get(p);
        return (MmmGenerator.Generate(spec), Of(spec));
    })).Value;
}
