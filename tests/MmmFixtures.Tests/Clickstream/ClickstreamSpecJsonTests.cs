using MmmFixtures.Clickstream;
using MmmFixtures.Validation;

namespace MmmFixtures.Tests.Clickstream;

public class ClickstreamSpecJsonTests
{
    [Theory]
    [InlineData(ClickstreamPreset.Small)]
    [InlineData(ClickstreamPreset.Large)]
    public void Presets_round_trip_through_json(ClickstreamPreset preset)
    {
        var spec = ClickstreamPresets.Get(preset, 11) with { Defects = new DefectSpec { BotUserShare = 0.01 } };
        string json = ClickstreamSpecJson.Write(spec);
        var read = ClickstreamSpecJson.Read(json);
        Assert.Equal(json, ClickstreamSpecJson.Write(read));
        if (preset == ClickstreamPreset.Small)
            Assert.Equal(ClickstreamGenerator.Generate(spec).Events, ClickstreamGenerator.Generate(read).Events);
    }

    [Fact]
    public void Unknown_properties_and_wrong_types_are_reported_with_paths()
    {
        var ex = Assert.Throws<SpecValidationException>(() => ClickstreamSpecJson.Read("""
            { "users": "many", "personas": [ { "name": "Buyer", "shar": 1 } ], "activity": { "hourOfDay": [1, "x"] } }
            """));
        Assert.Contains("users = \"many\": must be an integer", ex.Message);
        Assert.Contains("personas[0].shar: is not a known property", ex.Message);
        Assert.Contains("activity.hourOfDay = […]: must be an array of numbers", ex.Message);
    }
}
