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
    private ShardFolder(string folder, JsonElement root)
    {
        Folder = folder;
        Family = Text(root, "family") ?? "";
        LibraryVersion = Text(root, "libraryVersion") ?? "";
        AlgorithmVersion = root.TryGetProperty("algorithmVersion", out var v) && v.TryGetInt32(out int version) ? version : -1;
        Seed = root.TryGetProperty("seed", out var seed) && seed.TryGetUInt64(out ulong s) ? s : 0;
        Spec = root.TryGetProperty("spec", out var spec) ? spec.GetRawText() : "";
        Files = root.TryGetProperty("files", out var files) && files.ValueKind == JsonValueKind.Array
            ? files.EnumerateArray().Select(ReadFile).ToArray() : Array.Empty<ShardFile>();
        var shard = root.GetProperty("shard");
        Shard = new ShardSelection(Int(shard, "index"), Int(shard, "count"));
        RowFiles = new HashSet<string>(Strings(shard, "rows"), StringComparer.Ordinal);
        TruthFiles = new HashSet<string>(Strings(shard, "truth"), StringComparer.Ordinal);
        EntityOf = shard.TryGetProperty("entityFiles", out var owned) && owned.ValueKind == JsonValueKind.Array
            ? owned.EnumerateArray().ToDictionary(e => Text(e, "name") ?? "", e => Int(e, "entity"), StringComparer.Ordinal)
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
    public IReadOnlyList<ShardFile> Files { get; }

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
        problem = null;
        string path = Path.Combine(folder, ExportManifest.FileName);
        if (!File.Exists(path))
        {
            problem = $"'{folder}' is not an export folder: it has no {ExportManifest.FileName}";
            return null;
        }
        try
        {
            using var manifest = JsonDocument.Parse(File.ReadAllBytes(path));
            var root = manifest.RootElement;
            if (root.ValueKind != JsonValueKind.Object || Text(root, "library") != ExportManifest.Library)
                problem = $"'{path}' was not written by {ExportManifest.Library}";
            else if (!root.TryGetProperty("shard", out var shard) || shard.ValueKind != JsonValueKind.Object)
                problem = $"'{folder}' is a whole export, not a shard (export with --shard k/n)";
            else
                return new ShardFolder(folder, root.Clone());
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or KeyNotFoundException or ArgumentException or IOException)
        {
            problem = $"'{path}' is not a readable shard manifest: {ex.Message}";
        }
        return null;
    }

    private static ShardFile ReadFile(JsonElement file) => new(
        Text(file, "name") ?? "",
        file.TryGetProperty("rows", out var rows) && rows.TryGetInt64(out long r) ? r : null,
        Text(file, "sha256") ?? "",
        file.TryGetProperty("columns", out var columns) && columns.ValueKind == JsonValueKind.Array
            ? columns.EnumerateArray().Select(c => new ColumnSchema(Text(c, "name") ?? "", Parse<ColumnRole>(Text(c, "role")), Text(c, "entity"),
                Parse<ColumnType>(Text(c, "type")))).ToArray()
            : null);

    private static T Parse<T>(string? name) where T : struct, Enum =>
        Enum.TryParse(name, ignoreCase: true, out T value) ? value : throw new JsonException($"unknown column role or type '{name}'");

    private static int Int(JsonElement e, string property) =>
        e.TryGetProperty(property, out var value) && value.TryGetInt32(out int n) ? n : throw new JsonException($"no integer '{property}'");

    private static IEnumerable<string> Strings(JsonElement e, string property) =>
        e.TryGetProperty(property, out var values) && values.ValueKind == JsonValueKind.Array
            ? values.EnumerateArray().Select(v => v.GetString() ?? "") : Array.Empty<string>();

    private static string? Text(JsonElement e, string property) =>
        e.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}

/// <summary>A file a shard's manifest lists.</summary>
/// <param name="Name">Its name in the folder.</param>
/// <param name="Rows">Its rows, for a table.</param>
/// <param name="Sha256">Its SHA-256.</param>
/// <param name="Columns">Its columns, for a table (the manifest's column map), or null.</param>
internal sealed record ShardFile(string Name, long? Rows, string Sha256, IReadOnlyList<ColumnSchema>? Columns);
