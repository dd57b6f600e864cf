#if NET
using System;
using System.Collections.Generic;
using System.IO;

namespace MmmFixtures.Parquet;

/// <summary>
/// Writes a Parquet file to a forward-only stream: the magic <c>PAR1</c>, row groups of column chunks — each one
/// version-1 data page, plain-encoded, Snappy-compressed — and the footer (<see cref="FileMetadata"/>, its length,
/// <c>PAR1</c>). A column encodes its page's body into <see cref="Page"/> and hands it over with
/// <see cref="WriteDataPage"/>; nothing but the values goes into the bytes (no time, no random id, no library version),
/// so a file's bytes depend on its rows alone.
/// </summary>
internal sealed class ParquetFileWriter
{
    private static ReadOnlySpan<byte> Magic => "PAR1"u8;

    private readonly Stream _output;
    private readonly IReadOnlyList<ParquetField> _fields;
    private readonly List<RowGroupMetadata> _rowGroups = new();
    private readonly List<ColumnChunkMetadata> _chunks = new();
    // Encoding scratch, one set per thread rather than per file: a partitioned dataset has thousands of files open at
    // once, and a page is encoded, compressed and written in one call on one thread.
    [ThreadStatic] private static Scratch? t_scratch;
    private long _position, _rows;
    private int _rowGroupRows = -1;

    /// <summary>Starts a file of <paramref name="fields"/> on <paramref name="output"/>.</summary>
    public ParquetFileWriter(Stream output, IReadOnlyList<ParquetField> fields)
    {
        // Values are copied to pages as they lie in memory, which Parquet defines as little-endian.
        if (!BitConverter.IsLittleEndian) throw new PlatformNotSupportedException("Parquet exports need a little-endian processor.");
        _output = output;
        _fields = fields;
        Write(Magic);
    }

    /// <summary>The body of the page being encoded (levels, then values); emptied by each page written.</summary>
    public ByteBuffer Page => Buffers.Page;

    private static Scratch Buffers => t_scratch ??= new Scratch();

    /// <summary>Starts a row group of <paramref name="rows"/> rows; its columns follow in schema order.</summary>
    public void BeginRowGroup(int rows)
    {
        if (_rowGroupRows >= 0) throw new InvalidOperationException("A row group is begun before the previous one ended.");
        _rowGroupRows = rows;
        _chunks.Clear();
        Page.Clear(); // what a failed write on this thread may have left
    }

    /// <summary>Writes the definition levels of <paramref name="isNull"/> to <see cref="Page"/>, as an optional column's data page begins.</summary>
    public void DefinitionLevels(ReadOnlySpan<bool> isNull) => Buffers.Levels.Write(isNull, Page);

    /// <summary>
    /// Writes <see cref="Page"/> as the current column's data page and ends its chunk: <paramref name="values"/> values
    /// (nulls included), plain-encoded, with the chunk's <paramref name="statistics"/>.
    /// </summary>
    public void WriteDataPage(int values, ColumnStatistics statistics)
    {
        if (_rowGroupRows < 0 || _chunks.Count == _fields.Count) throw new InvalidOperationException("A column is written outside a row group or after its last column.");
        if (values != _rowGroupRows) throw new InvalidOperationException($"Column '{_fields[_chunks.Count].Name}' has {values} values in a row group of {_rowGroupRows} rows.");
        var (page, compressed, header) = (Page, Buffers.Compressed, Buffers.Header);
        long start = _position;
        compressed.Clear();
        Snappy.Compress(page.Written, compressed);
        header.Clear();
        new PageHeader(page.Length, compressed.Length, values, ValueEncoding.Plain).Write(new ThriftCompactWriter(header));
        long uncompressed = header.Length + page.Length;
        Write(header.Written);
        Write(compressed.Written);
        page.Clear();
        var field = _fields[_chunks.Count];
        _chunks.Add(new ColumnChunkMetadata(field.Name, field.Physical, CompressionCodec.Snappy, values, uncompressed, _position - start, start, statistics));
    }

    /// <summary>Ends the row group once each column has written its data page.</summary>
    public void EndRowGroup()
    {
        if (_rowGroupRows < 0 || _chunks.Count != _fields.Count) throw new InvalidOperationException($"A row group ended after {_chunks.Count} of its {_fields.Count} columns.");
        _rowGroups.Add(new RowGroupMetadata(_rowGroupRows, _chunks.ToArray()));
        _rows += _rowGroupRows;
        _rowGroupRows = -1;
    }

    /// <summary>Writes the footer; the stream then holds a complete file.</summary>
    public void Complete()
    {
        if (_rowGroupRows >= 0) throw new InvalidOperationException("The file is completed in the middle of a row group.");
        var footer = Buffers.Header;
        footer.Clear();
        new FileMetadata(_fields, _rows, _rowGroups).Write(new ThriftCompactWriter(footer));
        footer.Int32LittleEndian(footer.Length);
        footer.Bytes(Magic);
        Write(footer.Written);
        _output.Flush();
    }

    private void Write(ReadOnlySpan<byte> bytes)
    {
        _output.Write(bytes);
        _position += bytes.Length;
    }

    private sealed class Scratch
    {
        public ByteBuffer Page { get; } = new();
        public ByteBuffer Compressed { get; } = new();
        public ByteBuffer Header { get; } = new();
        public DefinitionLevels Levels { get; } = new();
    }
}
#endif
