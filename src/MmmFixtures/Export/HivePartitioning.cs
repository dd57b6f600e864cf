using System;
using System.Collections.Generic;
using System.Linq;
using MmmFixtures.Families;

namespace MmmFixtures.Export;

/// <summary>
/// The Hive-style partitioning an export asks for (<see cref="DatasetExportOptions.PartitionBy"/>,
/// <see cref="DatasetExportOptions.PartitionPrefix"/>), checked against the tables the export writes: which column
/// partitions each table, and the folder its files go to. Every Parquet table holding the column becomes a folder
/// <c>&lt;table&gt;/[&lt;prefix levels&gt;/]&lt;key&gt;=&lt;value&gt;/part-&lt;n&gt;.parquet</c>; the others stay one file
/// (<c>&lt;table&gt;.parquet</c>), or, with prefix levels, one partition <c>&lt;table&gt;/&lt;prefix levels&gt;/part-0.parquet</c>.
/// </summary>
internal sealed class HivePartitioning
{
    /// <summary>Rows per part file: a partition of more rows is split into <c>part-0</c>, <c>part-1</c>, … of this many rows (the last one shorter), four row groups of <c>ParquetTableFile.RowGroupRows</c> each.</summary>
    public const int RowsPerFile = 1 << 20;

    /// <summary>
    /// The most rows a partitioned table holds in memory across its partitions: when its partitions' unwritten rows reach
    /// this many, each writes them as a row group. The moment depends on the table's rows alone, so the bytes do not
    /// depend on chunks or threads, and memory stays flat whatever the table's size (a partition's row groups are then
    /// shorter than <c>ParquetTableFile.RowGroupRows</c>).
    /// </summary>
    public const int HeldRows = 1 << 20;

    /// <summary>The most partitions a table may have: more (e.g. partitioning by an event id) is refused while writing, as Hive refuses too many dynamic partitions.</summary>
    public const int MaxPartitions = 10_000;

    /// <summary>The argument of <see cref="DatasetExportOptions.PartitionBy"/> that stands for each table's first time column.</summary>
    public const string DateAlias = "date";

    private readonly string? _by;
    private readonly IReadOnlyList<PartitionFolder> _prefix;

    private HivePartitioning(string? by, IReadOnlyList<PartitionLevel> prefix)
    {
        _by = by;
        _prefix = prefix.Select(level => new PartitionFolder(level.Name, level.Value)).ToArray();
    }

    /// <summary>
    /// The partitioning <paramref name="options"/> ask for, or null for none; throws one <see cref="ExportOptionsException"/>
    /// naming every problem: a format without Parquet, a blank column, a bad prefix level, or a column no table of
    /// <paramref name="tables"/> (the export's tables in its own format) can be partitioned by, listing those that can.
    /// </summary>
    public static HivePartitioning? From(DatasetExportOptions options, IEnumerable<TableSchema> tables)
    {
        if (options is null) throw new ArgumentNullException(nameof(options));
        if (tables is null) throw new ArgumentNullException(nameof(tables));
        var prefix = options.PartitionPrefix ?? Array.Empty<PartitionLevel>();
        if (options.PartitionBy is null && prefix.Count == 0) return null;
        var problems = new List<string>();
        if (FormatProblem(options.Format, options.PartitionBy, prefix.Count) is string format) problems.Add(format);
        if (prefix.Any(level => level is null || string.IsNullOrEmpty(level.Name) || string.IsNullOrEmpty(level.Value)))
            problems.Add("every partition prefix level needs a name and a value (e.g. shard=003)");
        var partitioning = new HivePartitioning(options.PartitionBy, prefix.Where(l => l is not null).ToArray());
        if (options.PartitionBy is string by)
        {
            var all = tables.ToArray();
            if (by.Trim().Length == 0) problems.Add("the column to partition by is blank");
            else if (all.Length > 0 && all.All(t => partitioning.KeyColumn(t) < 0)) problems.Add(UnknownColumn(by, all));
        }
        if (problems.Count > 0) throw new ExportOptionsException("Cannot partition the export: " + string.Join("; ", problems) + ".");
        return partitioning;
    }

