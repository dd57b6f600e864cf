#if NET
using System.IO;

namespace MmmFixtures.Parquet;

/// <summary>
/// Where a column chunk's pages are and what they hold (<c>ColumnChunk</c> with its <c>ColumnMetaData</c>): data pages,
/// plain-encoded, their levels RLE.
/// </summary>
/// <param name="Name">The column's name (its path in the flat schema).</param>
/// <param name="Type">The column's physical type.</param>
/// <param name="Codec">How the pages are compressed.</param>
/// <param name="Values">Values in the chunk, nulls included.</param>
/// <param name="UncompressedSize">The chunk's bytes (page headers included) before compression.</param>
/// <param name="CompressedSize">The chunk's bytes as stored, page headers included.</param>
/// <param name="DataPageOffset">The file offset of the first data page's header.</param>
/// <param name="Statistics">The chunk's statistics (null when read back: the reader does not need them).</param>
internal sealed record ColumnChunkMetadata(string Name, PhysicalType Type, CompressionCodec Codec, long Values,
    long UncompressedSize, long CompressedSize, long DataPageOffset, ColumnStatistics? Statistics)
{
    /// <summary>Encodes the <c>ColumnChunk</c> as a list element.</summary>
    public void Write(ThriftCompactWriter thrift)
    {
        thrift.BeginStruct();
        thrift.Int64(2, DataPageOffset); // file_offset: where the chunk starts
        thrift.BeginStruct(3); // meta_data
        thrift.Int32(1, (int)Type);
        thrift.BeginList(2, ThriftType.I32, 2);
        thrift.Int32Element((int)ValueEncoding.Plain); // the values
        thrift.Int32Element((int)ValueEncoding.Rle); // the levels
        thrift.BeginList(3, ThriftType.Binary, 1);
        thrift.StringElement(Name);
        thrift.Int32(4, (int)Codec);
        thrift.Int64(5, Values);
        thrift.Int64(6, UncompressedSize);
        thrift.Int64(7, CompressedSize);
        thrift.Int64(9, DataPageOffset);
        Statistics?.Write(thrift, 12);
        thrift.EndStruct();
        thrift.EndStruct();
    }

    /// <summary>Decodes a <c>ColumnChunk</c> (the struct's fields, after its start).</summary>
    /// <exception cref="InvalidDataException">The chunk's data is in another file, has a dictionary or no metadata.</exception>
    public static ColumnChunkMetadata Read(ref ThriftCompactReader thrift)
    {
        ColumnChunkMetadata? read = null;
        while (thrift.NextField(out short id, out var type))
        {
            if (id == 1) throw new InvalidDataException("A Parquet column chunk in another file is not supported.");
            if (id != 3)
            {
                thrift.Skip(type);
                continue;
            }
            short outer = thrift.BeginStruct();
            string name = "";
            int physical = 0, codec = 0;
            long values = 0, uncompressed = 0, compressed = 0, dataPage = 0;
            while (thrift.NextField(out short field, out var fieldType))
            {
                switch (field)
                {
                    case 1: physical = thrift.Int32(); break;
                    case 3:
                        int parts = thrift.BeginList(out _);
                        for (int i = 0; i < parts; i++) name = i == 0 ? thrift.String() : name + "." + thrift.String();
                        break;
                    case 4: codec = thrift.Int32(); break;
                    case 5: values = thrift.Int64(); break;
                    case 6: uncompressed = thrift.Int64(); break;
                    case 7: compressed = thrift.Int64(); break;
                    case 9: dataPage = thrift.Int64(); break;
                    case 11: throw new InvalidDataException($"Parquet column '{name}' has a dictionary page, which the exports do not write.");
                    default: thrift.Skip(fieldType); break;
                }
            }
            thrift.EndStruct(outer);
            read = new ColumnChunkMetadata(name, (PhysicalType)physical, (CompressionCodec)codec, values, uncompressed, compressed, dataPage, null);
        }
        return read ?? throw new InvalidDataException("A Parquet column chunk has no metadata.");
    }
}
#endif
