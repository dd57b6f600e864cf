using System.Text.Json;
using System.Text.Json.Nodes;
using MmmFixtures.Decisions;
using MmmFixtures.Mmm;
using MmmFixtures.Mmm.Decisions;

namespace MmmFixtures.Tests.Cli;

/// <summary><c>mmmfixtures optimize</c>: it reads an export back, prints the certified optimum, and names every bad option.</summary>
public sealed class OptimizeCliTests : TempFolder
{
    private string Export()
    {
        string folder = Path.Combine(Folder, "basic");
        var (exit, _, error) = CliRun.Run("mmm", "--preset", "basic", "--seed", "9", "--out", folder);
        Assert.True(exit == 0, error);
        return folder;
    }

    [Fact]
    public void TheTablePrintsEveryChannelAndTheCertificate()
    {
        var (exit, output, error) = CliRun.Run("optimize", "--truth", Export());
        Assert.True(exit == 0, error);
        foreach (string column in new[] { "channel", "multiplier", "spend", "contribution", "marginal ROAS", "realised spend", "certificate", "gap" })
            Assert.Contains(column, output);
        foreach (string channel in new[] { "Tv", "Digital", "Print" }) Assert.Contains(channel, output);
    }

    [Fact]
    public void JsonEqualsTheApiAndHonoursALock()
    {
        var (exit, output, error) = CliRun.Run("optimize", "--truth", Export(), "--bounds", "Tv=lock", "--bounds", "Print=:0.5", "--json");
        Assert.True(exit == 0, error);
        var json = JsonNode.Parse(output)!;
        var panel = MmmGenerator.Generate(MmmPresets.Get(MmmPreset.Basic, 9));
        var api = BudgetOptimizer.Optimize(panel, new BudgetOptions
        {
            Bounds = new Dictionary<string, MultiplierBounds> { ["Tv"] = new(1, 1), ["Print"] = new(0, 0.5) },
        });
        Assert.Equal(api.Budget, (double)json["budget"]!);
        Assert.Equal(panel.Truth.Channels.Sum(c => c.TotalSpend), api.Budget);
        var channels = json["channels"]!.AsArray();
        Assert.Equal(1, (double)channels[0]!["multiplier"]!);
        Assert.True((double)channels[2]!["multiplier"]! <= 0.5);
        for (int i = 0; i < api.Channels.Count; i++)
        {
            Assert.Equal(api.Channels[i].Spend, (double)channels[i]!["spend"]!);
            Assert.Equal(panel.Truth.Channels[i].TotalSpend, (double)channels[i]!["realisedSpend"]!);
        }
        Assert.Equal(api.UpperBound, (double)json["upperBound"]!);
        Assert.InRange((double)json["certificateGap"]!, 0, SeparableAllocator.TargetGap);
    }

    [Fact]
    public void PerGeoPrintsEveryChannelInEveryGeo()
    {
        string folder = Path.Combine(Folder, "regions");
        Assert.Equal(0, CliRun.Run("mmm", "--preset", "multiregion", "--out", folder).Exit);
        var (exit, output, error) = CliRun.Run("optimize", "--truth", folder, "--per-geo", "--objective", "profit", "--json");
        Assert.True(exit == 0, error);
        var json = JsonNode.Parse(output)!;
        Assert.Equal("perGeo", (string)json["scope"]!);
        Assert.Equal("profit", (string)json["objective"]!);
        Assert.Equal(3 * 4, json["byGeo"]!.AsArray().Count);
    }

    [Fact]
    public void EveryBadOptionIsNamedInOneMessage()
    {
        var (exit, _, error) = CliRun.Run("optimize", "--truth", Export(), "--bounds", "Nope=1:2", "--bounds", "Tv=2:1", "--bounds", "Print", "--budget", "abc");
        Assert.Equal(2, exit);
        Assert.Contains("Nope", error);
        Assert.Contains("Tv: min 2 is above max 1", error);
        Assert.Contains("'Print' must read CHANNEL=MIN:MAX", error);
        Assert.Contains("--budget must be a number ≥ 0, got 'abc'", error);
    }

    [Fact]
    public void ABudgetBelowTheMinimumsOrNegativeIsRefused()
    {
        string folder = Export();
        var (exit, _, error) = CliRun.Run("optimize", "--truth", folder, "--bounds", "Tv=5:6", "--budget", "10");
        Assert.Equal(2, exit);
        Assert.Contains("below the spend the bounds' minimums require", error);
        var negative = CliRun.Run("optimize", "--truth", folder, "--budget=-5");
        Assert.Equal(2, negative.Exit);
        Assert.Contains("--budget", negative.Error);
    }

    [Fact]
    public void AFolderOfAnotherFamilyOrWithoutManifestIsAUserError()
    {
        string folder = Export();
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "manifest.json")))!;
        manifest["family"] = "clickstream";
        manifest["spec"] = new JsonObject();
        string other = Path.Combine(Folder, "clicks");
        Directory.CreateDirectory(other);
        File.WriteAllText(Path.Combine(other, "manifest.json"), manifest.ToJsonString());
        var (exit, _, error) = CliRun.Run("optimize", "--truth", other);
        Assert.Equal(2, exit);
        Assert.Contains("'clickstream'", error);

        var empty = CliRun.Run("optimize", "--truth", Path.Combine(Folder, "nothing"));
        Assert.Equal(2, empty.Exit);
        Assert.Contains("manifest.json", empty.Error);
    }
}