    /// <summary>
    /// Why partitioning cannot be written in <paramref name="format"/> (CSV stays one file per table), or null: checked
    /// before anything is generated. <paramref name="partitionBy"/> and <paramref name="prefixLevels"/> are what is asked for;
    /// <paramref name="formats"/> names the formats to use in the caller's words (the CLI says <c>--format parquet or both</c>).
    /// </summary>
    public static string? FormatProblem(ExportFormat format, string? partitionBy, int prefixLevels = 0, string formats = "ExportFormat.Parquet or ExportFormat.Both") =>
        format == ExportFormat.Csv && (partitionBy is not null || prefixLevels > 0)
            ? $"partitioning{(partitionBy is null ? "" : $" by '{partitionBy}'")} writes Parquet datasets and CSV tables stay one file each: use {formats}"
            : null;

    /// <summary>How <paramref name="table"/>'s Parquet file is written: partitioned, or null for one file.</summary>
    public TablePartitioning? For(TableSchema table)
    {
        int column = _by is null ? -1 : KeyColumn(table);
        if (column < 0 && _prefix.Count == 0) return null;
        string folder = string.Join("/", new[] { table.Name }.Concat(_prefix.Select(level => HivePath.Level(level.Name, level.Value))));
        if (column < 0) return new TablePartitioning(table, folder, _prefix);
        var partitionColumn = table.Columns[column];
        return partitionColumn.Type switch
        {
            ColumnType.Date => new TablePartitioning(table, folder, _prefix, column, partitionColumn, byDay: true, keepsColumn: false),
            // The time of day is data: the timestamp stays in the files, and the folder holds its UTC day.
            ColumnType.Timestamp => new TablePartitioning(table, folder, _prefix, column,
                new ColumnSchema(DayKeyName(table, partitionColumn), ColumnRole.Time, partitionColumn.Entity, ColumnType.Date), byDay: true, keepsColumn: true),
            _ => new TablePartitioning(table, folder, _prefix, column, partitionColumn, byDay: false, keepsColumn: false),
        };
    }

    // The column of a table named by the argument, or its first column of the role it names (date: time); -1 if none.
    private int KeyColumn(TableSchema table)
    {
        var columns = table.Columns;
        for (int i = 0; i < columns.Count; i++)
            if (columns[i].Name == _by) return PartitionColumns.Accepted(columns[i]) ? i : -1;
        string role = string.Equals(_by, DateAlias, StringComparison.OrdinalIgnoreCase) ? nameof(ColumnRole.Time) : _by!;
        for (int i = 0; i < columns.Count; i++)
            if (string.Equals(columns[i].Role.ToString(), role, StringComparison.OrdinalIgnoreCase) && PartitionColumns.Accepted(columns[i])) return i;
        return -1;
    }

    // A timestamp's day is named "date", unless the table has a column of that name already (commerce orders: date and timestamp).
    private static string DayKeyName(TableSchema table, ColumnSchema timestamp) =>
        table.Columns.Any(c => c.Name == DateAlias) ? timestamp.Name + "_" + DateAlias : DateAlias;

    private static string UnknownColumn(string by, IReadOnlyList<TableSchema> tables)
    {
        var columns = tables.SelectMany(t => t.Columns).ToArray();
        bool doubles = columns.Any(c => c.Name == by && !PartitionColumns.Accepted(c));
        bool times = columns.Any(c => c.Role == ColumnRole.Time && PartitionColumns.Accepted(c));
        // A column named like the alias is listed once, as the alias (MMM's date is its tables' first time column).
        var names = columns.Where(PartitionColumns.Offered).Select(c => c.Name).Distinct().Where(n => !(times && n == DateAlias)).ToArray();
        string what = doubles ? $"'{by}' holds doubles, which do not partition" : $"no table has a column or role '{by}'";
        return $"{what}; partition by one of: {(times ? $"{DateAlias} (each table's first time column), " : "")}{string.Join(", ", names)}" +
            PartitionColumns.NotOfferedReason(columns);
    }
}
