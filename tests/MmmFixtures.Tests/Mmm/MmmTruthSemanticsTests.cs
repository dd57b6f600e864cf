using System.Text.Json;
using System.Text.RegularExpressions;
using MmmFixtures.Mmm;

namespace MmmFixtures.Tests.Mmm;

/// <summary>What the truth means where a quantity has no value: shares without media, effects of rows without an event.</summary>
public sealed class MmmTruthSemanticsTests : TempFolder
{
    // A number token that reads as negative zero: -0, -0.0, -0.000 (not -0.5, not 10-0).
    private static readonly Regex NegativeZero = new(@"(?<![\w.])-0(\.0+)?(?![\d.eE])");

    [Theory]
    [InlineData(MmmPreset.MultiRegion)]
    [InlineData(MmmPreset.GrowingBusiness)]
    public void Geo_shares_of_media_sum_to_one_on_every_geo_with_media(MmmPreset preset)
    {
        var truth = MmmGenerator.Generate(MmmPresets.Get(preset)).Truth;
        foreach (var geo in truth.Geos)
        {
            Assert.All(truth.Channels, c => Assert.NotNull(c.ShareOfMediaByGeo[geo.Name]));
            Assert.Equal(1.0, truth.Channels.Sum(c => c.ShareOfMediaByGeo[geo.Name]!.Value), 1e-12);
        }
    }

    [Fact]
    public void A_geo_without_media_contribution_has_null_shares_in_the_api_and_in_truth_json()
    {
        var spec = MmmPresets.Get(MmmPreset.MultiRegion);
        spec = spec with { Channels = spec.Channels.Select(c => c with { Beta = 0 }).ToArray() };
        var panel = MmmGenerator.Generate(spec);
        Assert.All(panel.Truth.Channels, c => Assert.All(c.ShareOfMediaByGeo.Values, Assert.Null));

        MmmExporter.Export(panel, Folder);
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Folder, "truth.json")));
        var byGeo = json.RootElement.GetProperty("channels").EnumerateArray().SelectMany(c => c.GetProperty("byGeo").EnumerateArray()).ToArray();
        Assert.Equal(spec.Channels.Count * spec.Geos.Count, byGeo.Length);
        Assert.All(byGeo, g => Assert.Equal(JsonValueKind.Null, g.GetProperty("shareOfMedia").ValueKind));
    }

    [Fact]
    public void Rows_without_a_negative_event_or_control_have_an_effect_of_plus_zero()
    {
        var spec = MmmPresets.Get(MmmPreset.Basic);
        spec = spec with
        {
            Events = new[] { new EventSpec { Name = "Outage", Effect = -500, Dates = new[] { spec.StartDate.AddDays(14) } } },
            Controls = new[] { new ControlSpec { Name = "Strike", Effect = -200, Value = new() { Level = 0, Volatility = 0 } } },
        };
        var truth = MmmGenerator.Generate(spec).Truth;
        foreach (var effect in truth.Events.Concat(truth.Controls))
            foreach (double v in effect.Effect.ToArray())
                Assert.False(v == 0 && double.IsNegative(v), $"{effect.Name} has a -0 effect");
        Assert.Contains(truth.Events[0].Effect.ToArray(), v => v < 0);

        MmmExporter.Export(MmmGenerator.Generate(spec), Folder);
        AssertNoNegativeZero(Folder);
    }

    public static TheoryData<MmmPreset> Presets() => new(Enum.GetValues<MmmPreset>());

    [Theory]
    [MemberData(nameof(Presets))]
    public void No_truth_file_of_a_preset_writes_negative_zero(MmmPreset preset)
    {
        MmmExporter.Export(MmmGenerator.Generate(MmmPresets.Get(preset)), Folder);
        AssertNoNegativeZero(Folder);
    }

    private static void AssertNoNegativeZero(string folder)
    {
        foreach (string file in new[] { "truth_components.csv", "truth.json" })
        {
            string text = File.ReadAllText(Path.Combine(folder, file));
            var match = NegativeZero.Match(text);
            Assert.False(match.Success, $"{file} writes {match.Value} at {match.Index}");
        }
    }
}
