using System.Collections.Generic;
using System.Linq;
using MmmFixtures.Export;

namespace MmmFixtures.Sharding;

/// <summary>
/// <c>shard/rows.csv</c>: one row per entity of a shard, in entity order — the entity's index among the spec's
/// entities, then how many rows it has in each entity table (one column per table, named by its CSV file). Merge
/// reads it to interleave the shards' rows by entity without understanding any table.
/// </summary>
internal static class ShardRowIndex
{
    /// <summary>The index's file name.</summary>
    public const string FileName = ShardPlan.Folder + "rows.csv";

    /// <summary>The index's columns for <paramref name="tables"/>, in their order.</summary>
    public static TableSchema Schema(IEnumerable<TableSchema> tables) => new(FileName,
        new[] { new ColumnSchema("entity", ColumnRole.Key, Type: ColumnType.Int64) }
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

        /// <summary>Ends entity <paramref name="entity"/>: its index row counts the rows written since the previous entity.</summary>
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

    /// <summary>Reads a shard's index: for each of its entities in order, the entity and its rows in one table.</summary>
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

        /// <summary>The next entity and its rows, or false after the last.</summary>
        public bool Next(out long entity, out long rows)
        {
            entity = rows = 0;
            string? line = _text.ReadLine();
            if (string.IsNullOrEmpty(line)) return false;
            var fields = line!.Split(',');
            entity = long.Parse(fields[0], System.Globalization.CultureInfo.InvariantCulture);
            rows = long.Parse(fields[_column], System.Globalization.CultureInfo.InvariantCulture);
            return true;
        }

        /// <summary>Closes the file.</summary>
        public void Dispose() => _text.Dispose();
    }
}
