using MmmFixtures.Commerce;
using MmmFixtures.Families;

namespace MmmFixtures.Tests.Sharding;

public sealed class CommerceShardTests : TempFolder
{
    // Four tenants over a month: the Default preset's tenants, a short period.
    private static readonly CommerceSpec FourTenants = CommercePresets.Default with { Days = 31 };

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(7)]
    public void Merged_commerce_shards_are_the_whole_export_byte_for_byte(int shards) =>
        ShardAssert.MergedEqualsWhole(CommerceFamily.Instance, FourTenants, shards, Folder);

    [Fact]
    public void Merged_commerce_shards_with_every_layout_are_the_whole_export() =>
        ShardAssert.MergedEqualsWhole(CommerceFamily.Instance, FourTenants, 3, Folder,
            new DatasetExportOptions { Layouts = CommerceFamily.Instance.Layouts.Select(l => l.Name).ToArray(), MaxDegreeOfParallelism = 2 });

    [Fact]
    public void Merged_commerce_shards_in_parquet_are_the_whole_export() =>
        ShardAssert.MergedEqualsWhole(CommerceFamily.Instance, FourTenants, 2, Folder, new DatasetExportOptions { Format = ExportFormat.Parquet });

    [Fact]
    public void A_shard_holds_only_its_tenants_folders()
    {
        var shards = ShardAssert.ExportShards(CommerceFamily.Instance, FourTenants, 2, Folder);
        var folders = shards.Select(s => Directory.GetDirectories(s).Select(Path.GetFileName).Where(n => n != "shard").ToArray()).ToArray();
        Assert.Equal(FourTenants.Tenants.Select(t => t.Name).Order(), folders.SelectMany(f => f!).Order()!);
        Assert.Empty(folders[0].Intersect(folders[1]));
    }
}
