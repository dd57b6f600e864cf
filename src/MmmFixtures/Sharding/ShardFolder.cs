using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using MmmFixtures.Export;

namespace MmmFixtures.Sharding;

/// <summary>A shard's export folder read back from its manifest: what wrote it, its spec, its files and its <see cref="ShardPlan"/>.</summary>
internal sealed class ShardFolder
{
    private ShardFolder(string folder, ExportManifestFile manifest, JsonElement shard)
    {
        Folder = folder;
        Family = manifest.Family ?? "";
        LibraryVersion = manifest.LibraryVersion ?? "";
        AlgorithmVersion = manifest.AlgorithmVersion ?? -1;
        Seed = manifest.Seed ?? 0;
        Spec = manifest.Spec ?? "";
        Files = manifest.Entries();
        Shard = new ShardSelection(ExportManifestFile.Int(shard, "index"), ExportManifestFile.Int(shard, "count"));
        RowFiles = new HashSet<string>(Strings(shard, "rows"), StringComparer.Ordinal);
        TruthFiles = new HashSet<string>(Strings(shard, "truth"), StringComparer.Ordinal);
        EntityOf = shard.TryGetProperty("entityFiles", out var owned) && owned.ValueKind == JsonValueKind.Array
            ? owned.EnumerateArray().ToDictionary(e => ExportManifestFile.Text(e, "name") ?? "", e => ExportManifestFile.Int(e, "entity"), StringComparer.Ordinal)
            : new Dictionary<string, int>(StringComparer.Ordinal);
    }

    /// <summary>The folder.</summary>
    public string Folder { get; }

    /// <summary>The family's name.</summary>
    public string Family { get; }

    /// <summary>The library version that wrote it.</summary>
    public string LibraryVersion { get; }

    /// <summary>The generation algorithm version.</summary>
    public int AlgorithmVersion { get; }

    /// <summary>The root seed.</summary>
    public ulong Seed { get; }

    /// <summary>The spec, as the manifest's JSON text.</summary>
    public string Spec { get; }

    /// <summary>Which shard it is.</summary>
    public ShardSelection Shard { get; }

    /// <summary>Every file, in manifest order (the manifest itself excluded).</summary>
    public IReadOnlyList<ManifestEntry> Files { get; }

    /// <summary>The entity tables, whose rows merge interleaves.</summary>
    public ISet<string> RowFiles { get; }

    /// <summary>The aggregates, which the family recomputes from the shards' partials.</summary>
    public ISet<string> TruthFiles { get; }

    /// <summary>The entity that owns each entity's own file.</summary>
    public IReadOnlyDictionary<string, int> EntityOf { get; }

    /// <summary>The full path of one of its files.</summary>
    public string PathOf(string file) => Path.Combine(Folder, file.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>Reads <paramref name="folder"/>'s manifest; null with a reason when it is not a shard's export.</summary>
    public static ShardFolder? Open(string folder, out string? problem)
    {
        string path = Path.Combine(folder, ExportManifest.FileName);
        try
        {
            if (ExportManifestFile.Read(folder, out problem) is not { } manifest) return null;
            if (manifest.Shard is not { } shard)
            {
                problem = $"'{folder}' is a whole export, not a shard (export with --shard k/n)";
                return null;
            }
            return new ShardFolder(folder, manifest, shard);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or ArgumentException or IOException)
        {
            problem = $"'{path}' is not a readable shard manifest: {ex.Message}";
            return null;
        }
    }

    private static IEnumerable<string> Strings(JsonElement e, string property) =>
        e.TryGetProperty(property, out var values) && values.ValueKind == JsonValueKind.Array
            ? values.EnumerateArray().Select(v => v.GetString() ?? "") : Array.Empty<string>();
}
