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

    [Fact]
    public void A_channel_that_never_spends_gets_never_spends_and_not_small_channel()
    {
        var warnings = MmmPanelValidator.Validate(Panel(MmmPreset.NeverSpends)).Warnings;
        Assert.Equal("Podcast never spends: its ROAS is undefined (null) and its effect cannot be estimated", Assert.Single(warnings).Message);
    }

    [Theory]
    [InlineData(Frequency.Weekly, 51, true)]
    [InlineData(Frequency.Weekly, 52, false)]
    [InlineData(Frequency.Daily, 363, true)]
    [InlineData(Frequency.Daily, 364, false)]
    public void Short_history_means_less_than_52_weeks_whatever_the_frequency(Frequency frequency, int periods, bool fires)
    {
        var spec = new MmmSpecBuilder().Periods(periods).Channel("Tv").Build() with { Frequency = frequency };
        var codes = MmmPanelValidator.Validate(MmmGenerator.Generate(spec)).Warnings.Select(f => f.Code);
        Assert.Equal(fires, codes.Contains("short-history"));
    }

    [Theory]
    [InlineData(Frequency.Weekly, 8, false)]   // lags 0..7: all inside 8 weeks
    [InlineData(Frequency.Weekly, 10, true)]   // lags 8 and 9: about 19% of the weight
    [InlineData(Frequency.Daily, 56, false)]
    [InlineData(Frequency.Daily, 70, true)]    // lags 56..69: about 15%
    public void Long_carryover_counts_the_weight_at_lags_of_8_weeks_or_more(Frequency frequency, int maxLag, bool fires)
    {
        // Geometric α = 0.99: nearly flat weights, so each lag carries about 1/maxLag of the weight.
        var spec = new MmmSpecBuilder().Periods(120).Channel("Tv", c => c.Geometric(0.99, maxLag)).Build() with { Frequency = frequency };
        var codes = MmmPanelValidator.Validate(MmmGenerator.Generate(spec)).Warnings.Select(f => f.Code);
        Assert.Equal(fires, codes.Contains("long-carryover"));
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
