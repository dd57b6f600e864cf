#if NET
using System;
using System.IO;
using System.Text;

namespace MmmFixtures.Parquet;

/// <summary>
/// Reads Thrift structs in the compact protocol (see <see cref="ThriftCompactWriter"/>): the caller walks a struct's
/// fields with <see cref="NextField"/>, reads the ones it knows and <see cref="Skip"/>s the others.
/// </summary>
internal ref struct ThriftCompactReader
{
    private readonly ReadOnlySpan<byte> _bytes;
    private short _lastField;
    private bool _bool;

    /// <summary>Reads <paramref name="bytes"/> from the start.</summary>
    public ThriftCompactReader(ReadOnlySpan<byte> bytes)
    {
        _bytes = bytes;
        Position = 0;
        _lastField = 0;
        _bool = false;
    }

    /// <summary>The bytes read so far.</summary>
    public int Position { get; private set; }

    /// <summary>Starts reading a struct's fields; returns the enclosing struct's last field id, for <see cref="EndStruct"/>.</summary>
    public short BeginStruct()
    {
        short outer = _lastField;
        _lastField = 0;
        return outer;
    }

    /// <summary>Back in the enclosing struct, after <see cref="NextField"/> returned false.</summary>
    public void EndStruct(short outer) => _lastField = outer;

    /// <summary>The next field's id and type; false at the struct's stop byte.</summary>
    public bool NextField(out short id, out ThriftType type)
    {
        byte header = Byte();
        type = (ThriftType)(header & 0x0F);
        if (header == 0)
        {
            id = 0;
            return false;
        }
        int delta = header >> 4;
        id = delta == 0 ? (short)ZigZag(Varint()) : (short)(_lastField + delta);
        _lastField = id;
        if (type is ThriftType.BoolTrue or ThriftType.BoolFalse) _bool = type == ThriftType.BoolTrue;
        return true;
    }

    /// <summary>The value of the bool field just announced.</summary>
    public readonly bool Bool() => _bool;

    /// <summary>An i32 (or enum) value.</summary>
    public int Int32()
    {
        long value = ZigZag(Varint());
        return value is >= int.MinValue and <= int.MaxValue ? (int)value : throw new InvalidDataException($"A Thrift i32 out of range at byte {Position}.");
    }

    /// <summary>An i64 value.</summary>
    public long Int64() => ZigZag(Varint());

    /// <summary>A binary value (a slice of the input).</summary>
    public ReadOnlySpan<byte> Binary()
    {
        ulong length = Varint();
        if (length > (ulong)(_bytes.Length - Position)) throw Truncated();
        var value = _bytes.Slice(Position, (int)length);
        Position += (int)length;
        return value;
    }

    /// <summary>A string value (UTF-8 binary).</summary>
    public string String() => Encoding.UTF8.GetString(Binary());

    /// <summary>A list header: its element type and count.</summary>
    public int BeginList(out ThriftType element)
    {
        byte header = Byte();
        element = (ThriftType)(header & 0x0F);
        int count = header >> 4;
        if (count < 15) return count;
        ulong size = Varint();
        return size <= (ulong)(_bytes.Length - Position) ? (int)size : throw Truncated(); // each element takes a byte at least
    }

    /// <summary>Skips a value of <paramref name="type"/> (a field this reader does not use).</summary>
    public void Skip(ThriftType type)
    {
        switch (type)
        {
            case ThriftType.BoolTrue or ThriftType.BoolFalse: break; // in the field header (or, in a list, one byte: see below)
            case ThriftType.Byte: Byte(); break;
            case ThriftType.I16 or ThriftType.I32 or ThriftType.I64: Varint(); break;
            case ThriftType.Double: Advance(8); break;
            case ThriftType.Binary: Binary(); break;
            case ThriftType.List or ThriftType.Set:
                int count = BeginList(out var element);
                for (int i = 0; i < count; i++)
                {
                    if (element is ThriftType.BoolTrue or ThriftType.BoolFalse) Byte(); // a list's bools are one byte each
                    else Skip(element);
                }
                break;
            case ThriftType.Map:
                ulong pairs = Varint();
                if (pairs == 0) break;
                byte types = Byte();
                for (ulong i = 0; i < pairs; i++)
                {
                    Skip((ThriftType)(types >> 4));
                    Skip((ThriftType)(types & 0x0F));
                }
                break;
            case ThriftType.Struct:
                short outer = BeginStruct();
                while (NextField(out _, out var field)) Skip(field);
                EndStruct(outer);
                break;
            default: throw new InvalidDataException($"Unknown Thrift type {(int)type} at byte {Position}.");
        }
    }

    private byte Byte()
    {
        if (Position >= _bytes.Length) throw Truncated();
        return _bytes[Position++];
    }

    private void Advance(int count)
    {
        if (Position + count > _bytes.Length) throw Truncated();
        Position += count;
    }

    private ulong Varint()
    {
        ulong value = 0;
        for (int shift = 0; shift < 64; shift += 7)
        {
            byte b = Byte();
            value |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80) return value;
        }
        throw new InvalidDataException($"A Thrift varint longer than 10 bytes at byte {Position}.");
    }

    private static long ZigZag(ulong value) => (long)(value >> 1) ^ -(long)(value & 1);

    private readonly InvalidDataException Truncated() => new($"The Thrift data ends early (byte {Position} of {_bytes.Length}).");
}
#endif
