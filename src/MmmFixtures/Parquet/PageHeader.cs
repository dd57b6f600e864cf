#if NET
using System;
using System.IO;

namespace MmmFixtures.Parquet;

/// <summary>
/// The Thrift header before each page (<c>PageHeader</c>): a data page (version 1), its sizes, its value count and
/// encodings. Definition levels are RLE; the files have no repetition levels (flat schemas), declared RLE too.
/// </summary>
/// <param name="UncompressedSize">The page's bytes before compression.</param>
/// <param name="CompressedSize">The page's bytes as stored.</param>
/// <param name="Values">Values in the page, nulls included.</param>
/// <param name="Encoding">How the values are encoded.</param>
internal sealed record PageHeader(int UncompressedSize, int CompressedSize, int Values, ValueEncoding Encoding)
{
    /// <summary>Encodes the header.</summary>
    public void Write(ThriftCompactWriter thrift)
    {
        thrift.BeginStruct();
        thrift.Int32(1, (int)PageType.DataPage);
        thrift.Int32(2, UncompressedSize);
        thrift.Int32(3, CompressedSize);
        thrift.BeginStruct(5); // data_page_header
        thrift.Int32(1, Values);
        thrift.Int32(2, (int)Encoding);
        thrift.Int32(3, (int)ValueEncoding.Rle); // definition levels
        thrift.Int32(4, (int)ValueEncoding.Rle); // repetition levels
        thrift.EndStruct();
        thrift.EndStruct();
    }

    /// <summary>Decodes a header from the start of <paramref name="bytes"/>; <paramref name="read"/> is its length.</summary>
    /// <exception cref="InvalidDataException">Not a version-1 data page's header.</exception>
    public static PageHeader Read(ReadOnlySpan<byte> bytes, out int read)
    {
        var thrift = new ThriftCompactReader(bytes);
        int type = -1, uncompressed = -1, compressed = -1, values = -1, encoding = -1;
        thrift.BeginStruct();
        while (thrift.NextField(out short id, out var fieldType))
        {
            switch (id)
            {
                case 1: type = thrift.Int32(); break;
                case 2: uncompressed = thrift.Int32(); break;
                case 3: compressed = thrift.Int32(); break;
                case 5:
                    short outer = thrift.BeginStruct();
                    while (thrift.NextField(out short inner, out var innerType))
                    {
                        if (inner == 1) values = thrift.Int32();
                        else if (inner == 2) encoding = thrift.Int32();
                        else thrift.Skip(innerType);
                    }
                    thrift.EndStruct(outer);
                    break;
                default: thrift.Skip(fieldType); break;
            }
        }
        read = thrift.Position;
        if (type != (int)PageType.DataPage || uncompressed < 0 || compressed < 0 || values < 0)
            throw new InvalidDataException($"A Parquet page of type {type}: the exports write only version-1 data pages.");
        return new PageHeader(uncompressed, compressed, values, (ValueEncoding)encoding);
    }
}
#endif
