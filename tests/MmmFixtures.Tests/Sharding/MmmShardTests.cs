using MmmFixtures.Families;
using MmmFixtures.Mmm;

namespace MmmFixtures.Tests.Sharding;

public sealed class MmmShardTests : TempFolder
{
    [Theory]
    [InlineData(MmmPreset.MultiRegion, 1)]
    [InlineData(MmmPreset.MultiRegion, 2)]
    [InlineData(MmmPreset.MultiRegion, 7)] // more shards than geos: some shards are empty
    [InlineData(MmmPreset.Basic, 2)]
    public void Merged_mmm_shards_are_the_whole_export_byte_for_byte(MmmPreset preset, int shards) =>
        ShardAssert.MergedEqualsWhole(MmmFamily.Instance, MmmPresets.Get(preset), shards, Folder);

    [Fact]
    public void Merged_mmm_shards_in_csv_and_parquet_are_the_whole_export() =>
        ShardAssert.MergedEqualsWhole(MmmFamily.Instance, MmmPresets.Get(MmmPreset.MultiRegion), 3, Folder, new DatasetExportOptions { Format = ExportFormat.Both });

    [Fact]
    public void An_mmm_shard_holds_the_rows_of_its_geos_as_the_whole_panel_has_them()
    {
        var spec = MmmPresets.Get(MmmPreset.MultiRegion);
        ShardAssert.MergedEqualsWhole(MmmFamily.Instance, spec, 2, Folder);
        var whole = File.ReadAllLines(Path.Combine(Folder, "whole", "data.csv"));
        var shard = File.ReadAllLines(Path.Combine(Folder, "shard-1", "data.csv"));
        Assert.Equal(whole[0], shard[0]);
        Assert.All(shard.Skip(1), row => Assert.Contains(row, whole));
        Assert.True(shard.Length < whole.Length);
    }

    [Fact]
    public void An_mmm_shard_refuses_layouts_before_writing()
    {
        var ex = Assert.Throws<ExportOptionsException>(() => MmmFamily.Instance.Export(MmmPresets.Get(MmmPreset.MultiRegion), Path.Combine(Folder, "x"),
            new DatasetExportOptions { Shard = new MmmFixtures.Sharding.ShardSelection(0, 2), Layouts = new[] { "pymc" } }));
        Assert.Contains("pymc", ex.Message);
        Assert.False(Directory.Exists(Path.Combine(Folder, "x")));
    }
}
