using MmmFixtures.Clickstream;
using MmmFixtures.Export;
using MmmFixtures.Families;
using MmmFixtures.Sharding;

namespace MmmFixtures.Tests.Sharding;

public sealed class ShardMergeTests : TempFolder
{
    private static readonly IDatasetFamily Clickstream = ClickstreamFamily.Instance;

    // Small, with every defect on, so duplicates, late events (rows reordered within a user) and bots are sharded too.
    private static readonly ClickstreamSpec SmallWithDefects = ClickstreamPresets.Get(ClickstreamPreset.Small, 5) with
    {
        Users = 300,
        Defects = new DefectSpec { DuplicateEventRate = 0.02, LateEventRate = 0.02, NullCategoryRate = 0.05, BotUserShare = 0.05 },
    };

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(7)]
    public void Merged_clickstream_shards_are_the_whole_export_byte_for_byte(int shards) =>
        ShardAssert.MergedEqualsWhole(Clickstream, SmallWithDefects, shards, Folder);

    [Fact]
    public void Merged_clickstream_shards_with_every_layout_are_the_whole_export() =>
        ShardAssert.MergedEqualsWhole(Clickstream, SmallWithDefects, 3, Folder,
            new DatasetExportOptions { Layouts = Clickstream.Layouts.Select(l => l.Name).ToArray(), MaxDegreeOfParallelism = 2 });

    [Fact]
    public void Merged_clickstream_shards_in_csv_and_parquet_are_the_whole_export() =>
        ShardAssert.MergedEqualsWhole(Clickstream, SmallWithDefects, 3, Folder, new DatasetExportOptions { Format = ExportFormat.Both });

    [Fact]
    public void Shards_partition_the_users_by_the_stable_hash_of_their_path()
    {
        var shards = ShardAssert.ExportShards(Clickstream, SmallWithDefects, 3, Folder);
        var owners = shards.Select(s => File.ReadLines(Path.Combine(s, "users.csv")).Skip(1).Select(l => long.Parse(l.Split(',')[0])).ToArray()).ToArray();
        Assert.Equal(Enumerable.Range(1, SmallWithDefects.Users).Select(i => (long)i), owners.SelectMany(o => o).Order());
        for (int k = 0; k < 3; k++)
            Assert.All(owners[k], user => Assert.Equal((ulong)k, ShardSelection.EntityHash("user", user) % 3));
    }

    [Fact]
    public void A_shard_rerun_alone_writes_the_same_bytes()
    {
        var shards = ShardAssert.ExportShards(Clickstream, SmallWithDefects, 2, Folder);
        string again = Path.Combine(Folder, "again");
        Clickstream.Export(SmallWithDefects, again, new DatasetExportOptions { Shard = new ShardSelection(1, 2), MaxDegreeOfParallelism = 1 });
        ShardAssert.SameFiles(shards[1], again);
    }

    [Fact]
    public void Shards_without_entities_write_valid_empty_tables_and_still_merge()
    {
        var tiny = SmallWithDefects with { Users = 2 };
        ShardAssert.MergedEqualsWhole(Clickstream, tiny, 7, Folder);
        var empty = Enumerable.Range(0, 7).Select(k => Path.Combine(Folder, $"shard-{k}"))
            .First(s => File.ReadAllLines(Path.Combine(s, "users.csv")).Length == 1);
        Assert.Equal("event_id,user_id,session_id,timestamp,event_type,item_id,price,duration_seconds,transaction_id", File.ReadAllLines(Path.Combine(empty, "events.csv")).Single());
        Assert.Equal(File.ReadAllBytes(Path.Combine(Folder, "whole", "items.csv")), File.ReadAllBytes(Path.Combine(empty, "items.csv"))); // global tables in every shard
    }

    [Fact]
    public void A_shard_manifest_says_which_shard_it_is()
    {
        var shard = ShardAssert.ExportShards(Clickstream, SmallWithDefects, 2, Folder)[1];
        using var manifest = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(Path.Combine(shard, "manifest.json")));
        var section = manifest.RootElement.GetProperty("shard");
        Assert.Equal(1, section.GetProperty("index").GetInt32());
        Assert.Equal(2, section.GetProperty("count").GetInt32());
        Assert.Equal("user", section.GetProperty("entity").GetString());
        Assert.Contains("events.csv", section.GetProperty("rows").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void Merge_names_a_missing_and_a_duplicated_shard()
    {
        var shards = ShardAssert.ExportShards(Clickstream, SmallWithDefects, 3, Folder);
        var ex = Assert.Throws<ShardMergeException>(() => ShardMerge.Merge(new[] { shards[0], shards[0], shards[2] }, Path.Combine(Folder, "merged")));
        Assert.Contains("shard 1/3 is missing", ex.Message);
        Assert.Contains("shard 0/3 is given 2 times", ex.Message);
        Assert.False(Directory.Exists(Path.Combine(Folder, "merged")));
    }

    [Fact]
    public void Merge_refuses_partitioned_shards_and_says_how_to_read_them()
    {
        var shards = Enumerable.Range(0, 2).Select(k =>
        {
            string shard = Path.Combine(Folder, $"p{k}");
            Clickstream.Export(SmallWithDefects, shard, new DatasetExportOptions { Shard = new ShardSelection(k, 2), Format = ExportFormat.Parquet, PartitionBy = "date" });
            return shard;
        }).ToArray();
        var ex = Assert.Throws<ShardMergeException>(() => ShardMerge.Merge(shards, Path.Combine(Folder, "merged")));
        Assert.Contains("written with --partition-by", ex.Message);
        Assert.Contains("hive_partitioning = true", ex.Message);
        Assert.False(Directory.Exists(Path.Combine(Folder, "merged")));
    }

    [Fact]
    public void Merge_refuses_shards_of_different_specs_and_shard_counts()
    {
        string a = Path.Combine(Folder, "a"), b = Path.Combine(Folder, "b");
        Clickstream.Export(SmallWithDefects, a, new DatasetExportOptions { Shard = new ShardSelection(0, 2) });
        Clickstream.Export(SmallWithDefects with { Seed = 6 }, b, new DatasetExportOptions { Shard = new ShardSelection(1, 3) });
        var ex = Assert.Throws<ShardMergeException>(() => ShardMerge.Merge(new[] { a, b }, Path.Combine(Folder, "merged")));
        Assert.Contains("differ in spec", ex.Message);
        Assert.Contains("differ in shard count", ex.Message);
    }

    [Fact]
    public void Merge_refuses_a_whole_export_and_a_folder_without_manifest()
    {
        string whole = Path.Combine(Folder, "whole"), empty = Directory.CreateDirectory(Path.Combine(Folder, "empty")).FullName;
        Clickstream.Export(SmallWithDefects, whole, new DatasetExportOptions());
        var ex = Assert.Throws<ShardMergeException>(() => ShardMerge.Merge(new[] { whole, empty }, Path.Combine(Folder, "merged")));
        Assert.Contains("is a whole export, not a shard", ex.Message);
        Assert.Contains("has no manifest.json", ex.Message);
    }

    [Fact]
    public void Merge_refuses_an_edited_or_truncated_entity_table_naming_each_before_writing_anything()
    {
        var shards = ShardAssert.ExportShards(Clickstream, SmallWithDefects, 2, Folder);
        string edited = Path.Combine(shards[0], "events.csv"), truncated = Path.Combine(shards[1], "events.csv");
        var lines = File.ReadAllLines(edited);
        lines[1] = "X" + lines[1].Substring(1); // same length, same row count: only the hash tells
        File.WriteAllText(edited, string.Join("\n", lines) + "\n");
        var rows = File.ReadAllLines(truncated).ToList();
        rows.RemoveAt(2);
        File.WriteAllText(truncated, string.Join("\n", rows) + "\n");
        var ex = Assert.Throws<ShardMergeException>(() => ShardMerge.Merge(shards, Path.Combine(Folder, "merged")));
        Assert.Contains($"'{edited}' changed after its export", ex.Message);
        Assert.Contains($"'{truncated}' changed after its export", ex.Message);
        Assert.Contains("export shard 0/2 again", ex.Message);
        Assert.False(Directory.Exists(Path.Combine(Folder, "merged")));
    }

    [Fact]
    public void Merge_refuses_a_shard_whose_file_changed()
    {
        var shards = ShardAssert.ExportShards(Clickstream, SmallWithDefects, 2, Folder);
        File.AppendAllText(Path.Combine(shards[0], "items.csv"), "1,x,1,0,1,2024-01-01T00:00:00.000Z\n");
        var ex = Assert.Throws<ShardMergeException>(() => ShardMerge.Merge(shards, Path.Combine(Folder, "merged")));
        Assert.Contains("items.csv' changed after its export", ex.Message);
        Assert.False(Directory.Exists(Path.Combine(Folder, "merged")));
    }

    [Theory]
    [InlineData(3, 3, "Shard.Index = 3: must be 0..2")]
    [InlineData(-1, 2, "Shard.Index = -1: must be 0..1")]
    [InlineData(0, 0, "Shard.Count = 0: must be 1..1000000")]
    public void A_shard_outside_its_range_is_refused_before_anything_is_written(int index, int count, string message)
    {
        var ex = Assert.Throws<ExportOptionsException>(() => Clickstream.Export(SmallWithDefects, Path.Combine(Folder, "x"), new DatasetExportOptions { Shard = new ShardSelection(index, count) }));
        Assert.Contains(message, ex.Message);
        Assert.False(Directory.Exists(Path.Combine(Folder, "x")));
    }

    [Fact]
    public void Tools_that_rebuild_the_truth_refuse_a_shard_folder()
    {
        var shard = ShardAssert.ExportShards(Clickstream, SmallWithDefects, 2, Folder)[0];
        var ex = Assert.Throws<ExportFolderException>(() => ExportedDataset.Open(shard));
        Assert.Contains("mmmfixtures merge", ex.Message);
    }
}
