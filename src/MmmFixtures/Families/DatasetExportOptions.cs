using System;
using System.Collections.Generic;

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
}
