using MmmFixtures.Mmm;
using Xunit.Abstractions;
using static MmmFixtures.Tests.Mmm.Pathology.PathologyPanels;

namespace MmmFixtures.Tests.Mmm.Pathology;

/// <summary>Each hard-case warning fires on the pathology preset built for it and on no well-posed preset.</summary>
public sealed class PathologyWarningTests(ITestOutputHelper output)
{
    public static TheoryData<MmmPreset> Pathologies => new(Warning.Keys);
    public static TheoryData<MmmPreset> WellPosedPresets => new(WellPosed);

    [Theory]
    [MemberData(nameof(Pathologies))]
    public void The_warning_built_for_a_pathology_preset_fires_on_it(MmmPreset preset)
    {
        var report = MmmPanelValidator.Validate(Panel(preset));
        foreach (var f in report.Findings) output.WriteLine($"{f.Severity} {f.Code}: {f.Message}");
        Assert.True(report.IsValid);
        Assert.Contains(report.Warnings, f => f.Code == Warning[preset]);
        // One hard case per preset: no other pathology's warning fires on it.
        Assert.DoesNotContain(report.Findings, f => f.Code != Warning[preset] && Warning.Values.Contains(f.Code));
    }

    [Theory]
    [MemberData(nameof(WellPosedPresets))]
    public void No_hard_case_warning_fires_on_a_well_posed_preset(MmmPreset preset)
    {
        var report = MmmPanelValidator.Validate(Panel(preset));
        foreach (var f in report.Findings) output.WriteLine($"{f.Severity} {f.Code}: {f.Message}");
        Assert.DoesNotContain(report.Findings, f => Warning.Values.Contains(f.Code));
    }
}
