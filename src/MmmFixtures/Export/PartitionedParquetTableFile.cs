#if NET
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using MmmFixtures.Concurrency;
using MmmFixtures.Families;

namespace MmmFixtures.Export;

/// <summary>
/// A table written as a Hive-style partitioned Parquet dataset (<see cref="TablePartitioning"/>): each row goes to the
/// partition its key column names, and each partition is written as <see cref="ParquetTableFile"/>s of at most
/// <see cref="HivePartitioning.RowsPerFile"/> rows (<c>part-0.parquet</c>, <c>part-1.parquet</c>, …) holding its rows in
/// the table's order. Workers split their chunks by partition (<see cref="TableChunk.Detach"/>); the appending thread
/// only routes them. Files and row groups are cut by row counts alone, so the bytes depend on the rows, never on the
/// threads. A partition's file is opened only when its first row group is full or at <see cref="Complete"/>, so small
/// partitions hold no file handle; the table holds at most <see cref="HivePartitioning.HeldRows"/> unwritten rows.
/// The files are listed partition by partition in key order (see <see cref="PartitionKey"/>).
/// </summary>
internal sealed class PartitionedParquetTableFile : TableFile
{
    private readonly TablePartitioning _partitioning;
    private readonly Func<string, StagedFile> _create;
    private readonly Action<TableSchema> _written;
    private readonly int _rowsPerFile, _rowGroupRows, _heldRows;
    private readonly Dictionary<PartitionKey, Partition> _partitions = new();
    private long _held; // rows appended to the partitions and not yet written

    /// <summary>Writes the table as <paramref name="partitioning"/> says.</summary>
    /// <param name="partitioning">The table and how it is partitioned.</param>
    /// <param name="create">Creates a file of the export by its name.</param>
    /// <param name="written">Told each part file's schema (name, columns, partition levels) for the manifest, as it is created.</param>
    /// <param name="rowsPerFile">Rows per part file (a multiple of <paramref name="rowGroupRows"/> keeps row groups full).</param>
    /// <param name="rowGroupRows">Rows per row group.</param>
    /// <param name="heldRows">Rows held across the partitions before each writes its pending rows (see <see cref="HivePartitioning.HeldRows"/>).</param>
    public PartitionedParquetTableFile(TablePartitioning partitioning, Func<string, StagedFile> create, Action<TableSchema> written,
        int rowsPerFile = HivePartitioning.RowsPerFile, int rowGroupRows = ParquetTableFile.RowGroupRows, int heldRows = HivePartitioning.HeldRows) : base(partitioning.Table)
    {
        if (rowsPerFile < 1) throw new ArgumentOutOfRangeException(nameof(rowsPerFile), rowsPerFile, "must be at least 1");
        if (heldRows < 1) throw new ArgumentOutOfRangeException(nameof(heldRows), heldRows, "must be at least 1");
        _heldRows = heldRows;
        _partitioning = partitioning;
        _create = create;
        _written = written;
        _rowsPerFile = rowsPerFile;
        _rowGroupRows = rowGroupRows;
    }

    public override TableChunk NewChunk() => new Chunk(_partitioning);

    // The content's rows are taken in the table's order, window by window, each window ending at the latest where the
    // rows held could reach the limit; when they do, every partition writes its pending rows. Where that happens depends
    // on the sequence of rows only, never on where the chunks were cut.
    public override void Append(TableContent content)
    {
        var detached = content as Content ?? throw new ArgumentException("The content was not detached from a chunk of this partitioned table.", nameof(content));
        var parts = detached.Parts;
        var partitions = parts.Select(p => PartitionOf(p.Key)).ToArray();
        var done = new int[parts.Count];
        for (long position = 0; position < detached.Rows;)
        {
            long end = Math.Min(detached.Rows, position + (_heldRows - _held));
            for (int i = 0; i < parts.Count; i++)
            {
                int upTo = parts[i].RowsBefore(end, done[i]);
                if (upTo == done[i]) continue;
                _held -= partitions[i].PendingRows;
                partitions[i].Append(parts[i].Rows, done[i], upTo - done[i]);
                _held += partitions[i].PendingRows;
                done[i] = upTo;
            }
            position = end;
            if (_held < _heldRows) continue;
            foreach (var partition in _partitions.Values) partition.WritePendingRows();
            _held = 0;
        }
    }

    public override IReadOnlyList<ExportedFile> Complete()
    {
        // An empty table is one empty file in the default partition, so readers of the dataset see its columns' types.
        if (_partitions.Count == 0) PartitionOf(PartitionKey.Null);
        // Partitions still filling their first part hold all their rows: their files are encoded and written in parallel.
        var partitions = _partitions.OrderBy(p => p.Key).Select(p => p.Value).ToArray();
        var files = new IReadOnlyList<ExportedFile>[partitions.Length];
        FirstFailure.Unwrap(() => Parallel.For(0, partitions.Length, CallingThread.Options(), i => files[i] = partitions[i].Complete()));
        return files.SelectMany(f => f).ToArray();
    }

    public override void Dispose()
    {
        foreach (var partition in _partitions.Values) partition.Dispose();
    }

    private Partition PartitionOf(PartitionKey key)
    {
        if (_partitions.TryGetValue(key, out var partition)) return partition;
        if (_partitions.Count == HivePartitioning.MaxPartitions)
            throw new ExportOptionsException($"Cannot partition table {_partitioning.Table.Name} by '{_partitioning.Key?.Name}': it has more than " +
                $"{HivePartitioning.MaxPartitions.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} values; partition by a column with fewer values (a date, geo, tenant or category).");
        return _partitions[key] = new Partition(this, key);
    }

