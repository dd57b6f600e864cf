using MmmFixtures.Mmm;

namespace MmmFixtures.Generators.Tests;

[MmmDataset(Preset = MmmPreset.NeverSpends)]
public partial class NeverSpendsPanel;

[MmmDataset(Preset = MmmPreset.SeasonalConfounding, Seed = 9)]
public partial class ConfoundedPanel;

/// <summary>A pathology preset declared by attribute gets its typed surface and its label, as the runtime gives them.</summary>
public class PathologyFixtureTests
{
    [Fact]
    public void A_pathology_preset_fixture_has_typed_channels_and_the_label_in_its_truth()
    {
        var fixture = NeverSpendsPanel.Instance;
        Assert.Null(fixture.Truth.Podcast.Roas);
        Assert.All(fixture.Rows, r => Assert.Equal(0.0, r.Podcast));
        Assert.Equal(MmmPresets.Get(MmmPreset.NeverSpends).Pathology, fixture.Truth.All.Pathology);
        Assert.Equal("NeverSpends", fixture.Truth.All.Pathology!.Name);
    }

    [Fact]
    public void A_seed_dependent_pathology_preset_fixture_equals_the_runtime_preset_at_that_seed()
    {
        Assert.Equal(MmmSpecJson.Write(MmmPresets.Get(MmmPreset.SeasonalConfounding, 9)), MmmSpecJson.Write(ConfoundedPanel.CreateSpec()));
        Assert.Equal(MmmGenerator.Generate(MmmPresets.Get(MmmPreset.SeasonalConfounding, 9)).Y.ToArray(), ConfoundedPanel.Instance.Rows.Select(r => r.Y));
    }
}
