using MmmFixtures.Clickstream;
using MmmFixtures.Commerce;
using MmmFixtures.Families;
using MmmFixtures.Mmm;
using MmmFixtures.Sharding;

namespace MmmFixtures.Tests.Sharding;

/// <summary>A shard's one-line summary says which shard it is and counts the shard's own entities, not the whole export's.</summary>
public sealed class ShardSummaryTests : TempFolder
{
    [Theory]
    [InlineData(2)]
    [InlineData(5)] // more shards than the 4 geos: some shards hold none
    public void An_mmm_shard_summary_counts_the_geos_it_holds(int count)
    {
        var spec = MmmPresets.Get(MmmPreset.MultiRegion);
        int total = 0;
        for (int k = 0; k < count; k++)
        {
            string folder = Path.Combine(Folder, $"shard-{k}");
            var result = MmmFamily.Instance.Export(spec, folder, new DatasetExportOptions { Shard = new ShardSelection(k, count) });
            // The geos the shard's data.csv holds, read from the file rather than from the selection the summary uses.
            int geos = File.ReadLines(Path.Combine(folder, "data.csv")).Skip(1).Select(line => line.Split(',')[1]).Distinct().Count();
            total += geos;
            Assert.Equal($"shard {k}/{count}: {spec.Periods * geos} rows ({spec.Periods} periods × {geos} of 4 geos, 3 channels)",
                MmmFamily.Instance.DescribeExport(spec, result));
        }
        Assert.Equal(spec.Geos.Count, total);
    }

    [Fact]
    public void A_whole_mmm_export_summary_is_unchanged()
    {
        var spec = MmmPresets.Get(MmmPreset.MultiRegion);
        var result = MmmFamily.Instance.Export(spec, Path.Combine(Folder, "whole"), new DatasetExportOptions());
        Assert.Equal($"{spec.Periods * 4} rows ({spec.Periods} periods × 4 geos, 3 channels)", MmmFamily.Instance.DescribeExport(spec, result));
    }

    [Fact]
    public void A_commerce_shard_summary_counts_the_tenants_it_holds()
    {
        var spec = CommercePresets.Default with { Days = 31 };
        for (int k = 0; k < 2; k++)
        {
            string folder = Path.Combine(Folder, $"shard-{k}");
            var result = CommerceFamily.Instance.Export(spec, folder, new DatasetExportOptions { Shard = new ShardSelection(k, 2) });
            int tenants = Directory.GetDirectories(folder).Count(d => Path.GetFileName(d) != "shard");
            Assert.StartsWith($"shard {k}/2: ", CommerceFamily.Instance.DescribeExport(spec, result));
            Assert.Contains($" of {tenants} of {spec.Tenants.Count} tenants over 31 days", CommerceFamily.Instance.DescribeExport(spec, result));
        }
    }

    [Fact]
    public void A_clickstream_shard_summary_says_which_shard_it_is_and_counts_its_users()
    {
        var spec = ClickstreamPresets.Get(ClickstreamPreset.Small);
        string folder = Path.Combine(Folder, "shard-1");
        var result = ClickstreamFamily.Instance.Export(spec, folder, new DatasetExportOptions { Shard = new ShardSelection(1, 3) });
        long users = File.ReadLines(Path.Combine(folder, "users.csv")).LongCount() - 1;
        Assert.True(users < spec.Users);
        Assert.StartsWith("shard 1/3: ", ClickstreamFamily.Instance.DescribeExport(spec, result));
        Assert.Contains($" events of {users} users in ", ClickstreamFamily.Instance.DescribeExport(spec, result));
    }
}
