using MmmFixtures.Media;
using MmmFixtures.Mmm;
using MmmFixtures.Series;

namespace MmmFixtures.Generators.Tests;

[MmmDataset(Seed = 42, Periods = 104, Geos = 3, HierarchyBeta = 0.2, HierarchyBaseline = 0.3)]
[Channel("Tv", Pattern = SpendPattern.Seasonal, BaseSpend = 5_000, PeakDayOfYear = 330, MediaUnit = MediaUnit.Cpm, UnitCost = 12,
         Adstock = AdstockKind.Geometric, AdstockAlpha = 0.6, Saturation = SaturationKind.Hill, HalfSaturation = 0.5, Beta = 2_000)]
[Channel("Search", Pattern = SpendPattern.LinearTrend, BaseSpend = 3_000, SpendTrend = 0.005, Saturation = SaturationKind.MichaelisMenten)]
[Control("Price", BaseValue = 10, Effect = -150)]
[Event("BlackFriday", Dates = new[] { "2022-11-21" }, Effect = 3_000)]
public partial class RetailPanel;

[MmmDataset(Preset = MmmPreset.MediumBusiness, Seed = 7)]
public partial class MediumPanel;

[MmmDataset(Periods = 12)]
[Channel("Radio")]
public partial class DefaultSeedPanel;

/// <summary>A generated fixture returns exactly what the runtime API returns for the same spec.</summary>
public class GeneratedFixtureTests
{
    private static MmmSpec RetailSpecByHand() => new MmmSpecBuilder().Seed(42).Periods(104).Geos(3)
        .Hierarchy(beta: 0.2, alpha: 0, halfSaturation: 0, baseline: 0.3)
        .Channel("Tv", c => c.BaseSpend(5_000).Seasonal(new PatternSpec().SeasonalAmplitude, 330).Impressions(12).Geometric(0.6).Hill(0.5, new SaturationSpec().Slope).Beta(2_000))
        .Channel("Search", c => c.BaseSpend(3_000).LinearTrend(0.005).MichaelisMenten(new SaturationSpec().HalfSaturation))
        .Control("Price", 10, -150)
        .Event("BlackFriday", 3_000, new DateTime(2022, 11, 21))
        .Build();

    [Fact]
    public void Attribute_fixture_equals_the_runtime_api()
    {
        var fixture = RetailPanel.Instance;
        var panel = MmmGenerator.Generate(RetailSpecByHand());
        Assert.Equal(MmmSpecJson.Write(RetailSpecByHand()), MmmSpecJson.Write(RetailPanel.CreateSpec()));
        Assert.Equal(panel.RowCount, fixture.Rows.Count);
        for (int r = 0; r < panel.RowCount; r++)
        {
            var row = fixture.Rows[r];
            Assert.Equal(panel.Y[r], row.Y);
            Assert.Equal(panel.Spend(0)[r], row.Tv);
            Assert.Equal(panel.Spend(1)[r], row.Search);
            Assert.Equal(panel.ControlValue(0)[r], row.Price);
            Assert.Equal(panel.EventIndicator(0)[r], row.BlackFriday);
            Assert.Equal(panel.Dates[r / 3], row.Date);
            Assert.Equal(panel.GeoNames[r % 3], row.Geo);
        }
        Assert.Equal(panel.Truth.Channels[0].Roas, fixture.Truth.Tv.Roas);
        Assert.Equal(panel.Truth.Channels[0].RoasByGeo["geo_2"], fixture.Truth.Tv.RoasByGeo["geo_2"]);
        Assert.Equal(panel.Truth.Channels[1].Contribution.ToArray(), fixture.Truth.Search.Contribution.ToArray());
        Assert.Equal(-150, fixture.Truth.Price.Coefficient);
        Assert.Equal(3_000, fixture.Truth.BlackFriday.Coefficient);
    }

    [Fact]
    public void Preset_fixture_has_the_presets_typed_surface()
    {
        var fixture = MediumPanel.Instance;
        var panel = MmmGenerator.Generate(MmmPresets.Get(MmmPreset.MediumBusiness, 7));
        Assert.Equal(panel.Y.ToArray(), fixture.Panel.Y.ToArray());
        Assert.Equal(panel.Truth.Channel("Video2").TotalContribution, fixture.Truth.Video2.TotalContribution);
        Assert.Equal(panel.Spend(7)[100], fixture.Rows[100].Affiliate);
        Assert.Equal(panel.ControlValue(3)[5], fixture.Rows[5].Distribution);
    }

    [Fact]
    public void The_shared_instance_is_created_once_across_threads()
    {
        var seen = new System.Collections.Concurrent.ConcurrentBag<RetailPanel>();
        Parallel.For(0, 8, _ => seen.Add(RetailPanel.Instance));
        Assert.Single(seen.Distinct());
    }

    [Fact]
    public void Fixtures_without_a_seed_take_the_msbuild_default()
    {
        Assert.Equal(1234UL, DefaultSeedPanel.CreateSpec().Seed); // MmmFixturesDefaultSeed in the project file
        Assert.Equal(12 * 1, DefaultSeedPanel.Instance.Rows.Count);
    }

    [Fact]
    public void Every_preset_in_the_generator_catalog_matches_the_runtime()
    {
        foreach (MmmPreset preset in Enum.GetValues<MmmPreset>())
        {
            var spec = MmmPresets.Get(preset);
            var (channels, controls) = PresetCatalog.Presets[preset.ToString()];
            Assert.Equal(spec.Channels.Select(c => c.Name), channels);
            Assert.Equal(spec.Controls.Select(c => c.Name), controls);
        }
        Assert.Equal(Enum.GetNames<MmmPreset>().Length, PresetCatalog.Presets.Count);
    }

    [Fact]
    public void WriteCsv_exports_the_fixture()
    {
        string folder = Directory.CreateTempSubdirectory("mmmf-gen-").FullName;
        try
        {
            var result = RetailPanel.Instance.WriteCsv(folder);
            Assert.Equal(4, result.Files.Count);
            Assert.True(File.Exists(Path.Combine(folder, "truth.json")));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
