#if NET
using System;
using System.Buffers.Binary;

namespace MmmFixtures.Parquet;

/// <summary>
/// A growable byte array that Parquet pages, levels and metadata are encoded into; <see cref="Clear"/> keeps its
/// storage, so a column writer reuses one buffer for every page it encodes.
/// </summary>
internal sealed class ByteBuffer
{
    private byte[] _bytes;

    /// <summary>An empty buffer with room for <paramref name="capacity"/> bytes (it grows as needed).</summary>
    public ByteBuffer(int capacity = 256) => _bytes = new byte[Math.Max(16, capacity)];

    /// <summary>The bytes written.</summary>
    public int Length { get; private set; }

    /// <summary>The bytes written, in the buffer's own storage (valid until the next write).</summary>
    public ReadOnlySpan<byte> Written => _bytes.AsSpan(0, Length);

    /// <summary>Forgets the bytes written, keeping the storage.</summary>
    public void Clear() => Length = 0;

    /// <summary>Room for <paramref name="count"/> more bytes, to be filled and then claimed with <see cref="Advance"/>.</summary>
    public Span<byte> Reserve(int count)
    {
        if (Length + count > _bytes.Length) Array.Resize(ref _bytes, Math.Max(Length + count, checked(_bytes.Length * 2)));
        return _bytes.AsSpan(Length, count);
    }

    /// <summary>Claims <paramref name="count"/> bytes filled in <see cref="Reserve"/>'s span.</summary>
    public void Advance(int count) => Length += count;

    /// <summary>Appends one byte.</summary>
    public void Byte(byte value)
    {
        Reserve(1)[0] = value;
        Length++;
    }

    /// <summary>Appends bytes.</summary>
    public void Bytes(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(Reserve(bytes.Length));
        Length += bytes.Length;
    }

    /// <summary>Appends a little-endian 32-bit integer.</summary>
    public void Int32LittleEndian(int value)
    {
        BinaryPrimitives.WriteInt32LittleEndian(Reserve(4), value);
        Length += 4;
    }

    /// <summary>Overwrites the little-endian 32-bit integer at <paramref name="offset"/> (a length written after what it measures).</summary>
    public void PatchInt32LittleEndian(int offset, int value) => BinaryPrimitives.WriteInt32LittleEndian(_bytes.AsSpan(offset, 4), value);

    /// <summary>Appends an unsigned LEB128 varint (7 bits a byte, low bits first), as Thrift and the RLE hybrid encode lengths.</summary>
    public void Varint(ulong value)
    {
        var span = Reserve(10);
        int n = 0;
        while (value >= 0x80)
        {
            span[n++] = (byte)(value | 0x80);
            value >>= 7;
        }
        span[n++] = (byte)value;
        Length += n;
    }
}
#endif
