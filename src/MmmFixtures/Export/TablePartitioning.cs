using System.Collections.Generic;
using System.Linq;

namespace MmmFixtures.Export;

/// <summary>
/// How one Parquet table is written as a Hive-style partitioned dataset: its folder (the table's name, then the fixed
/// levels), the column whose value names each row's partition (or none: one partition, the fixed levels), and the
/// columns its files hold. Made by <see cref="HivePartitioning.For"/>.
/// </summary>
internal sealed class TablePartitioning
{
    /// <summary>A table written under <paramref name="folder"/> (escaped, with '/'), partitioned by no column.</summary>
    public TablePartitioning(TableSchema table, string folder, IReadOnlyList<PartitionFolder> levels)
        : this(table, folder, levels, column: -1, key: null, byDay: false, keepsColumn: true)
    {
    }

    /// <summary>A table written under <paramref name="folder"/>, each row in the partition <c>key=value</c> of its column <paramref name="column"/>.</summary>
    /// <param name="table">The table.</param>
    /// <param name="folder">The dataset's folder with the fixed levels, escaped, with '/'.</param>
    /// <param name="levels">The fixed levels.</param>
    /// <param name="column">The partition column's index.</param>
    /// <param name="key">The partition column as readers of the dataset see it (its name is the folders' key).</param>
    /// <param name="byDay">Whether the key is the column's day (a date or timestamp column).</param>
    /// <param name="keepsColumn">Whether the files keep the column (a timestamp: the folder holds only its day).</param>
    public TablePartitioning(TableSchema table, string folder, IReadOnlyList<PartitionFolder> levels, int column, ColumnSchema? key, bool byDay, bool keepsColumn)
    {
        Table = table;
        Folder = folder;
        Levels = levels;
        Column = column;
        Key = key;
        ByDay = byDay;
        RemovedColumn = keepsColumn ? -1 : column;
        FileSchema = keepsColumn ? table : table with { Columns = table.Columns.Where((_, i) => i != column).ToArray() };
    }

    /// <summary>The table.</summary>
    public TableSchema Table { get; }

    /// <summary>The dataset's folder and fixed levels, e.g. <c>events/shard=003</c>.</summary>
    public string Folder { get; }

    /// <summary>The fixed levels, in order.</summary>
    public IReadOnlyList<PartitionFolder> Levels { get; }

    /// <summary>The index of the partition column in <see cref="Table"/>, or -1 when only the fixed levels partition it.</summary>
    public int Column { get; }

    /// <summary>The partition column as readers of the dataset see it, or null.</summary>
    public ColumnSchema? Key { get; }

    /// <summary>Whether the key is the day of a date or timestamp column.</summary>
    public bool ByDay { get; }

    /// <summary>The index of the column the files leave out (it is in the folder names), or -1.</summary>
    public int RemovedColumn { get; }

    /// <summary>The columns the files hold.</summary>
    public TableSchema FileSchema { get; }

    /// <summary>Part <paramref name="part"/>'s file of partition <paramref name="key"/>, with its name and levels for the manifest.</summary>
    public TableSchema PartFile(PartitionKey key, int part)
    {
        var levels = Key is null ? Levels : Levels.Append(new PartitionFolder(Key.Name, key.Text(ByDay), Key)).ToArray();
        string folder = Key is null ? Folder : $"{Folder}/{HivePath.Level(Key.Name, key.Text(ByDay))}";
        return FileSchema with { FileName = $"{folder}/part-{part}.parquet", Partition = levels };
    }
}
