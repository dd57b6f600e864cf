using System.Collections.Generic;

namespace MmmFixtures.Export;

/// <summary>A file an export's manifest lists.</summary>
/// <param name="Name">Its name in the folder.</param>
/// <param name="Rows">Its rows, for a table.</param>
/// <param name="Sha256">Its SHA-256.</param>
/// <param name="Columns">Its columns, for a table (the manifest's column map), or null.</param>
internal sealed record ManifestEntry(string Name, long? Rows, string Sha256, IReadOnlyList<ColumnSchema>? Columns);
