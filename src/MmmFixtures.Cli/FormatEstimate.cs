using System.Linq;
using MmmFixtures.Export;
using MmmFixtures.Families;

namespace MmmFixtures.Cli;

/// <summary>
/// A family's estimate (computed for CSV) for the export's format: a Parquet table is counted at its CSV size, an
/// upper bound (typed, compressed columns are usually several times smaller), so <c>--max-bytes</c> never lets a larger export through.
/// </summary>
internal static class FormatEstimate
{
    /// <summary>What <c>--dry-run</c> says about Parquet sizes, or null for CSV.</summary>
    public static string? Note(ExportFormat format) => format == ExportFormat.Csv ? null
        : "  Parquet files are counted at their CSV size (an upper bound: they are usually 3-10x smaller)";

    /// <summary>The files <paramref name="format"/> writes: each table as CSV, Parquet, or both.</summary>
    public static OutputEstimate For(OutputEstimate csv, ExportFormat format)
    {
        if (format == ExportFormat.Csv) return csv;
        return new OutputEstimate(csv.Files.SelectMany(file => !IsTable(file) ? new[] { file }
            : format == ExportFormat.Parquet ? new[] { AsParquet(file) }
            : new[] { file, AsParquet(file) }).ToArray()) { ScratchBytes = csv.ScratchBytes };
    }

    private static bool IsTable(FileEstimate file) => file.Rows is not null && file.Name.EndsWith(".csv", System.StringComparison.Ordinal);

    private static FileEstimate AsParquet(FileEstimate file) => file with { Name = new TableSchema(file.Name, System.Array.Empty<ColumnSchema>()).ParquetFileName };
}
