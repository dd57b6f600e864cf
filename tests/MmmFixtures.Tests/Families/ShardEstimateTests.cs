using System.Text.Json;
using MmmFixtures.Export;
using MmmFixtures.Families;
using MmmFixtures.Sharding;
using Xunit.Abstractions;

namespace MmmFixtures.Tests.Families;

/// <summary>
/// A shard's estimate: the files every shard writes whole plus 1/n of the files split by entity, with each family's
/// marks agreeing with what its shards really write.
/// </summary>
public sealed class ShardEstimateTests : TempFolder
{
    private readonly ITestOutputHelper _log;

    public ShardEstimateTests(ITestOutputHelper log) => _log = log;

    [Fact]
    public void A_shard_writes_the_global_files_whole_and_its_share_of_the_entity_files()
    {
        var estimate = new OutputEstimate(new[]
        {
            new FileEstimate("items.csv", 10, 900), new FileEstimate("events.csv", 100, 3_000).ByEntity(), new FileEstimate("users.csv", 10, 301).ByEntity(),
        });
        Assert.Equal(900 + 1_000 + 100, estimate.ShardBytes(3));
        Assert.Equal(estimate.TotalBytes, estimate.ShardBytes(1));
        Assert.Throws<ArgumentOutOfRangeException>(() => estimate.ShardBytes(0));
    }

    [Fact]
    public void A_shards_estimate_saturates_instead_of_overflowing()
    {
        var estimate = new OutputEstimate(new[] { new FileEstimate("a.csv", null, long.MaxValue), new FileEstimate("b.csv", null, long.MaxValue).ByEntity() });
        Assert.Equal(long.MaxValue, estimate.ShardBytes(2));
    }

    public static TheoryData<string, string> Families => new()
    {
        { "mmm", "MediumBusiness" },
        { "clickstream", "Small" },
        { "commerce", "Small" },
    };

    [Theory]
    [MemberData(nameof(Families))]
    public void Every_file_a_shard_splits_by_entity_is_marked_so_and_every_file_it_writes_whole_is_not(string familyName, string presetName)
    {
        var family = DatasetFamilies.Find(familyName)!;
        object spec = family.FindPreset(presetName)!.Create(DatasetFamilies.DefaultSeed);
        var estimate = family.Estimate(spec);
        const int Shards = 2;
        long written = 0;
        for (int k = 0; k < Shards; k++)
        {
            string folder = Path.Combine(Folder, $"shard-{k}");
            var result = family.Export(spec, folder, new DatasetExportOptions { Shard = new ShardSelection(k, Shards) });
            using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, ExportManifest.FileName)));
            var shard = manifest.RootElement.GetProperty("shard");
            var rows = shard.GetProperty("rows").EnumerateArray().Select(e => e.GetString()!).ToHashSet();
            var entityFiles = shard.GetProperty("entityFiles").EnumerateArray().Select(e => e.GetProperty("name").GetString()!).ToHashSet();
            var truth = shard.GetProperty("truth").EnumerateArray().Select(e => e.GetString()!).ToHashSet();
            foreach (var file in result.Files.Where(f => !f.Name.StartsWith(ShardPlan.Folder, StringComparison.Ordinal)))
            {
                var marked = estimate.Files.Single(f => f.Name == file.Name);
                if (rows.Contains(file.Name) || entityFiles.Contains(file.Name)) Assert.True(marked.SplitByEntity, $"{file.Name} is split by entity");
                else if (!truth.Contains(file.Name)) Assert.False(marked.SplitByEntity, $"{file.Name} is written whole by every shard");
                written += file.Bytes;
            }
        }
        // The shards' average against the estimate of one shard, within the factor of 2 the whole estimate keeps.
        long average = written / Shards, expected = estimate.ShardBytes(Shards);
        _log.WriteLine($"{familyName}: shard estimate {expected:N0} B, real average {average:N0} B, whole estimate {estimate.TotalBytes:N0} B");
        Assert.InRange(expected, average / 2, average * 2);
    }
}
