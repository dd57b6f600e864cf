#if NET
using System;
using System.Buffers.Binary;
using System.IO;
using System.Linq;

namespace MmmFixtures.Parquet;

/// <summary>Takes one decompressed data page: its body (levels, then values) and its value count, nulls included.</summary>
internal delegate void DataPageReader(ReadOnlySpan<byte> page, int values);

/// <summary>
/// Reads the Parquet files <see cref="ParquetFileWriter"/> writes: the footer, then a column chunk's data pages,
/// decompressed. Anything those files never hold (nested schemas, dictionaries, other encodings or codecs) is refused.
/// </summary>
internal sealed class ParquetFileReader : IDisposable
{
    private static ReadOnlySpan<byte> Magic => "PAR1"u8;

    private readonly FileStream _file;
    private byte[] _chunk = Array.Empty<byte>(), _page = Array.Empty<byte>();

    /// <summary>Opens the file at <paramref name="path"/> and reads its footer.</summary>
    /// <exception cref="InvalidDataException">Not a Parquet file, or one these exports did not write.</exception>
    public ParquetFileReader(string path)
    {
        _file = File.OpenRead(path);
        try
        {
            Span<byte> ends = stackalloc byte[8];
            if (_file.Length < 12) throw Invalid("is too short");
            ReadAt(0, ends[..4]);
            if (!ends[..4].SequenceEqual(Magic)) throw Invalid("does not start with PAR1");
            ReadAt(_file.Length - 8, ends);
            if (!ends[4..].SequenceEqual(Magic)) throw Invalid("does not end with PAR1");
            int footer = BinaryPrimitives.ReadInt32LittleEndian(ends);
            if (footer <= 0 || footer > _file.Length - 12) throw Invalid("has a footer longer than the file");
            var bytes = new byte[footer];
            ReadAt(_file.Length - 8 - footer, bytes);
            Metadata = FileMetadata.Read(bytes);
            if (Metadata.RowGroups.Any(g => g.Columns.Count != Metadata.Fields.Count || g.Columns.Where((c, i) => c.Name != Metadata.Fields[i].Name).Any()))
                throw Invalid("has a row group whose columns are not the schema's");
        }
        catch
        {
            _file.Dispose();
            throw;
        }
    }

    /// <summary>The file's footer.</summary>
    public FileMetadata Metadata { get; }

    /// <summary>Reads <paramref name="chunk"/>'s data pages, in order, each decompressed and handed to <paramref name="read"/>.</summary>
    /// <exception cref="InvalidDataException">The chunk is malformed or uses what these exports never write.</exception>
    public void ReadChunk(ColumnChunkMetadata chunk, DataPageReader read)
    {
        if (chunk.Codec is not (CompressionCodec.Snappy or CompressionCodec.Uncompressed)) throw Invalid($"compresses column '{chunk.Name}' with codec {(int)chunk.Codec}");
        if (chunk.CompressedSize < 0 || chunk.DataPageOffset < 4 || chunk.DataPageOffset + chunk.CompressedSize > _file.Length - 8) throw Invalid($"places column '{chunk.Name}' outside the file");
        int size = checked((int)chunk.CompressedSize);
        if (_chunk.Length < size) _chunk = new byte[size];
        var bytes = _chunk.AsSpan(0, size);
        ReadAt(chunk.DataPageOffset, bytes);
        long values = 0;
        for (int at = 0; values < chunk.Values;)
        {
            var header = PageHeader.Read(bytes[at..], out int headerBytes);
            at += headerBytes;
            if (header.Encoding != ValueEncoding.Plain) throw Invalid($"encodes column '{chunk.Name}' as {(int)header.Encoding}, not plain");
            if (header.CompressedSize > bytes.Length - at) throw Invalid($"has a page of column '{chunk.Name}' past its chunk");
            var stored = bytes.Slice(at, header.CompressedSize);
            at += header.CompressedSize;
            values += header.Values;
            if (values > chunk.Values) throw Invalid($"has more values in column '{chunk.Name}' than its chunk declares");
            if (chunk.Codec == CompressionCodec.Uncompressed)
            {
                read(stored, header.Values);
                continue;
            }
            if (Snappy.UncompressedLength(stored) != header.UncompressedSize) throw Invalid($"has a page of column '{chunk.Name}' of another length than its header's");
            if (_page.Length < header.UncompressedSize) _page = new byte[header.UncompressedSize];
            var page = _page.AsSpan(0, header.UncompressedSize);
            Snappy.Decompress(stored, page);
            read(page, header.Values);
        }
    }

    /// <summary>Closes the file.</summary>
    public void Dispose() => _file.Dispose();

    private void ReadAt(long offset, Span<byte> bytes)
    {
        _file.Position = offset;
        _file.ReadExactly(bytes);
    }

    private InvalidDataException Invalid(string what) => new($"{_file.Name} {what}.");
}
#endif
