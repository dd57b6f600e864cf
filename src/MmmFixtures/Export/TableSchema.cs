using System.Collections.Generic;
using System.Linq;

namespace MmmFixtures.Export;

/// <summary>An exported table: its file and its columns in order. The header is written from it and the manifest's column map lists it.</summary>
/// <param name="FileName">The file's name in the export folder.</param>
/// <param name="Columns">The columns, in file order.</param>
internal sealed record TableSchema(string FileName, IReadOnlyList<ColumnSchema> Columns)
{
    /// <summary>For a file of a partitioned dataset, the levels of its folder (<c>date=2024-01-01</c>), which the manifest lists; null otherwise.</summary>
    public IReadOnlyList<PartitionFolder>? Partition { get; init; }

    /// <summary>The column names, for the header.</summary>
    public string[] Header => Columns.Select(c => c.Name).ToArray();

    /// <summary>The table's name whatever its format: <see cref="FileName"/> without <c>.csv</c> (<c>events</c>, <c>demo_tenant_1/orders</c>).</summary>
    public string Name => FileName.EndsWith(".csv", System.StringComparison.Ordinal) ? FileName.Substring(0, FileName.Length - 4) : FileName;

    /// <summary>The name of the table's Parquet file: <see cref="Name"/> with <c>.parquet</c>.</summary>
    public string ParquetFileName => Name + ".parquet";

    /// <summary>Whether <paramref name="file"/> is this table's CSV or Parquet file.</summary>
    public bool IsFileOf(string file) => file == FileName || file == ParquetFileName;

    /// <summary>This table with <paramref name="more"/> columns after its own.</summary>
    public TableSchema With(IEnumerable<ColumnSchema> more) => this with { Columns = Columns.Concat(more).ToArray() };
}
