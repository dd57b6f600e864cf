using System;
using System.Collections.Generic;
using MmmFixtures.Export;

namespace MmmFixtures.Families;

/// <summary>How a family writes an export: threads (which never change the bytes), formats and layouts.</summary>
public sealed record DatasetExportOptions
{
    /// <summary>Threads for generating and formatting, or -1 (default) for one per processor.</summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;

    /// <summary>The format(s) of the tables (default CSV).</summary>
    public ExportFormat Format { get; init; } = ExportFormat.Csv;

    /// <summary>The names of the consumer layouts to write besides the canonical tables, each into its subfolder (see <see cref="IDatasetFamily.Layouts"/>).</summary>
    public IReadOnlyList<string> Layouts { get; init; } = Array.Empty<string>();

    /// <summary>
    /// Only this shard of the entities (users, geos, tenants), for one of several independent jobs whose folders
    /// <c>mmmfixtures merge</c> joins into the whole export byte for byte; null (default) writes the whole export.
    /// </summary>
    public Sharding.ShardSelection? Shard { get; init; }

    /// <summary>
    /// When set, the export also builds the dataset's report with these options (<see cref="Export.ExportResult.Report"/>):
    /// a family that holds its generated dataset reports that one instead of generating it again. Null (default): no report.
    /// </summary>
    public Reporting.ReportOptions? Report { get; init; }

    /// <summary>
    /// The column (or role) to partition the Parquet tables by, Hive-style, or null (default) for one file per table.
    /// Each table holding it is written as a folder, <c>events/date=2024-01-01/part-0.parquet</c>, that DuckDB, Spark,
    /// Trino and pandas read as one dataset; tables without it are written whole. Names a column (<c>geo</c>,
    /// <c>tenant</c>, <c>user_id</c>, <c>event_type</c>), or a role of the manifest's column map: <c>date</c> or
    /// <c>time</c> is each table's first time column. A date column is moved into the folder name; a timestamp column
    /// partitions by its UTC date (<c>date=YYYY-MM-DD</c>) and stays in the files. Needs <see cref="ExportFormat.Parquet"/>
    /// or <see cref="ExportFormat.Both"/> (CSV stays one file per table).
    /// </summary>
    public string? PartitionBy { get; init; }

    /// <summary>
    /// Fixed partition levels put first in every Parquet table's folder (e.g. <c>shard=003</c> for a shard of a sharded
    /// export), with or without <see cref="PartitionBy"/>; empty (default) for none. Needs the Parquet format, as <see cref="PartitionBy"/> does.
    /// </summary>
    public IReadOnlyList<PartitionLevel> PartitionPrefix { get; init; } = Array.Empty<PartitionLevel>();

    /// <summary>
    /// True when the caller has just validated this very spec (the CLI does, to estimate it before exporting): an export that
    /// validates its spec before generating (MMM's) does not do it a second time. Internal: a library caller's spec is always validated.
    /// </summary>
    internal bool SpecValidated { get; init; }
}
