using MmmFixtures.Mmm;
using MmmFixtures.Validation;

namespace MmmFixtures.Tests.Mmm;

public class MmmSpecJsonTests
{
    public static TheoryData<MmmPreset> Presets => new(Enum.GetValues<MmmPreset>());

    [Theory]
    [MemberData(nameof(Presets))]
    public void Presets_round_trip_through_json_to_the_same_data(MmmPreset preset)
    {
        var spec = MmmPresets.Get(preset, 3);
        string json = MmmSpecJson.Write(spec);
        var read = MmmSpecJson.Read(json);
        Assert.Equal(json, MmmSpecJson.Write(read));
        if (preset != MmmPreset.LargeBusiness)
            Assert.Equal(MmmGenerator.Generate(spec).Y.ToArray(), MmmGenerator.Generate(read).Y.ToArray());
    }

    [Fact]
    public void Minimal_json_takes_defaults_and_geos_can_be_a_count_or_names()
    {
        var spec = MmmSpecJson.Read("""{ "seed": 5, "periods": 10, "geos": 3, "channels": [ { "name": "Tv" } ] }""");
        Assert.Equal(5UL, spec.Seed);
        Assert.Equal(new[] { "geo_1", "geo_2", "geo_3" }, spec.Geos.Select(g => g.Name));
        Assert.Equal(AdstockKind.Geometric, spec.Channels[0].Adstock.Kind);
        var named = MmmSpecJson.Read("""{ "geos": ["North", { "name": "South", "population": 1200 }] }""");
        Assert.Equal(1200, named.Geos[1].Population);
    }

    [Fact]
    public void Unknown_properties_and_wrong_types_are_all_reported_with_paths()
    {
        var ex = Assert.Throws<SpecValidationException>(() => MmmSpecJson.Read("""
            {
              "periods": "many",
              "frequency": "Monthly",
              "channels": [ { "name": "Tv", "adstock": { "kind": "Geometric", "alpah": 0.5 } } ],
              "colour": "blue"
            }
            """));
        Assert.Contains("periods = \"many\": must be an integer", ex.Message);
        Assert.Contains("frequency = \"Monthly\": must be one of Weekly, Daily", ex.Message);
        Assert.Contains("channels[0].adstock.alpah: is not a known property", ex.Message);
        Assert.Contains("colour: is not a known property", ex.Message);
        Assert.Equal(4, ex.Errors.Count);
    }

    [Fact]
    public void Malformed_json_reports_line_and_column()
    {
        var ex = Assert.Throws<SpecValidationException>(() => MmmSpecJson.Read("{\n  \"periods\": 10,\n  \"geos\": [1, \n}"));
        Assert.Contains("is not valid JSON at line 4, column 1", ex.Message);
    }

    [Fact]
    public void Custom_patterns_have_no_json_form()
    {
        var spec = new MmmSpecBuilder().Channel("Tv", c => c.Custom((g, t, d, r) => 1)).Build();
        Assert.Throws<ArgumentException>(() => MmmSpecJson.Write(spec));
    }
}
