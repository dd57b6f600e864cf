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
        foreach (string column in new[] { "channel", "multiplier", "spend", "contribution", "marginal return", "realised spend", "certificate", "gap" })
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

    [Fact]
    public void ABudgetOfZeroSpendsNothingAndNeverPrintsNaN()
    {
        string folder = Export();
        var (exit, output, error) = CliRun.Run("optimize", "--truth", folder, "--budget", "0");
        Assert.True(exit == 0, error);
        Assert.DoesNotContain("NaN", output);
        Assert.DoesNotContain("∞", output);
        Assert.DoesNotContain("—", output); // every channel spent in the realised data: its slope at 0 is finite
        Assert.Contains("uplift of the optimum over the realised allocation: -100.00% contribution", output);

        var json = CliRun.Run("optimize", "--truth", folder, "--budget", "0", "--json");
        Assert.True(json.Exit == 0, json.Error);
        var root = JsonNode.Parse(json.Out)!;
        Assert.Equal(0, (double)root["budget"]!);
        Assert.Equal(0, (double)root["spent"]!);
        Assert.All(root["channels"]!.AsArray(), c =>
        {
            Assert.Equal(0, (double)c!["spend"]!);
            Assert.True(double.IsFinite((double)c["marginalReturn"]!));
        });
        Assert.Equal(-1, (double)root["uplift"]!);
    }

    [Fact]
    public void TheSummaryComparesTheOptimumWithTheRealisedAllocation()
    {
        string folder = Export();
        var panel = MmmGenerator.Generate(MmmPresets.Get(MmmPreset.Basic, 9));
        var api = BudgetOptimizer.Optimize(panel);
        double realisedContribution = panel.Truth.Channels.Sum(c => c.ContributionAt(1)), realisedSpend = panel.Truth.Channels.Sum(c => c.TotalSpend);
        var (exit, output, error) = CliRun.Run("optimize", "--truth", folder, "--json");
        Assert.True(exit == 0, error);
        var json = JsonNode.Parse(output)!;
        Assert.Equal(realisedSpend, (double)json["realised"]!["spend"]!);
        Assert.Equal(realisedContribution, (double)json["realised"]!["contribution"]!);
        Assert.Equal(realisedContribution - realisedSpend, (double)json["realised"]!["profit"]!, 6);
        Assert.Equal(api.TotalContribution, (double)json["revenue"]!); // revenue per KPI is 1 in Basic
        Assert.Equal((api.TotalContribution - realisedContribution) / realisedContribution, (double)json["uplift"]!, 12);
        Assert.True((double)json["uplift"]! >= 0, "the optimum at the realised budget is at least the realised allocation");

        var text = CliRun.Run("optimize", "--truth", folder);
        Assert.Contains("objective contribution, budget", text.Out);
        Assert.Matches(@"realised +[0-9.]+ +[0-9.]+", text.Out);
        Assert.Matches(@"optimal +[0-9.]+ +[0-9.]+", text.Out);
        Assert.Matches(@"uplift of the optimum over the realised allocation: \+[0-9]+\.[0-9]{2}% contribution", text.Out);
    }

    [Fact]
    public void UnderProfitTheOutputSaysWhatIsSpentAndTheProfit()
    {
        string folder = Export();
        var panel = MmmGenerator.Generate(MmmPresets.Get(MmmPreset.Basic, 9));
        var api = BudgetOptimizer.Optimize(panel, new BudgetOptions { Objective = AllocationObjective.Profit });
        double spent = api.Channels.Sum(c => c.Spend);
        var (exit, output, error) = CliRun.Run("optimize", "--truth", folder, "--objective", "profit");
        Assert.True(exit == 0, error);
        Assert.Contains($"objective profit (revenue − spend), budget {api.Budget.ToString("G10", System.Globalization.CultureInfo.InvariantCulture)} as a cap: the optimum spends {spent.ToString("G10", System.Globalization.CultureInfo.InvariantCulture)}", output);
        Assert.Contains("% profit", output);
        Assert.Contains("(profit); gap", output);
        Assert.DoesNotContain("(revenue)", output);

        var json = JsonNode.Parse(CliRun.Run("optimize", "--truth", folder, "--objective", "profit", "--json").Out)!;
        Assert.Equal(spent, (double)json["spent"]!);
        Assert.Equal(api.Objective, (double)json["profit"]!, 6);
    }

    [Fact]
    public void ChannelNamesIgnoreCaseWhenUnambiguousAndARepeatedOrUnknownChannelIsRefused()
    {
        string folder = Export();
        var lower = CliRun.Run("optimize", "--truth", folder, "--bounds", "tv=lock", "--json");
        Assert.True(lower.Exit == 0, lower.Error);
        Assert.Equal(1, (double)JsonNode.Parse(lower.Out)!["channels"]![0]!["multiplier"]!);

        var (exit, _, error) = CliRun.Run("optimize", "--truth", folder, "--bounds", "Tv=1:2", "--bounds", "TV=0:3", "--bounds", "Cinema=1:2", "--bounds", "Dig=1:2");
        Assert.Equal(2, exit);
        Assert.Contains("--bounds Tv is given more than once", error);
        Assert.Contains("unknown channel 'Cinema'; channels: Tv, Digital, Print", error);
        Assert.Contains("unknown channel 'Dig'; did you mean 'Digital'? channels: Tv, Digital, Print", error);
    }

    [Fact]
    public void NamesDifferingOnlyInCaseAreNotGuessed()
    {
        var names = new[] { "TV", "Tv", "Radio" };
        Assert.Equal("Tv", MmmFixtures.Cli.NameArgument.Match("Tv", names, "channel", "channels", out _));
        Assert.Equal("Radio", MmmFixtures.Cli.NameArgument.Match("RADIO", names, "channel", "channels", out _));
        Assert.Null(MmmFixtures.Cli.NameArgument.Match("tv", names, "channel", "channels", out string? problem));
        Assert.Equal("unknown channel 'tv'; did you mean 'TV' or 'Tv'? channels: TV, Tv, Radio", problem);
    }

    [Fact]
    public void BoundsOnAChannelThatNeverSpendsAreRefusedAndItAbsorbsNoBudget()
    {
        string folder = Path.Combine(Folder, "never");
        Assert.Equal(0, CliRun.Run("mmm", "--preset", "NeverSpends", "--out", folder).Exit);
        var (exit, _, error) = CliRun.Run("optimize", "--truth", folder, "--bounds", "Podcast=0:2");
        Assert.Equal(2, exit);
        Assert.Contains("--bounds Podcast: the channel never spends (realised spend 0)", error);
        Assert.DoesNotContain("NaN", error);

        // Locked spending channels leave only Podcast free, and it cannot spend: the budget is out of reach.
        var locked = CliRun.Run("optimize", "--truth", folder, "--bounds", "Tv=lock", "--bounds", "Digital=lock", "--bounds", "Print=lock", "--budget", "1e9");
        Assert.Equal(2, locked.Exit);
        Assert.Contains("is above the most the channels can spend within the bounds", locked.Error);
        Assert.DoesNotContain("NaN", locked.Error);
    }

    // The help's (and the README's) example, as written, on the preset the README exports to out/medium.
    [Fact]
    public void TheBoundedExampleRunsOnMediumBusiness()
    {
        string folder = Path.Combine(Folder, "medium");
        Assert.Equal(0, CliRun.Run("mmm", "--preset", "MediumBusiness", "--out", folder).Exit);
        var (exit, output, error) = CliRun.Run("optimize", "--truth", folder, "--budget", "9000000", "--bounds", "Tv=0.5:2", "--bounds", "Radio=lock", "--json");
        Assert.True(exit == 0, error);
        var json = JsonNode.Parse(output)!;
        Assert.Equal(9_000_000, (double)json["spent"]!, 6);
        Assert.Equal(1, (double)json["channels"]!.AsArray().Single(c => (string)c!["name"]! == "Radio")!["multiplier"]!);
    }
}
