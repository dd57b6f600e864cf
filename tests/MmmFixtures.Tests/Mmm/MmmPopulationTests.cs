using MmmFixtures.Mmm;
using MmmFixtures.Validation;

namespace MmmFixtures.Tests.Mmm;

public sealed class MmmPopulationTests : TempFolder
{
    [Fact]
    public void Given_populations_reach_data_csv_as_a_population_column_typed_population()
    {
        var spec = MmmPresets.Get(MmmPreset.Basic) with { Geos = new[] { new GeoSpec("North", 1_500_000), new GeoSpec("South", 250.5) } };
        MmmExporter.Export(MmmGenerator.Generate(spec), Folder);
        string[] lines = File.ReadAllLines(Path.Combine(Folder, "data.csv"));
        Assert.StartsWith("date,geo,population,y,", lines[0]);
        Assert.StartsWith("2022-01-03,North,1500000,", lines[1]);
        Assert.StartsWith("2022-01-03,South,250.5,", lines[2]);
        Assert.Contains("\"name\": \"population\",\n          \"role\": \"population\"", File.ReadAllText(Path.Combine(Folder, "manifest.json")));
    }

    [Fact]
    public void Without_populations_there_is_no_population_column()
    {
        Assert.DoesNotContain(MmmColumns.PopulationColumn, MmmColumns.Data(MmmPresets.Get(MmmPreset.Basic)));
    }

    [Fact]
    public void A_population_given_for_some_geos_but_not_all_is_refused_naming_each_missing_one()
    {
        var spec = MmmPresets.Get(MmmPreset.Basic) with { Geos = new[] { new GeoSpec("a", 10), new GeoSpec("b"), new GeoSpec("c") } };
        var errors = MmmSpecValidator.Validate(spec);
        Assert.Equal(new[] { "geos[1].population", "geos[2].population" }, errors.Select(e => e.Path));
        Assert.Throws<SpecValidationException>(() => MmmGenerator.Generate(spec));
    }

    [Theory]
    [InlineData(MmmPreset.MultiRegion)]
    [InlineData(MmmPreset.GrowingBusiness)]
    [InlineData(MmmPreset.MediumBusiness)]
    [InlineData(MmmPreset.LargeBusiness)]
    public void Multi_geo_presets_give_every_geo_a_population_of_100_people_per_unit_of_its_drawn_base(MmmPreset preset)
    {
        var panel = MmmGenerator.Generate(MmmPresets.Get(preset, 7));
        foreach (var geo in panel.Truth.Geos)
            Assert.Equal(Math.Round(geo.Base * MmmPresets.PeoplePerBaseUnit), geo.Population);
    }

    [Theory]
    [InlineData(MmmPreset.Basic)]
    [InlineData(MmmPreset.Seasonal)]
    [InlineData(MmmPreset.SmallBusiness)]
    public void One_geo_presets_have_no_population(MmmPreset preset) =>
        Assert.All(MmmPresets.Get(preset).Geos, g => Assert.Null(g.Population));
}
