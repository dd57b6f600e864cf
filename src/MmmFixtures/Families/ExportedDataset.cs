using System;
using System.Collections.Generic;
using System.Linq;
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
        var manifest = ExportManifestFile.Read(folder, out string? problem) ?? throw new ExportFolderException(folder, problem + ".");
        int? version = manifest.AlgorithmVersion;
        if (version != GenerationAlgorithm.Version)
            throw new ExportFolderException(folder,
                $"'{folder}' was written with algorithm version {version?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "(none)"}; this library generates version {GenerationAlgorithm.Version} and cannot rebuild its truth exactly. Export it again with this version.");
        if (manifest.Shard is not null)
            throw new ExportFolderException(folder, $"'{folder}' holds one shard of an export, not the whole: join the shards with 'mmmfixtures merge' first.");
        var known = (families ?? DatasetFamilies.BuiltIn).ToArray();
        string? name = manifest.Family;
        var family = known.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.Ordinal))
            ?? throw new ExportFolderException(folder, $"'{manifest.Path}' names family '{name}'; known families: {string.Join(", ", known.Select(f => f.Name))}.");
        string spec = manifest.Spec ?? throw new ExportFolderException(folder, $"'{manifest.Path}' holds no spec.");
        return new ExportedDataset(folder, family, family.ReadSpec(spec));
    }
}
