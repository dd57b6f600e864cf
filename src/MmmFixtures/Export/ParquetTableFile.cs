#if NET
using System;
using System.Collections.Generic;
using System.Linq;
using MmmFixtures.Parquet;

namespace MmmFixtures.Export;

/// <summary>
/// A table written as one Parquet file (<see cref="ParquetFileWriter"/>): typed columns (<see cref="ParquetColumn.Field"/>),
/// Snappy-compressed, in row groups of exactly <see cref="RowGroupRows"/> rows (the last one shorter). Row groups are cut
/// by row count alone, never where a chunk ended, so the bytes depend on the rows only, not on how workers chunked them
/// or on the thread count.
/// </summary>
internal sealed class ParquetTableFile : TableFile
{
    /// <summary>Rows per row group: large enough to compress well, small enough to buffer (a few tens of MB for a wide table).</summary>
    public const int RowGroupRows = 1 << 18;

    private readonly Func<StagedFile> _open;
    private readonly ParquetColumns _rowGroup;
    private StagedFile? _file;
    private ParquetFileWriter? _writer;
    private long _rows;

    public ParquetTableFile(StagedFile file, TableSchema schema, int rowGroupRows = RowGroupRows) : this(() => file, schema, rowGroupRows)
    {
        Writer(); // the file exists from the start, as every other table's
    }

    /// <summary>
    /// A table whose file is created by <paramref name="open"/> only when its first row group is written (or at
    /// <see cref="Complete"/>): a partitioned dataset holds many small tables at once, and those still filling their first
    /// row group hold no file handle.
    /// </summary>
    public ParquetTableFile(Func<StagedFile> open, TableSchema schema, int rowGroupRows = RowGroupRows) : base(schema)
    {
        if (rowGroupRows < 1) throw new ArgumentOutOfRangeException(nameof(rowGroupRows), rowGroupRows, "must be at least 1");
        _open = open;
        _rowGroupRows = rowGroupRows;
        _rowGroup = new ParquetColumns(schema, capacity: 16); // grows to the rows it gets: a partition of a few rows stays small
        _fields = schema.Columns.Select(ParquetColumn.Field).ToArray();
    }

    private readonly int _rowGroupRows;
    private readonly ParquetField[] _fields;

    /// <summary>The rows appended so far.</summary>
    public long Rows => _rows;

    /// <summary>The rows appended but not yet written: the row group being filled.</summary>
    public int PendingRows => _rowGroup.Rows;

    /// <summary>Writes the pending rows now as a (shorter) row group, opening the file if need be; nothing if none are pending.</summary>
    public void WritePendingRows()
    {
        if (_rowGroup.Rows > 0) _rowGroup.WriteRowGroupAndClear(Writer());
    }

    public override TableChunk NewChunk() => new Chunk(Schema);

    public override void Append(TableContent content)
    {
        var rows = (content as Content ?? throw new ArgumentException("The content was not detached from a Parquet chunk.", nameof(content))).Columns;
        Append(rows, 0, rows.Rows);
    }

    /// <summary>Appends <paramref name="count"/> rows of <paramref name="rows"/> (columns of this table's schema) from row <paramref name="start"/>.</summary>
    public void Append(ParquetColumns rows, int start, int count)
    {
        for (int end = start + count; start < end;)
        {
            int take = Math.Min(end - start, _rowGroupRows - _rowGroup.Rows);
            _rowGroup.AppendFrom(rows, start, take);
            start += take;
            if (_rowGroup.Rows == _rowGroupRows) _rowGroup.WriteRowGroupAndClear(Writer());
        }
        _rows += count;
    }

    public override IReadOnlyList<ExportedFile> Complete()
    {
        var writer = Writer();
        // An empty table still gets one (empty) row group, so readers see its columns' types.
        if (_rowGroup.Rows > 0 || _rows == 0) _rowGroup.WriteRowGroupAndClear(writer);
        writer.Complete();
        return new[] { _file!.Commit(_rows) };
    }

    private ParquetFileWriter Writer()
    {
        if (_writer is null)
        {
            _file = _open();
            _writer = new ParquetFileWriter(_file.Content, _fields);
        }
        return _writer;
    }

    public override void Dispose()
    {
        _file?.Dispose(); // an abandoned table's writer is dropped unfinished: its file goes with the staging folder
    }

    private sealed class Content : TableContent
    {
        public Content(ParquetColumns columns) : base(columns.Rows) => Columns = columns;

        public ParquetColumns Columns { get; }
    }

    private sealed class Chunk : TableChunk
    {
        private readonly ParquetColumns _columns;

        public Chunk(TableSchema schema) => _columns = new ParquetColumns(schema);

        public override void String(string? value) => _columns.String(value);
        public override void Int64(long value) => _columns.Int64(value);
        public override void Double(double value) => _columns.Double(value);
        public override void Date(DateTime date) => _columns.Date(date);
        public override void Timestamp(long unixMs) => _columns.Timestamp(unixMs);
        public override void Null() => _columns.Null();
        protected override void EndRowCore() => _columns.EndRow();

        public override TableContent Detach() => new Content(_columns.Detach());

        public override void Dispose()
        {
            // Nothing pooled: the columns are ordinary arrays.
        }
    }
}
#endif
