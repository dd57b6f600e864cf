#if NET
using System;
using System.Collections.Generic;
using System.Text;

namespace MmmFixtures.Parquet;

/// <summary>
/// Writes Thrift structs in the compact protocol, as Parquet's file metadata and page headers are encoded: a field
/// header holds the field id as a delta from the previous field's (or the full id after it) and the type; integers
/// are zigzag varints; booleans live in the field header; a struct ends with a stop byte. Callers write fields in
/// increasing id order and only those they set, which is what makes optional fields optional.
/// </summary>
internal sealed class ThriftCompactWriter
{
    private readonly ByteBuffer _out;
    private readonly Stack<short> _outer = new();
    private short _lastField;

    /// <summary>Writes into <paramref name="output"/>.</summary>
    public ThriftCompactWriter(ByteBuffer output) => _out = output;

    /// <summary>Starts a struct field (or, with <paramref name="id"/> 0, a struct that is a list element or the top value).</summary>
    public void BeginStruct(short id = 0)
    {
        if (id != 0) Field(id, ThriftType.Struct);
        _outer.Push(_lastField);
        _lastField = 0;
    }

    /// <summary>Ends the struct begun last: the stop byte.</summary>
    public void EndStruct()
    {
        _out.Byte(0);
        _lastField = _outer.Pop();
    }

    /// <summary>A bool field.</summary>
    public void Bool(short id, bool value) => Field(id, value ? ThriftType.BoolTrue : ThriftType.BoolFalse);

    /// <summary>An i8 (byte) field.</summary>
    public void Byte(short id, sbyte value)
    {
        Field(id, ThriftType.Byte);
        _out.Byte((byte)value);
    }

    /// <summary>An i16 field.</summary>
    public void Int16(short id, short value)
    {
        Field(id, ThriftType.I16);
        _out.Varint(ZigZag(value));
    }

    /// <summary>An i32 (or enum) field.</summary>
    public void Int32(short id, int value)
    {
        Field(id, ThriftType.I32);
        _out.Varint(ZigZag(value));
    }

    /// <summary>An i64 field.</summary>
    public void Int64(short id, long value)
    {
        Field(id, ThriftType.I64);
        _out.Varint(ZigZag(value));
    }

    /// <summary>A binary field.</summary>
    public void Binary(short id, ReadOnlySpan<byte> value)
    {
        Field(id, ThriftType.Binary);
        _out.Varint((ulong)value.Length);
        _out.Bytes(value);
    }

    /// <summary>A string field (UTF-8 binary).</summary>
    public void String(short id, string value) => Binary(id, Encoding.UTF8.GetBytes(value));

    /// <summary>Starts a list field of <paramref name="count"/> elements of <paramref name="element"/> type, which follow as bare values.</summary>
    public void BeginList(short id, ThriftType element, int count)
    {
        Field(id, ThriftType.List);
        if (count < 15) _out.Byte((byte)(count << 4 | (int)element));
        else
        {
            _out.Byte((byte)(0xF0 | (int)element));
            _out.Varint((ulong)count);
        }
    }

    /// <summary>A bare i32 (or enum) list element.</summary>
    public void Int32Element(int value) => _out.Varint(ZigZag(value));

    /// <summary>A bare string list element.</summary>
    public void StringElement(string value)
    {
        var bytes = Encoding.UTF8.GetBytes(value);
        _out.Varint((ulong)bytes.Length);
        _out.Bytes(bytes);
    }

    private void Field(short id, ThriftType type)
    {
        int delta = id - _lastField;
        if (delta is > 0 and <= 15) _out.Byte((byte)(delta << 4 | (int)type));
        else
        {
            _out.Byte((byte)type);
            _out.Varint(ZigZag(id));
        }
        _lastField = id;
    }

    private static ulong ZigZag(long value) => (ulong)((value << 1) ^ (value >> 63));
}
#endif
