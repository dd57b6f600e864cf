using System.Collections.Generic;
using System.Linq;
using MmmFixtures.Validation;

namespace MmmFixtures.Export;

/// <summary>What an export wrote, for every family: the folder, its files (the manifest last) and the findings of the dataset's validation.</summary>
/// <param name="Folder">The export folder's full path.</param>
/// <param name="Files">The files written, in manifest order, <c>manifest.json</c> last.</param>
/// <param name="Findings">The validation findings the export was checked against (no errors, or nothing would have been written).</param>
public sealed record ExportResult(string Folder, IReadOnlyList<ExportedFile> Files, IReadOnlyList<ValidationFinding> Findings)
{
    /// <summary>The warnings among <see cref="Findings"/>.</summary>
    public IReadOnlyList<ValidationFinding> Warnings => Findings.Where(f => f.Severity == ValidationSeverity.Warning).ToArray();

    /// <summary>The exported dataset's report, when <see cref="Families.DatasetExportOptions.Report"/> asked for one; else null.</summary>
    public Reporting.DatasetReport? Report { get; init; }

    /// <summary>The shard this export holds (<see cref="Families.DatasetExportOptions.Shard"/>, <c>--shard k/n</c>); null for a whole export.</summary>
    public Sharding.ShardSelection? Shard { get; init; }

    /// <summary>
    /// The rows of the table <paramref name="table"/> (its path without extension, e.g. <c>events</c> or
    /// <c>demo_tenant_1/orders</c>) in whichever format it was written: its CSV file, its Parquet file, or the sum of its
    /// partitioned dataset's part files (<c>events/date=…/part-0.parquet</c>); null if the export has no such table.
    /// </summary>
    public long? TableRows(string table)
    {
        if (Files.FirstOrDefault(f => f.Name == table + ".csv" || f.Name == table + ".parquet") is { } whole) return whole.Rows;
        var parts = Files.Where(f => HivePath.PartitionedTableOf(f.Name) == table).ToArray();
        return parts.Length == 0 ? null : parts.Sum(f => f.Rows ?? 0);
    }
}
