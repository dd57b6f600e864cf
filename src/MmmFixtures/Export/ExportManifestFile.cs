using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace MmmFixtures.Export;

/// <summary>
/// An export folder's <c>manifest.json</c> read back, the one reader of what <see cref="ExportManifest.Write"/> writes:
/// the header (library and algorithm versions, family, seed, spec), the listed files and the <c>shard</c> section. Tools
/// that open an export (<c>ExportedDataset</c>), merge shards (<c>ShardFolder</c>) or replace a previous export read it
/// here and decide themselves what they require of it.
/// </summary>
internal sealed class ExportManifestFile
{
    private readonly JsonElement _root;

    private ExportManifestFile(string path, JsonElement root)
    {
        Path = path;
        _root = root;
    }

    /// <summary>The manifest's path.</summary>
    public string Path { get; }

    /// <summary>The family that wrote the export, or null when the manifest names none.</summary>
    public string? Family => Text(_root, "family");

    /// <summary>The library version that wrote it, or null.</summary>
    public string? LibraryVersion => Text(_root, "libraryVersion");

    /// <summary>The generation algorithm version, or null when the manifest holds no integer one.</summary>
    public int? AlgorithmVersion =>
        _root.TryGetProperty("algorithmVersion", out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out int version) ? version : null;

    /// <summary>The root seed, or null.</summary>
    public ulong? Seed => _root.TryGetProperty("seed", out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetUInt64(out ulong seed) ? seed : null;

    /// <summary>The spec as JSON text, or null when the manifest holds no spec object.</summary>
    public string? Spec => _root.TryGetProperty("spec", out var spec) && spec.ValueKind == JsonValueKind.Object ? spec.GetRawText() : null;

    /// <summary>The <c>shard</c> section of a shard's export, or null for a whole export.</summary>
    public JsonElement? Shard => _root.TryGetProperty("shard", out var shard) && shard.ValueKind == JsonValueKind.Object ? shard : null;

    /// <summary>The names of the listed files, skipping any entry without one (a folder's files, whatever the version that wrote them).</summary>
    public IEnumerable<string> FileNames => FileEntries().Select(file => Text(file, "name")).OfType<string>();

    /// <summary>Every listed file with its rows, hash and column map, in manifest order; throws <see cref="JsonException"/> for an entry that does not read.</summary>
    public IReadOnlyList<ManifestEntry> Entries() => FileEntries().Select(ReadEntry).ToArray();

    /// <summary>
    /// Reads <paramref name="folder"/>'s manifest; null with the <paramref name="problem"/> (a phrase naming the folder or
    /// manifest) when the folder has none, it is not JSON, or another program wrote it.
    /// </summary>
    public static ExportManifestFile? Read(string folder, out string? problem)
    {
        if (folder is null) throw new ArgumentNullException(nameof(folder));
        problem = null;
        string path = System.IO.Path.Combine(folder, ExportManifest.FileName);
        if (!File.Exists(path))
        {
            problem = $"'{folder}' is not an export folder: it has no {ExportManifest.FileName}";
            return null;
        }
        return Parse(path, File.ReadAllBytes(path), out problem);
    }

    /// <summary>
    /// The manifest <paramref name="path"/> whose content is <paramref name="bytes"/>; null with the <paramref name="problem"/>
    /// when it is not JSON or another program wrote it.
    /// </summary>
    public static ExportManifestFile? Parse(string path, byte[] bytes, out string? problem)
    {
        problem = null;
        JsonElement root;
        try
        {
            using var manifest = JsonDocument.Parse(bytes);
            root = manifest.RootElement.Clone();
        }
        catch (JsonException ex)
        {
            problem = $"'{path}' is not valid JSON: {ex.Message}";
            return null;
        }
        if (root.ValueKind != JsonValueKind.Object || Text(root, "library") != ExportManifest.Library)
        {
            problem = $"'{path}' was not written by {ExportManifest.Library}";
            return null;
        }
        return new ExportManifestFile(path, root);
    }

    /// <summary>The string <paramref name="property"/> of <paramref name="e"/>, or null when it is missing or not a string.</summary>
    public static string? Text(JsonElement e, string property) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>The integer <paramref name="property"/> of <paramref name="e"/>; throws <see cref="JsonException"/> when there is none.</summary>
    public static int Int(JsonElement e, string property) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out int n)
            ? n : throw new JsonException($"no integer '{property}'");

    private IEnumerable<JsonElement> FileEntries() =>
        _root.TryGetProperty("files", out var files) && files.ValueKind == JsonValueKind.Array ? files.EnumerateArray() : Enumerable.Empty<JsonElement>();

    private static ManifestEntry ReadEntry(JsonElement file) => file.ValueKind != JsonValueKind.Object ? throw new JsonException("a file entry is not an object") : new(
        Text(file, "name") ?? "",
        file.TryGetProperty("rows", out var rows) && rows.ValueKind == JsonValueKind.Number && rows.TryGetInt64(out long r) ? r : null,
        Text(file, "sha256") ?? "",
        file.TryGetProperty("columns", out var columns) && columns.ValueKind == JsonValueKind.Array
            ? columns.EnumerateArray().Select(c => new ColumnSchema(Text(c, "name") ?? "", Parse<ColumnRole>(Text(c, "role")), Text(c, "entity"),
                Parse<ColumnType>(Text(c, "type")))).ToArray()
            : null);

    private static T Parse<T>(string? name) where T : struct, Enum =>
        Enum.TryParse(name, ignoreCase: true, out T value) ? value : throw new JsonException($"unknown column role or type '{name}'");
}
