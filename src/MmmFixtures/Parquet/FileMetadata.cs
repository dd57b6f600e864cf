#if NET
using System.Collections.Generic;
using System.IO;

namespace MmmFixtures.Parquet;

/// <summary>
/// A Parquet file's footer (<c>FileMetaData</c>): the flat schema under a root group, the row count, the row groups,
/// the writer's name (no version, so the bytes do not change with the library's) and each column's sort order for
/// its statistics (<c>TYPE_ORDER</c>).
/// </summary>
/// <param name="Fields">The columns, in order.</param>
/// <param name="Rows">The file's rows.</param>
/// <param name="RowGroups">The row groups, in order.</param>
internal sealed record FileMetadata(IReadOnlyList<ParquetField> Fields, long Rows, IReadOnlyList<RowGroupMetadata> RowGroups)
{
    /// <summary>The <c>created_by</c> the files carry.</summary>
    public const string CreatedBy = "MmmFixtures";

    /// <summary>Encodes the footer.</summary>
    public void Write(ThriftCompactWriter thrift)
    {
        thrift.BeginStruct();
        thrift.Int32(1, 1); // version
        thrift.BeginList(2, ThriftType.Struct, Fields.Count + 1);
        thrift.BeginStruct(); // the root group
        thrift.String(4, "schema");
        thrift.Int32(5, Fields.Count);
        thrift.EndStruct();
        foreach (var field in Fields) field.Write(thrift);
        thrift.Int64(3, Rows);
        thrift.BeginList(4, ThriftType.Struct, RowGroups.Count);
        for (int i = 0; i < RowGroups.Count; i++) RowGroups[i].Write(thrift, i);
        thrift.String(6, CreatedBy);
        thrift.BeginList(7, ThriftType.Struct, Fields.Count);
        foreach (var _ in Fields)
        {
            thrift.BeginStruct(); // ColumnOrder, a union
            thrift.BeginStruct(1); // TYPE_ORDER
            thrift.EndStruct();
            thrift.EndStruct();
        }
        thrift.EndStruct();
    }

    /// <summary>Decodes a footer.</summary>
    /// <exception cref="InvalidDataException">The footer is malformed or declares a column the exports never write.</exception>
    public static FileMetadata Read(System.ReadOnlySpan<byte> bytes)
    {
        var thrift = new ThriftCompactReader(bytes);
        var fields = new List<ParquetField>();
        var rowGroups = new List<RowGroupMetadata>();
        long rows = 0;
        thrift.BeginStruct();
        while (thrift.NextField(out short id, out var type))
        {
            switch (id)
            {
                case 2:
                    int elements = thrift.BeginList(out _);
                    for (int i = 0; i < elements; i++)
                    {
                        short outer = thrift.BeginStruct();
                        if (ParquetField.Read(ref thrift) is { } field) fields.Add(field);
                        thrift.EndStruct(outer);
                    }
                    break;
                case 3: rows = thrift.Int64(); break;
                case 4:
                    int groups = thrift.BeginList(out _);
                    for (int i = 0; i < groups; i++)
                    {
                        short outer = thrift.BeginStruct();
                        rowGroups.Add(RowGroupMetadata.Read(ref thrift));
                        thrift.EndStruct(outer);
                    }
                    break;
                default: thrift.Skip(type); break;
            }
        }
        return new FileMetadata(fields, rows, rowGroups);
    }
}
#endif
