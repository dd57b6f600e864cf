using System.Text.Json;
using MmmFixtures.Commerce;

namespace MmmFixtures.Tests.Cli;

/// <summary><c>mmmfixtures commerce …</c>, built from the family's descriptor: print-spec, dry-run, presets, refusals.</summary>
public sealed class CommerceCliTests : TempFolder
{
    [Fact]
    public void Print_spec_prints_the_preset_with_the_seed_and_the_spec_option_reads_it_back()
    {
        var (exit, json, error) = CliRun.Run("commerce", "--preset", "Small", "--seed", "5", "--print-spec");
        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.Equal(CommerceSpecJson.Write(CommercePresets.Small with { Seed = 5 }), json);
        string file = Path.Combine(Folder, "small.json");
        File.WriteAllText(file, json);
        var (again, dry, _) = CliRun.Run("commerce", "--spec", file, "--dry-run");
        Assert.Equal(0, again);
        Assert.Contains("Estimated export of commerce", dry);
        Assert.Contains("demo_tenant_1/orders.csv", dry);
        Assert.Contains("daily_panel.csv", dry);
        Assert.False(Directory.EnumerateDirectories(Folder).Any()); // a dry run writes nothing
    }

    [Fact]
    public void Presets_lists_the_commerce_presets_also_as_json()
    {
        var (exit, output, _) = CliRun.Run("presets");
        Assert.Equal(0, exit);
        Assert.Contains("commerce     Small                1 tenant × 90 days from 2024-01-01: demo_tenant_1 (Fashion)", output);
        (exit, output, _) = CliRun.Run("presets", "--json");
        Assert.Equal(0, exit);
        using var doc = JsonDocument.Parse(output);
        var commerce = doc.RootElement.EnumerateArray().Where(p => p.GetProperty("family").GetString() == "commerce").Select(p => p.GetProperty("name").GetString());
        Assert.Equal(new[] { "Default", "Small", "Large" }, commerce);
    }

    [Fact]
    public void A_bad_spec_is_refused_with_every_problem_and_nothing_written()
    {
        string file = Path.Combine(Folder, "bad.json");
        File.WriteAllText(file, """{ "days": 0, "tenants": [ { "name": "Shop", "weather": { "wetAfterWet": 1 } } ] }""");
        string outFolder = Path.Combine(Folder, "out");
        var (exit, _, error) = CliRun.Run("commerce", "--spec", file, "--out", outFolder);
        Assert.Equal(2, exit);
        Assert.Contains("days = 0: must be in [1, 3660]", error);
        Assert.Contains("tenants[0].weather.wetAfterWet = 1: must be in [0, 1)", error);
        Assert.False(Directory.Exists(outFolder));
    }
}
