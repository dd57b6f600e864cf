using MmmFixtures.Families;
using MmmFixtures.Mmm;

namespace MmmFixtures.Tests.Families;

/// <summary>A preset's summary is made when first read, once; listing presets by name makes none.</summary>
public sealed class DatasetPresetTests
{
    [Fact]
    public void A_lazy_summary_is_made_on_first_use_and_only_once()
    {
        int made = 0;
        var preset = new DatasetPreset<string>("Tiny", () => $"made {++made}", seed => $"spec {seed}");
        Assert.Equal("Tiny", preset.Name);
        Assert.Equal("spec 7", preset.Create(7));
        Assert.Equal(0, made);
        Assert.Equal("made 1", preset.Summary);
        Assert.Equal("made 1", preset.Summary);
        Assert.Equal(1, made);
    }

    [Fact]
    public void A_given_summary_is_returned_as_given()
    {
        Assert.Equal("10 rows", new DatasetPreset<string>("Ten", "10 rows", _ => "").Summary);
    }

    [Fact]
    public void Missing_arguments_are_refused()
    {
        Assert.Throws<ArgumentNullException>(() => new DatasetPreset<string>("Ten", (string)null!, _ => ""));
        Assert.Throws<ArgumentNullException>(() => new DatasetPreset<string>("Ten", (Func<string>)null!, _ => ""));
        Assert.Throws<ArgumentNullException>(() => new DatasetPreset<string>(null!, () => "", _ => ""));
        Assert.Throws<ArgumentNullException>(() => new DatasetPreset<string>("Ten", () => "", null!));
    }

    [Fact]
    public void The_built_in_summaries_describe_the_presets_specs()
    {
        var basic = MmmFamily.Instance.Presets.Single(p => p.Name == "Basic");
        Assert.Equal("52 weeks × 1 geo, 3 channels (Tv, Digital, Print), no controls", basic.Summary);
        Assert.Equal(MmmSpecJson.Write(MmmPresets.Get(MmmPreset.Basic, 5)), MmmSpecJson.Write(basic.Create(5)));
    }
}
