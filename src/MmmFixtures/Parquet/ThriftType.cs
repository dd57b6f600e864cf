#if NET
namespace MmmFixtures.Parquet;

/// <summary>The type ids of Thrift's compact protocol (field headers and list headers).</summary>
internal enum ThriftType : byte
{
    /// <summary>A bool field whose value is true (in a field header).</summary>
    BoolTrue = 1,
    /// <summary>A bool field whose value is false (in a field header).</summary>
    BoolFalse = 2,
    /// <summary>A signed byte.</summary>
    Byte = 3,
    /// <summary>A 16-bit integer (zigzag varint).</summary>
    I16 = 4,
    /// <summary>A 32-bit integer or enum (zigzag varint).</summary>
    I32 = 5,
    /// <summary>A 64-bit integer (zigzag varint).</summary>
    I64 = 6,
    /// <summary>A double (8 bytes, little-endian).</summary>
    Double = 7,
    /// <summary>Bytes or a string: a varint length, then the bytes.</summary>
    Binary = 8,
    /// <summary>A list: a size-and-element-type header, then the elements.</summary>
    List = 9,
    /// <summary>A set, encoded as a list.</summary>
    Set = 10,
    /// <summary>A map: a varint size, then a key-and-value-type byte, then the pairs.</summary>
    Map = 11,
    /// <summary>A struct: fields until a stop byte.</summary>
    Struct = 12,
}
#endif
