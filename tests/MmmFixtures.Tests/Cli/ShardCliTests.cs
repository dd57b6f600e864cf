using MmmFixtures.Tests.Sharding;

namespace MmmFixtures.Tests.Cli;

/// <summary><c>--shard k/n</c> on a family command and <c>mmmfixtures merge</c>.</summary>
public sealed class ShardCliTests : TempFolder
{
    [Fact]
    public void Shards_written_by_the_cli_merge_into_the_whole_export()
    {
        string whole = Path.Combine(Folder, "whole"), merged = Path.Combine(Folder, "merged");
        Assert.Equal(0, CliRun.Run("clickstream", "--preset", "Small", "--seed", "3", "--out", whole, "--quiet").Exit);
        var shards = Enumerable.Range(0, 3).Select(k => Path.Combine(Folder, $"shard-{k}")).ToArray();
        for (int k = 0; k < 3; k++)
            Assert.Equal(0, CliRun.Run("clickstream", "--preset", "Small", "--seed", "3", "--shard", $"{k}/3", "--out", shards[k], "--quiet").Exit);
        var (exit, output, error) = CliRun.Run(new[] { "merge" }.Concat(shards).Concat(new[] { "--out", merged }).ToArray());
        Assert.True(exit == 0, error);
        Assert.Contains("Merged 3 shards into", output);
        ShardAssert.SameFiles(whole, merged);
    }

    [Fact]
    public void An_mmm_shard_run_says_it_is_a_shard_and_counts_its_geos()
    {
        var (exit, output, error) = CliRun.Run("mmm", "--preset", "MultiRegion", "--shard", "0/5", "--out", Path.Combine(Folder, "s"));
        Assert.True(exit == 0, error);
        int geos = MmmFixtures.Mmm.MmmShardExporter.GeosOf(MmmFixtures.Mmm.MmmPresets.Get(MmmFixtures.Mmm.MmmPreset.MultiRegion), new MmmFixtures.Sharding.ShardSelection(0, 5)).Length;
        Assert.Contains($"Wrote shard 0/5: {78 * geos} rows (78 periods × {geos} of 4 geos, 3 channels)", output);
    }

    [Theory]
    [InlineData("3/3")]
    [InlineData("1")]
    [InlineData("0/0")]
    public void A_shard_outside_its_range_is_refused_in_words(string shard)
    {
        var (exit, _, error) = CliRun.Run("clickstream", "--preset", "Small", "--shard", shard, "--out", Path.Combine(Folder, "x"));
        Assert.NotEqual(0, exit);
        Assert.Contains($"--shard must be k/n with 0 <= k < n <= 1000000, e.g. 0/4, got '{shard}'", error);
    }

    [Fact]
    public void Merge_names_an_unknown_option_as_an_option()
    {
        string shard = Path.Combine(Folder, "s0"), merged = Path.Combine(Folder, "merged");
        Assert.Equal(0, CliRun.Run("commerce", "--preset", "Small", "--shard", "0/1", "--out", shard, "--quiet").Exit);
        var (exit, _, error) = CliRun.Run("merge", shard, "--out", merged, "--bogus");
        Assert.Equal(2, exit);
        Assert.Contains("merge takes shard folders and --out only; unknown option: --bogus.", error);
        Assert.DoesNotContain("is not an export folder", error);
        Assert.False(Directory.Exists(merged));
    }

    [Fact]
    public void Merge_names_the_missing_shard_and_writes_nothing()
    {
        string shard = Path.Combine(Folder, "shard-0"), merged = Path.Combine(Folder, "merged");
        Assert.Equal(0, CliRun.Run("commerce", "--preset", "Small", "--shard", "0/2", "--out", shard, "--quiet").Exit);
        var (exit, _, error) = CliRun.Run("merge", shard, "--out", merged);
        Assert.NotEqual(0, exit);
        Assert.Contains("shard 1/2 is missing", error);
        Assert.False(Directory.Exists(merged));
    }
}
