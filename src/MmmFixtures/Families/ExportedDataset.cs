using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using MmmFixtures.Export;

namespace MmmFixtures.Families;

/// <summary>
/// An export folder read back: the family and the spec its <c>manifest.json</c> records. Because generation is
/// deterministic, the spec regenerates exactly the dataset in the folder (same algorithm version), so tools that work
/// on an export (<c>optimize</c>, <c>score</c>, <c>report</c>) rebuild the truth from it instead of parsing every file.
/// </summary>
/// <param name="Folder">The export folder.</param>
/// <param name="Family">The family that wrote it.</param>
/// <param name="Spec">The spec it was generated from, of type <see cref="IDatasetFamily.SpecType"/>.</param>
public sealed record ExportedDataset(string Folder, IDatasetFamily Family, object Spec)
{
    /// <summary>
    /// Reads <paramref name="folder"/>'s manifest. Throws <see cref="ExportFolderException"/> when the folder holds no
    /// manifest written by this library, when the manifest names a family outside <paramref name="families"/>
    /// (default: the built-in ones), when it holds a shard (<c>--shard k/n</c>) rather than the whole export, or when it was written by another algorithm version (its data cannot be
    /// regenerated exactly); <see cref="Validation.SpecValidationException"/> when its spec does not read.
    /// </summary>
    public static ExportedDataset Open(string folder, IEnumerable<IDatasetFamily>? families = null)
    {
        if (folder is null) throw new ArgumentNullException(nameof(folder));
        string path = Path.Combine(folder, ExportManifest.FileName);
        if (!File.Exists(path))
            throw new ExportFolderException(folder, $"'{folder}' is not an export folder: it has no {ExportManifest.FileName}.");
        JsonDocument manifest;
        try
        {
            manifest = JsonDocument.Parse(File.ReadAllBytes(path));
        }
        catch (JsonException ex)
        {
            throw new ExportFolderException(folder, $"'{path}' is not valid JSON: {ex.Message}");
        }
        using (manifest)
        {
            var root = manifest.RootElement;
            if (root.ValueKind != JsonValueKind.Object || Text(root, "library") != ExportManifest.Library)
                throw new ExportFolderException(folder, $"'{path}' was not written by {ExportManifest.Library}.");
            int? version = root.TryGetProperty("algorithmVersion", out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out int n) ? n : null;
            if (version != GenerationAlgorithm.Version)
                throw new ExportFolderException(folder,
                    $"'{folder}' was written with algorithm version {version?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "(none)"}; this library generates version {GenerationAlgorithm.Version} and cannot rebuild its truth exactly. Export it again with this version.");
            if (root.TryGetProperty("shard", out var shard) && shard.ValueKind == JsonValueKind.Object)
                throw new ExportFolderException(folder, $"'{folder}' holds one shard of an export, not the whole: join the shards with 'mmmfixtures merge' first.");
            var known = (families ?? DatasetFamilies.BuiltIn).ToArray();
            string? name = Text(root, "family");
            var family = known.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.Ordinal))
                ?? throw new ExportFolderException(folder, $"'{path}' names family '{name}'; known families: {string.Join(", ", known.Select(f => f.Name))}.");
            if (!root.TryGetProperty("spec", out var spec) || spec.ValueKind != JsonValueKind.Object)
                throw new ExportFolderException(folder, $"'{path}' holds no spec.");
            return new ExportedDataset(folder, family, family.ReadSpec(spec.GetRawText()));
        }
    }

    private static string? Text(JsonElement root, string property) =>
        root.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