    // One partition's part files: the current one takes rows until it holds RowsPerFile, then the next one starts.
    private sealed class Partition : IDisposable
    {
        private readonly PartitionedParquetTableFile _table;
        private readonly PartitionKey _key;
        private readonly List<ExportedFile> _files = new();
        private ParquetTableFile _current;
        private int _part;

        public Partition(PartitionedParquetTableFile table, PartitionKey key)
        {
            _table = table;
            _key = key;
            _current = NewPart();
        }

        public int PendingRows => _current.PendingRows;

        public void WritePendingRows() => _current.WritePendingRows();

        public void Append(ParquetColumns rows, int start, int count)
        {
            for (int end = start + count; start < end;)
            {
                int take = (int)Math.Min(end - start, _table._rowsPerFile - _current.Rows);
                _current.Append(rows, start, take);
                start += take;
                if (_current.Rows == _table._rowsPerFile)
                {
                    _files.AddRange(_current.Complete());
                    _part++;
                    _current = NewPart();
                }
            }
        }

        public IReadOnlyList<ExportedFile> Complete()
        {
            if (_current.Rows > 0 || _files.Count == 0) _files.AddRange(_current.Complete());
            return _files;
        }

        public void Dispose() => _current.Dispose();

        private ParquetTableFile NewPart()
        {
            var file = _table._partitioning.PartFile(_key, _part);
            return new ParquetTableFile(() =>
            {
                _table._written(file);
                return _table._create(file.FileName);
            }, _table._partitioning.FileSchema, _table._rowGroupRows);
        }
    }

    private sealed class Content : TableContent
    {
        public Content(long rows, IReadOnlyList<Part> parts) : base(rows) => Parts = parts;

        public IReadOnlyList<Part> Parts { get; }
    }

    // One partition's rows of a chunk: its row i was the chunk's row Order[Start + i] (row i itself when Order is null).
    private sealed record Part(PartitionKey Key, ParquetColumns Rows, int[]? Order, int Start)
    {
        // How many of its rows came before the chunk's row `end`, counting on from `from` of them.
        public int RowsBefore(long end, int from)
        {
            if (Order is null) return (int)Math.Min(end, Rows.Rows);
            while (from < Rows.Rows && Order[Start + from] < end) from++;
            return from;
        }
    }

    // Rows of the whole table's columns, each tagged with its partition as its key column's value goes by; detached
    // split into one block of file columns per partition, in the chunk's row order.
    private sealed class Chunk : TableChunk
    {
        private readonly TablePartitioning _partitioning;
        private readonly ParquetColumns _rows;
        private readonly Dictionary<PartitionKey, int> _local = new();
        private readonly List<PartitionKey> _keys = new();
        private int[] _partitionOfRow = new int[1024];
        private int _column, _rowCount;
        private PartitionKey _rowKey = PartitionKey.Null;

        public Chunk(TablePartitioning partitioning)
        {
            _partitioning = partitioning;
            _rows = new ParquetColumns(partitioning.Table);
        }

        public override void String(string? value)
        {
            if (IsKey()) _rowKey = PartitionKey.Of(value);
            _rows.String(value);
        }

        public override void Int64(long value)
        {
            if (IsKey()) _rowKey = PartitionKey.Of(value);
            _rows.Int64(value);
        }

        public override void Double(double value)
        {
            IsKey();
            _rows.Double(value);
        }

        public override void Date(DateTime date)
        {
            if (IsKey()) _rowKey = PartitionKey.OfDate(date);
            _rows.Date(date);
        }

        public override void Timestamp(long unixMs)
        {
            if (IsKey()) _rowKey = PartitionKey.OfUtcDay(unixMs);
            _rows.Timestamp(unixMs);
        }

        public override void Null()
        {
            if (IsKey()) _rowKey = PartitionKey.Null;
            _rows.Null();
        }

        protected override void EndRowCore()
        {
            _rows.EndRow();
            if (!_local.TryGetValue(_rowKey, out int partition))
            {
                _local.Add(_rowKey, partition = _keys.Count);
                _keys.Add(_rowKey);
            }
            if (_rowCount == _partitionOfRow.Length) Array.Resize(ref _partitionOfRow, _rowCount * 2);
            _partitionOfRow[_rowCount++] = partition;
            _column = 0;
            _rowKey = PartitionKey.Null;
        }

        public override TableContent Detach()
        {
            var rows = _rows.Detach();
            int count = _rowCount, removed = _partitioning.RemovedColumn;
            IReadOnlyList<Part> parts;
            if (_keys.Count <= 1) parts = _keys.Select(key => new Part(key, rows.Without(removed), null, 0)).ToArray();
            else
            {
                // Counting sort of the row numbers by partition keeps each partition's rows in order.
                var starts = new int[_keys.Count + 1];
                for (int r = 0; r < count; r++) starts[_partitionOfRow[r] + 1]++;
                for (int p = 0; p < _keys.Count; p++) starts[p + 1] += starts[p];
                var next = (int[])starts.Clone();
                var order = new int[count];
                for (int r = 0; r < count; r++) order[next[_partitionOfRow[r]]++] = r;
                parts = _keys.Select((key, p) => new Part(key, rows.Gather(order, starts[p], starts[p + 1] - starts[p], removed), order, starts[p])).ToArray();
            }
            _local.Clear();
            _keys.Clear();
            _rowCount = 0;
            return new Content(count, parts);
        }

        public override void Dispose()
        {
            // Nothing pooled: the columns are ordinary arrays.
        }

        private bool IsKey() => _column++ == _partitioning.Column;
    }
}
#endif
