using System.Text.Json.Nodes;
using MmmFixtures.Clickstream;
using MmmFixtures.Export;
using MmmFixtures.Families;
using MmmFixtures.Sharding;

namespace MmmFixtures.Tests.Export;

/// <summary>
/// The one reader of an export's manifest: it reads back what the writer wrote, and the tools built on it (opening an
/// export, merging shards, replacing a folder) refuse a folder in the same words.
/// </summary>
public sealed class ExportManifestFileTests : TempFolder
{
    private static readonly ClickstreamSpec Spec = ClickstreamPresets.Get(ClickstreamPreset.Small, 3) with { Users = 40 };

    private string Export(string name, ShardSelection? shard = null)
    {
        string folder = Path.Combine(Folder, name);
        ClickstreamFamily.Instance.Export(Spec, folder, new DatasetExportOptions { Shard = shard });
        return folder;
    }

    private string WithManifest(string name, string text)
    {
        string folder = Directory.CreateDirectory(Path.Combine(Folder, name)).FullName;
        File.WriteAllText(Path.Combine(folder, ExportManifest.FileName), text);
        return folder;
    }

    [Fact]
    public void A_whole_export_reads_back_its_header_spec_and_every_listed_file()
    {
        string folder = Export("whole");
        var manifest = ExportManifestFile.Read(folder, out string? problem);
        Assert.Null(problem);
        Assert.NotNull(manifest);
        Assert.Equal(("clickstream", GenerationAlgorithm.Version, GenerationAlgorithm.LibraryVersion, (ulong?)3), (manifest!.Family, manifest.AlgorithmVersion, manifest.LibraryVersion, manifest.Seed));
        Assert.Equal(ClickstreamFamily.Instance.WriteSpec(Spec), ClickstreamFamily.Instance.WriteSpec(ClickstreamFamily.Instance.ReadSpec(manifest.Spec!)));
        Assert.Null(manifest.Shard);
        var listed = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
            .Where(f => f != ExportManifest.FileName).Order(StringComparer.Ordinal);
        Assert.Equal(listed, manifest.FileNames.Order(StringComparer.Ordinal));
        var events = manifest.Entries().Single(e => e.Name == "events.csv");
        Assert.Equal(File.ReadLines(Path.Combine(folder, "events.csv")).LongCount() - 1, events.Rows);
        Assert.Equal(HashingStream.Sha256Of(Path.Combine(folder, "events.csv")), events.Sha256);
        Assert.Equal(new ColumnSchema("event_id", ColumnRole.Key, Type: ColumnType.Int64), events.Columns![0]);
    }

    [Fact]
    public void The_listed_files_follow_the_manifest_when_its_bytes_change()
    {
        string folder = Export("listed");
        string manifest = Path.Combine(folder, ExportManifest.FileName);
        var first = ExportManifest.ListedFiles(folder)!;
        string name = first.First(n => !n.Contains('/'));
        Assert.Equal(first, ExportManifest.ListedFiles(folder)); // the same bytes read again
        first.Add("added-by-the-caller.csv");
        Assert.DoesNotContain("added-by-the-caller.csv", ExportManifest.ListedFiles(folder)!); // each caller gets its own set
        File.WriteAllText(manifest, File.ReadAllText(manifest).Replace($"\"name\": \"{name}\"", "\"name\": \"renamed.csv\""));
        var renamed = ExportManifest.ListedFiles(folder)!;
        Assert.Contains("renamed.csv", renamed);
        Assert.DoesNotContain(name, renamed);
        File.WriteAllText(manifest, "not json");
        Assert.Null(ExportManifest.ListedFiles(folder));
        File.Delete(manifest);
        Assert.Null(ExportManifest.ListedFiles(folder));
    }

    [Fact]
    public void A_shards_export_has_its_shard_section()
    {
        var manifest = ExportManifestFile.Read(Export("shard", new ShardSelection(1, 2)), out _)!;
        Assert.Equal((1, 2), (ExportManifestFile.Int(manifest.Shard!.Value, "index"), ExportManifestFile.Int(manifest.Shard.Value, "count")));
    }

    [Fact]
    public void A_manifest_that_is_not_json_is_refused_in_the_same_words_by_every_tool()
    {
        string folder = WithManifest("broken", "{ \"library\": ");
        string path = Path.Combine(folder, ExportManifest.FileName);
        Assert.Null(ExportManifestFile.Read(folder, out string? problem));
        Assert.StartsWith($"'{path}' is not valid JSON: ", problem);
        Assert.StartsWith($"'{path}' is not valid JSON: ", Assert.Throws<ExportFolderException>(() => ExportedDataset.Open(folder)).Message);
        var merge = Assert.Throws<ShardMergeException>(() => ShardMerge.Merge(new[] { folder }, Path.Combine(Folder, "merged")));
        Assert.StartsWith($"'{path}' is not valid JSON: ", Assert.Single(merge.Problems));
        Assert.Null(ExportManifest.ListedFiles(folder));
    }

    [Fact]
    public void A_foreign_manifest_is_refused_in_the_same_words_by_every_tool()
    {
        string folder = WithManifest("foreign", "{ \"library\": \"Other\", \"files\": [] }");
        string expected = $"'{Path.Combine(folder, ExportManifest.FileName)}' was not written by MmmFixtures";
        Assert.Null(ExportManifestFile.Read(folder, out string? problem));
        Assert.Equal(expected, problem);
        Assert.Equal(expected + ".", Assert.Throws<ExportFolderException>(() => ExportedDataset.Open(folder)).Message);
        Assert.Equal(expected, Assert.Single(Assert.Throws<ShardMergeException>(() => ShardMerge.Merge(new[] { folder }, Path.Combine(Folder, "merged"))).Problems));
        Assert.Null(ExportManifest.ListedFiles(folder));
    }

    [Fact]
    public void A_folder_without_manifest_has_no_listed_files_and_is_named()
    {
        string folder = Directory.CreateDirectory(Path.Combine(Folder, "empty")).FullName;
        Assert.Null(ExportManifestFile.Read(folder, out string? problem));
        Assert.Equal($"'{folder}' is not an export folder: it has no manifest.json", problem);
        Assert.Null(ExportManifest.ListedFiles(folder));
    }

    [Fact]
    public void A_shards_manifest_whose_shard_section_does_not_read_is_named_by_merge()
    {
        string shard = Export("shard", new ShardSelection(0, 1));
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(shard, ExportManifest.FileName)))!;
        manifest["shard"]!["index"] = "first";
        File.WriteAllText(Path.Combine(shard, ExportManifest.FileName), manifest.ToJsonString());
        var merge = Assert.Throws<ShardMergeException>(() => ShardMerge.Merge(new[] { shard }, Path.Combine(Folder, "merged")));
        Assert.Contains("is not a readable shard manifest: no integer 'index'", merge.Message);
    }

    [Fact]
    public void Listed_files_skip_entries_without_a_name_as_a_manifest_of_any_version_may_hold()
    {
        string folder = WithManifest("old", "{ \"library\": \"MmmFixtures\", \"files\": [ { \"name\": \"a.csv\" }, { \"bytes\": 3 }, 7 ] }");
        Assert.Equal(new[] { "a.csv" }, ExportManifest.ListedFiles(folder));
    }
}
