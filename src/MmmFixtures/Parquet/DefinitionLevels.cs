#if NET
using System;
using System.Buffers.Binary;
using System.IO;

namespace MmmFixtures.Parquet;

/// <summary>
/// The definition levels that open an optional column's version-1 data page: one level per value (1 for a value, 0 for a
/// null; the schemas are flat, so the maximum level is 1, one bit), RLE / bit-packed, after their byte length as a
/// 4-byte little-endian integer. A required column's page has none.
/// </summary>
internal sealed class DefinitionLevels
{
    private int[] _levels = Array.Empty<int>();

    /// <summary>Appends the levels of <paramref name="isNull"/> to <paramref name="page"/>.</summary>
    public void Write(ReadOnlySpan<bool> isNull, ByteBuffer page)
    {
        var levels = Scratch(isNull.Length);
        for (int i = 0; i < levels.Length; i++) levels[i] = isNull[i] ? 0 : 1;
        int lengthAt = page.Length;
        page.Int32LittleEndian(0);
        RleBitPackedHybrid.Encode(levels, bitWidth: 1, page);
        page.PatchInt32LittleEndian(lengthAt, page.Length - lengthAt - 4);
    }

    /// <summary>Reads <paramref name="isNull"/>.Length levels from the start of <paramref name="page"/>; returns the bytes they take.</summary>
    /// <exception cref="InvalidDataException">The levels are malformed.</exception>
    public int Read(ReadOnlySpan<byte> page, Span<bool> isNull)
    {
        if (page.Length < 4) throw new InvalidDataException("A Parquet data page ends in its definition levels' length.");
        int length = BinaryPrimitives.ReadInt32LittleEndian(page);
        if (length < 0 || length > page.Length - 4) throw new InvalidDataException("A Parquet data page's definition levels run past its end.");
        var levels = Scratch(isNull.Length);
        RleBitPackedHybrid.Decode(page.Slice(4, length), bitWidth: 1, levels);
        for (int i = 0; i < levels.Length; i++)
        {
            if (levels[i] > 1) throw new InvalidDataException($"A definition level of {levels[i]} in a flat schema.");
            isNull[i] = levels[i] == 0;
        }
        return 4 + length;
    }

    private Span<int> Scratch(int count)
    {
        if (_levels.Length < count) _levels = new int[Math.Max(count, _levels.Length * 2)];
        return _levels.AsSpan(0, count);
    }
}
#endif
