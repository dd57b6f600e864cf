using System.Collections.Generic;
using System.Linq;
using MmmFixtures.Export;

namespace MmmFixtures.Sharding;

/// <summary>
/// <c>shard/rows.csv</c>: a shard's entity tables cut into blocks, in the whole export's order — each block's position
/// among the whole export's blocks, then how many rows it has in each entity table (one column per table, named by
/// its CSV file). A block is an entity where a table groups its rows by entity (a clickstream user, a commerce tenant)
/// and one (period, geo) row where rows are sorted by period then geo (an MMM panel). Merge reads it to interleave the
/// shards' rows block by block without understanding any table.
/// </summary>
internal static class ShardRowIndex
{
    /// <summary>The index's file name.</summary>
    public const string FileName = ShardPlan.Folder + "rows.csv";

    /// <summary>The index's columns for <paramref name="tables"/>, in their order.</summary>
    public static TableSchema Schema(IEnumerable<TableSchema> tables) => new(FileName,
        new[] { new ColumnSchema("block", ColumnRole.Key, Type: ColumnType.Int64) }
            .Concat(tables.Select(t => new ColumnSchema(t.FileName, ColumnRole.Key, Type: ColumnType.Int64))).ToArray());

    /// <summary>The index column that counts <paramref name="file"/>'s rows: its table's CSV name (a Parquet file's table has the same rows).</summary>
    public static string ColumnOf(string file) =>
        file.EndsWith(".parquet", System.StringComparison.Ordinal) ? file.Substring(0, file.Length - ".parquet".Length) + ".csv" : file;

    /// <summary>
    /// Writes one index row per entity on a worker: after the entity's rows are written to the worker's chunks of the
    /// entity tables (in index column order), <see cref="EndEntity"/> records how many each received.
    /// </summary>
    public sealed class Recorder
    {
        private readonly TableRows _index;
        private readonly IReadOnlyList<TableRows> _tables;
        private readonly long[] _seen;

        /// <summary>Records into <paramref name="index"/> the rows written to <paramref name="tables"/>.</summary>
        public Recorder(TableRows index, IReadOnlyList<TableRows> tables)
        {
            _index = index;
            _tables = tables;
            _seen = tables.Select(t => t.RowCount).ToArray();
        }

        /// <summary>Ends entity <paramref name="entity"/> (the block at that position): its index row counts the rows written since the previous entity.</summary>
        public void EndEntity(long entity)
        {
            _index.Int64(entity);
            for (int t = 0; t < _tables.Count; t++)
            {
                long rows = _tables[t].RowCount;
                _index.Int64(rows - _seen[t]);
                _seen[t] = rows;
            }
            _index.EndRow();
        }
    }

    /// <summary>Reads a shard's index: for each of its blocks in order, the block's position and its rows in one table.</summary>
    public sealed class Reader : System.IDisposable
    {
        private readonly System.IO.StreamReader _text;
        private readonly int _column;

        /// <summary>Reads <paramref name="path"/>'s counts of <paramref name="file"/>'s rows.</summary>
        /// <exception cref="System.IO.InvalidDataException">The index has no column for that file.</exception>
        public Reader(string path, string file)
        {
            _text = new System.IO.StreamReader(path, System.Text.Encoding.UTF8, false, 1 << 16);
            var header = (_text.ReadLine() ?? "").Split(',').Select(h => h.Trim('"')).ToArray();
            _column = System.Array.IndexOf(header, ColumnOf(file));
            if (_column < 1) throw new System.IO.InvalidDataException($"{path} counts no rows of {file}.");
        }

        /// <summary>The next block's position and its rows, or false after the last.</summary>
        public bool Next(out long block, out long rows)
        {
            block = rows = 0;
            string? line = _text.ReadLine();
            if (string.IsNullOrEmpty(line)) return false;
            var fields = line!.Split(',');
            block = long.Parse(fields[0], System.Globalization.CultureInfo.InvariantCulture);
            rows = long.Parse(fields[_column], System.Globalization.CultureInfo.InvariantCulture);
            return true;
        }

        /// <summary>Closes the file.</summary>
        public void Dispose() => _text.Dispose();
    }
}
