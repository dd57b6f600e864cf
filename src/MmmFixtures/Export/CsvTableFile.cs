using System;
using System.Collections.Generic;

namespace MmmFixtures.Export;

/// <summary>A table written as one CSV file: the header at once, then each appended chunk's bytes.</summary>
internal sealed class CsvTableFile : TableFile
{
    private readonly StagedFile _file;
    private readonly BlockPool _pool;
    private long _rows;

    private readonly char _separator;
    private long _flushedBytes;

    /// <summary>
    /// Appended bytes between disk writes started and flushed in the background (not waited for, see
    /// <see cref="DiskFlusher"/>): the disk catches up while the workers go on, instead of all at <see cref="Complete"/>, and
    /// the appending thread does not stall them waiting for it. The export's final flush finds up to a step of each file
    /// still to write, a millisecond or so per MB: a small table (up to <see cref="SmallSteps"/>) takes small steps, as
    /// that millisecond is a share of its export's time; a large one takes larger steps, each start costing the appending
    /// thread a little (~0.1 ms).
    /// </summary>
    private const long SmallStep = 1L << 20, LargeStep = 4L << 20, SmallSteps = 16L << 20;

    /// <summary>
    /// A table written to <paramref name="file"/> through chunks of <paramref name="blocks"/> (the export's), fields separated
    /// by <paramref name="separator"/> (a consumer layout's tab, or the dialect's comma).
    /// </summary>
    public CsvTableFile(StagedFile file, TableSchema schema, BlockPool blocks, char separator = ',') : base(schema)
    {
        _file = file;
        _pool = blocks;
        _separator = separator;
        using var header = new CsvTableRows(file.Content, schema, separator);
    }

    public override TableChunk NewChunk() => new Chunk(_pool, _separator);

    public override void Append(TableContent content)
    {
        var csv = AsCsv(content);
        csv.Bytes.AppendTo(_file);
        _rows += csv.Rows;
        long length = _file.Content.Length;
        if (length - _flushedBytes >= (_flushedBytes < SmallSteps ? SmallStep : LargeStep))
        {
            _file.StartFlushToDisk();
            _flushedBytes = length;
        }
    }

    public override void HashAhead(TableContent content) => AsCsv(content).Bytes.HashAhead(_file);

    private static Content AsCsv(TableContent content) =>
        content as Content ?? throw new ArgumentException("The content was not detached from a CSV chunk.", nameof(content));

    public override IReadOnlyList<ExportedFile> Complete() => new[] { _file.Commit(_rows) };

    public override void Dispose() => _file.Dispose();

    private sealed class Content : TableContent
    {
        public Content(ChunkBytes bytes, long rows) : base(rows) => Bytes = bytes;

        public ChunkBytes Bytes { get; }
    }

    // CSV rows formatted into pooled blocks, so that workers format in parallel and the appending thread only copies.
    private sealed class Chunk : TableChunk
    {
        private readonly ChunkBuffer _buffer;
        private readonly CsvTableRows _rows;
        private long _detachedRows;

        public Chunk(BlockPool pool, char separator)
        {
            _buffer = new ChunkBuffer(pool);
            _rows = new CsvTableRows(_buffer, separator: separator);
        }

        public override void String(string? value) => _rows.String(value);
        public override void String(ReadOnlySpan<char> value) => _rows.String(value);
        public override void Int64(long value) => _rows.Int64(value);
        public override void Double(double value) => _rows.Double(value);
        public override void Decimal(double value, int decimals) => _rows.Decimal(value, decimals);
        public override void Date(DateTime date) => _rows.Date(date);
        public override void Timestamp(long unixMs) => _rows.Timestamp(unixMs);
        public override void Null() => _rows.Null();
        protected override void EndRowCore() => _rows.EndRow();

        public override TableContent Detach()
        {
            _rows.Flush();
            var content = new Content(_buffer.Detach(), RowCount - _detachedRows);
            _detachedRows = RowCount;
            return content;
        }

        public override void Dispose() => _rows.Dispose();
    }
}
