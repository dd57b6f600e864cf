namespace MmmFixtures.Families;

/// <summary>The expected size of one file of an export.</summary>
/// <param name="Name">The file's name in the export folder.</param>
/// <param name="Rows">Expected data rows (excluding the header) for tables; null for other files.</param>
/// <param name="Bytes">Expected size in bytes (saturating at <see cref="long.MaxValue"/>).</param>
public sealed record FileEstimate(string Name, long? Rows, long Bytes)
{
    /// <summary>
    /// Whether the file's content belongs to the spec's entities (users, geos, tenants), so that a shard (<c>--shard k/n</c>)
    /// writes about 1/n of it; false for a file every shard writes whole (catalogs, spec-wide truth, the manifest).
    /// </summary>
    public bool SplitByEntity { get; init; }

    /// <summary>This file, marked as split among shards by entity (<see cref="SplitByEntity"/>).</summary>
    public FileEstimate ByEntity() => this with { SplitByEntity = true };

    /// <summary>A CSV table: a header of <paramref name="headerBytes"/> and <paramref name="rows"/> rows of <paramref name="bytesPerRow"/> each.</summary>
    public static FileEstimate Table(string name, double rows, double headerBytes, double bytesPerRow) =>
        new(name, OutputEstimate.Saturate(rows), OutputEstimate.Saturate(headerBytes + rows * bytesPerRow));

    /// <summary>A file that is not a table.</summary>
    public static FileEstimate Document(string name, double bytes) => new(name, null, OutputEstimate.Saturate(bytes));
}
