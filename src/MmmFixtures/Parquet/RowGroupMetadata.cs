#if NET
using System.Collections.Generic;
using System.Linq;

namespace MmmFixtures.Parquet;

/// <summary>A row group (<c>RowGroup</c>): its rows and its column chunks in schema order.</summary>
/// <param name="Rows">The row group's rows.</param>
/// <param name="Columns">Its column chunks.</param>
internal sealed record RowGroupMetadata(long Rows, IReadOnlyList<ColumnChunkMetadata> Columns)
{
    /// <summary>Encodes the row group as list element number <paramref name="ordinal"/>.</summary>
    public void Write(ThriftCompactWriter thrift, int ordinal)
    {
        thrift.BeginStruct();
        thrift.BeginList(1, ThriftType.Struct, Columns.Count);
        foreach (var column in Columns) column.Write(thrift);
        thrift.Int64(2, Columns.Sum(c => c.UncompressedSize)); // total_byte_size
        thrift.Int64(3, Rows);
        if (Columns.Count > 0) thrift.Int64(5, Columns[0].DataPageOffset); // file_offset
        thrift.Int64(6, Columns.Sum(c => c.CompressedSize)); // total_compressed_size
        if (ordinal <= short.MaxValue) thrift.Int16(7, (short)ordinal);
        thrift.EndStruct();
    }

    /// <summary>Decodes a <c>RowGroup</c> (the struct's fields, after its start).</summary>
    public static RowGroupMetadata Read(ref ThriftCompactReader thrift)
    {
        long rows = 0;
        var columns = new List<ColumnChunkMetadata>();
        while (thrift.NextField(out short id, out var type))
        {
            if (id == 1)
            {
                int count = thrift.BeginList(out _);
                for (int i = 0; i < count; i++)
                {
                    short outer = thrift.BeginStruct();
                    columns.Add(ColumnChunkMetadata.Read(ref thrift));
                    thrift.EndStruct(outer);
                }
            }
            else if (id == 3) rows = thrift.Int64();
            else thrift.Skip(type);
        }
        return new RowGroupMetadata(rows, columns);
    }
}
#endif
