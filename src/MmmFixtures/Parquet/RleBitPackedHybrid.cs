#if NET
using System;
using System.IO;

namespace MmmFixtures.Parquet;

/// <summary>
/// Parquet's RLE / bit-packing hybrid, which encodes definition levels and dictionary indices: runs, each either a
/// repeated value (header <c>count &lt;&lt; 1</c>, then the value in whole bytes) or groups of eight values packed
/// <c>bitWidth</c> bits each, low bits first (header <c>groups &lt;&lt; 1 | 1</c>). The encoder repeats a value as a run
/// when it occurs at least 8 times in a row at a group boundary and packs the rest; only the last group is padded.
/// </summary>
internal static class RleBitPackedHybrid
{
    private const int RepeatAtLeast = 8;

    /// <summary>The bits needed for values up to <paramref name="max"/>.</summary>
    public static int BitWidth(int max) => max == 0 ? 0 : 32 - System.Numerics.BitOperations.LeadingZeroCount((uint)max);

    /// <summary>Appends <paramref name="values"/> (each below 2^<paramref name="bitWidth"/>) to <paramref name="output"/>.</summary>
    public static void Encode(ReadOnlySpan<int> values, int bitWidth, ByteBuffer output)
    {
        int packedFrom = 0, i = 0; // values [packedFrom, i) wait to be bit-packed
        while (i < values.Length)
        {
            int run = 1;
            while (i + run < values.Length && values[i + run] == values[i]) run++;
            if (run >= RepeatAtLeast && (i - packedFrom) % 8 != 0)
            {
                int fill = 8 - (i - packedFrom) % 8; // complete the pending group with the run's first values
                i += fill;
                run -= fill;
            }
            if (run >= RepeatAtLeast)
            {
                Pack(values[packedFrom..i], bitWidth, output);
                output.Varint((ulong)run << 1);
                for (int b = 0, value = values[i]; b < (bitWidth + 7) / 8; b++) output.Byte((byte)(value >> (8 * b)));
                i += run;
                packedFrom = i;
            }
            else i += run;
        }
        Pack(values[packedFrom..], bitWidth, output);
    }

    // One bit-packed run of the values, the last group padded with zeros.
    private static void Pack(ReadOnlySpan<int> values, int bitWidth, ByteBuffer output)
    {
        if (values.IsEmpty) return;
        int groups = (values.Length + 7) / 8;
        output.Varint((ulong)groups << 1 | 1);
        var bytes = output.Reserve(groups * bitWidth);
        bytes.Clear();
        ulong buffer = 0;
        int bits = 0, at = 0;
        foreach (int value in values)
        {
            buffer |= (ulong)(uint)value << bits;
            bits += bitWidth;
            while (bits >= 8)
            {
                bytes[at++] = (byte)buffer;
                buffer >>= 8;
                bits -= 8;
            }
        }
        if (bits > 0) bytes[at] = (byte)buffer;
        output.Advance(bytes.Length);
    }

    /// <summary>Decodes <paramref name="output"/>.Length values from <paramref name="input"/>; returns the bytes read.</summary>
    /// <exception cref="InvalidDataException">The input ends before that many values.</exception>
    public static int Decode(ReadOnlySpan<byte> input, int bitWidth, Span<int> output)
    {
        int ip = 0, op = 0, valueBytes = (bitWidth + 7) / 8;
        while (op < output.Length)
        {
            ulong header = ReadVarint(input, ref ip);
            if ((header >> 1) > (ulong)input.Length * 8 + (ulong)output.Length) throw Corrupt(); // longer than any run the bytes can hold
            if ((header & 1) == 0)
            {
                int count = (int)(header >> 1);
                if (ip + valueBytes > input.Length || count > output.Length - op) throw Corrupt();
                int value = 0;
                for (int b = 0; b < valueBytes; b++) value |= input[ip++] << (8 * b);
                output.Slice(op, count).Fill(value);
                op += count;
            }
            else
            {
                int groups = (int)(header >> 1);
                long size = (long)groups * bitWidth;
                if (ip + size > input.Length) throw Corrupt();
                int take = Math.Min(groups * 8, output.Length - op);
                ulong buffer = 0, mask = (1UL << bitWidth) - 1;
                int bits = 0, at = ip;
                for (int v = 0; v < take; v++)
                {
                    while (bits < bitWidth)
                    {
                        buffer |= (ulong)input[at++] << bits;
                        bits += 8;
                    }
                    output[op++] = (int)(buffer & mask);
                    buffer >>= bitWidth;
                    bits -= bitWidth;
                }
                ip += (int)size;
            }
        }
        return ip;
    }

    private static ulong ReadVarint(ReadOnlySpan<byte> input, ref int ip)
    {
        ulong value = 0;
        for (int shift = 0; shift < 64; shift += 7)
        {
            if (ip >= input.Length) throw Corrupt();
            byte b = input[ip++];
            value |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80) return value;
        }
        throw Corrupt();
    }

    private static InvalidDataException Corrupt() => new("RLE / bit-packed levels or indices end early.");
}
#endif
