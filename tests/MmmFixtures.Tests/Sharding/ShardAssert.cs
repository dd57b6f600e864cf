using MmmFixtures.Families;
using MmmFixtures.Sharding;

namespace MmmFixtures.Tests.Sharding;

/// <summary>Writes a spec's whole export and its n shards, merges the shards, and compares folders file by file.</summary>
internal static class ShardAssert
{
    /// <summary>Exports <paramref name="spec"/> whole and in <paramref name="count"/> shards under <paramref name="root"/>, merges them and asserts every file (manifest included) is byte-identical.</summary>
    public static void MergedEqualsWhole(IDatasetFamily family, object spec, int count, string root, DatasetExportOptions? options = null)
    {
        options ??= new DatasetExportOptions();
        string whole = Path.Combine(root, "whole"), merged = Path.Combine(root, "merged");
        family.Export(spec, whole, options);
        var shards = ExportShards(family, spec, count, root, options);
        ShardMerge.Merge(shards.Reverse(), merged); // in any order
        SameFiles(whole, merged);
    }

    /// <summary>Writes shards 0..n−1 into <c>root/shard-k</c> and returns their folders.</summary>
    public static string[] ExportShards(IDatasetFamily family, object spec, int count, string root, DatasetExportOptions? options = null)
    {
        options ??= new DatasetExportOptions();
        return Enumerable.Range(0, count).Select(k =>
        {
            string folder = Path.Combine(root, $"shard-{k}");
            family.Export(spec, folder, options with { Shard = new ShardSelection(k, count) });
            return folder;
        }).ToArray();
    }

    /// <summary>Both folders hold the same files (relative paths) with the same bytes.</summary>
    public static void SameFiles(string expected, string actual)
    {
        var names = Files(expected);
        Assert.Equal(names, Files(actual));
        foreach (string name in names)
            Assert.True(File.ReadAllBytes(Path.Combine(expected, name)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(actual, name))), $"{name} differs");
    }

    public static string[] Files(string folder) => Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
        .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/')).OrderBy(f => f, StringComparer.Ordinal).ToArray();
}
