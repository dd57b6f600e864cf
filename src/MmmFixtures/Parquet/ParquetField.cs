#if NET
using System.IO;
using MmmFixtures.Export;

namespace MmmFixtures.Parquet;

/// <summary>
/// A column of a flat Parquet schema (<c>SchemaElement</c>) as the exports declare it, from its <see cref="ColumnType"/>:
/// STRING (UTF8) on BYTE_ARRAY, INTEGER(64, signed) (INT_64) on INT64, DOUBLE, DATE on INT32, TIMESTAMP(MILLIS,
/// adjusted to UTC) on INT64 with no legacy converted type — required, or optional when nullable.
/// </summary>
/// <param name="Name">The column's name.</param>
/// <param name="Type">The column's value type.</param>
/// <param name="Nullable">Whether the column is optional (values may be null).</param>
internal sealed record ParquetField(string Name, ColumnType Type, bool Nullable)
{
    private const int Required = 0, Optional = 1;
    private const int ConvertedUtf8 = 0, ConvertedDate = 6, ConvertedInt64 = 18;
    private const short LogicalString = 1, LogicalDate = 6, LogicalTimestamp = 8, LogicalInteger = 10;
    private const short UnitMillis = 1;

    /// <summary>The physical type the column's values are stored as.</summary>
    public PhysicalType Physical => Type switch
    {
        ColumnType.String => PhysicalType.ByteArray,
        ColumnType.Int64 or ColumnType.Timestamp => PhysicalType.Int64,
        ColumnType.Double => PhysicalType.Double,
        ColumnType.Date => PhysicalType.Int32,
        _ => throw new System.ArgumentOutOfRangeException(nameof(Type), Type, "Unknown column type."),
    };

    /// <summary>Encodes the schema element as a list element.</summary>
    public void Write(ThriftCompactWriter thrift)
    {
        thrift.BeginStruct();
        thrift.Int32(1, (int)Physical);
        thrift.Int32(3, Nullable ? Optional : Required);
        thrift.String(4, Name);
        switch (Type)
        {
            case ColumnType.String: thrift.Int32(6, ConvertedUtf8); break;
            case ColumnType.Int64: thrift.Int32(6, ConvertedInt64); break;
            case ColumnType.Date: thrift.Int32(6, ConvertedDate); break;
        }
        if (Type != ColumnType.Double)
        {
            thrift.BeginStruct(10); // logicalType, a union of structs
            switch (Type)
            {
                case ColumnType.String:
                    thrift.BeginStruct(LogicalString);
                    break;
                case ColumnType.Int64:
                    thrift.BeginStruct(LogicalInteger);
                    thrift.Byte(1, 64); // bitWidth
                    thrift.Bool(2, true); // isSigned
                    break;
                case ColumnType.Date:
                    thrift.BeginStruct(LogicalDate);
                    break;
                default:
                    thrift.BeginStruct(LogicalTimestamp);
                    thrift.Bool(1, true); // isAdjustedToUTC
                    thrift.BeginStruct(2); // unit, a union
                    thrift.BeginStruct(UnitMillis);
                    thrift.EndStruct();
                    thrift.EndStruct();
                    break;
            }
            thrift.EndStruct();
            thrift.EndStruct();
        }
        thrift.EndStruct();
    }

    /// <summary>Decodes a schema element (the struct's fields, after its start); null for the root (a group).</summary>
    /// <exception cref="InvalidDataException">A column of a type or annotation the exports never write.</exception>
    public static ParquetField? Read(ref ThriftCompactReader thrift)
    {
        int? physical = null;
        int repetition = Required;
        short logical = 0, unit = 0;
        string name = "";
        while (thrift.NextField(out short id, out var type))
        {
            switch (id)
            {
                case 1: physical = thrift.Int32(); break;
                case 3: repetition = thrift.Int32(); break;
                case 4: name = thrift.String(); break;
                case 10: logical = ReadLogicalType(ref thrift, out unit); break;
                default: thrift.Skip(type); break; // the converted type says what the logical type says
            }
        }
        if (physical is null) return null;
        ColumnType? columnType = ((PhysicalType)physical, logical) switch
        {
            (PhysicalType.ByteArray, LogicalString) => ColumnType.String,
            (PhysicalType.Int64, LogicalInteger) => ColumnType.Int64,
            (PhysicalType.Int64, LogicalTimestamp) when unit == UnitMillis => ColumnType.Timestamp,
            (PhysicalType.Double, 0) => ColumnType.Double,
            (PhysicalType.Int32, LogicalDate) => ColumnType.Date,
            _ => null,
        };
        if (columnType is null || repetition is not (Required or Optional))
            throw new InvalidDataException($"Parquet column '{name}' has a type (physical {physical}, logical {logical}, repetition {repetition}) the exports do not write.");
        return new ParquetField(name, columnType.Value, repetition == Optional);
    }

    // The logical type union's member (its field id) and, for a timestamp, its unit's.
    private static short ReadLogicalType(ref ThriftCompactReader thrift, out short unit)
    {
        short member = 0;
        unit = 0;
        short outer = thrift.BeginStruct();
        while (thrift.NextField(out short id, out var type))
        {
            member = id;
            if (id != LogicalTimestamp)
            {
                thrift.Skip(type);
                continue;
            }
            short timestamp = thrift.BeginStruct();
            while (thrift.NextField(out short field, out var fieldType))
            {
                if (field != 2)
                {
                    thrift.Skip(fieldType);
                    continue;
                }
                short unitOuter = thrift.BeginStruct();
                while (thrift.NextField(out short unitId, out var unitType))
                {
                    unit = unitId;
                    thrift.Skip(unitType);
                }
                thrift.EndStruct(unitOuter);
            }
            thrift.EndStruct(timestamp);
        }
        thrift.EndStruct(outer);
        return member;
    }
}
#endif
