#if NET
using System;
using System.Buffers.Binary;
using System.IO;
using System.Numerics;

namespace MmmFixtures.Parquet;

/// <summary>
/// The Snappy block format, both ways: the uncompressed length as a varint, then literals and back-references
/// (copies of 4 to 64 bytes from up to 64 KiB back). <see cref="Compress"/> is a plain greedy matcher over 64 KiB
/// blocks with a hash table cleared per block, so its output depends on the input bytes alone; any Snappy
/// decompressor reads it, and <see cref="Decompress"/> reads any valid Snappy block.
/// </summary>
internal static class Snappy
{
    private const int BlockSize = 1 << 16;
    private const int HashBits = 14;
    private const int MinMatch = 4;
    private const int TailBytes = 15; // a match is never looked for this close to a block's end, where 8-byte loads would overrun

    // The match finder's hash table, one per thread: a partitioned dataset has thousands of files open at once.
    [ThreadStatic] private static int[]? t_table;

    /// <summary>Appends the compressed form of <paramref name="input"/> to <paramref name="output"/>.</summary>
    public static void Compress(ReadOnlySpan<byte> input, ByteBuffer output)
    {
        var table = t_table ??= new int[1 << HashBits];
        output.Varint((ulong)input.Length);
        // Snappy's bound on a block's size (its MaxCompressedLength): literal tags and short copies can cost a sixth more.
        var room = output.Reserve(32 + input.Length + input.Length / 6);
        int written = 0;
        for (int start = 0; start < input.Length; start += BlockSize)
            written = CompressBlock(input.Slice(start, Math.Min(BlockSize, input.Length - start)), room, written, table);
        output.Advance(written);
    }

    // Compresses one block into `output` from `op`; returns the end of what it wrote.
    private static int CompressBlock(ReadOnlySpan<byte> block, Span<byte> output, int op, int[] table)
    {
        int literal = 0;
        if (block.Length > TailBytes)
        {
            Array.Fill(table, -1);
            int limit = block.Length - TailBytes, misses = 0;
            for (int ip = 0; ip < limit;)
            {
                uint word = BinaryPrimitives.ReadUInt32LittleEndian(block[ip..]);
                int slot = (int)((word * 0x1E35A7BDu) >> (32 - HashBits));
                int candidate = table[slot];
                table[slot] = ip;
                if (candidate < 0 || BinaryPrimitives.ReadUInt32LittleEndian(block[candidate..]) != word)
                {
                    ip += 1 + (misses++ >> 5); // skip faster through bytes that do not compress
                    continue;
                }
                misses = 0;
                int length = MinMatch + MatchLength(block, candidate + MinMatch, ip + MinMatch);
                op = Literal(block[literal..ip], output, op);
                op = Copy(ip - candidate, length, output, op);
                ip += length;
                literal = ip;
            }
        }
        return Literal(block[literal..], output, op);
    }

    // How many bytes match from a and b (a < b) up to the block's end, eight at a time.
    private static int MatchLength(ReadOnlySpan<byte> block, int a, int b)
    {
        int start = b;
        while (b + 8 <= block.Length)
        {
            ulong diff = BinaryPrimitives.ReadUInt64LittleEndian(block[a..]) ^ BinaryPrimitives.ReadUInt64LittleEndian(block[b..]);
            if (diff != 0) return b - start + (BitOperations.TrailingZeroCount(diff) >> 3);
            a += 8;
            b += 8;
        }
        while (b < block.Length && block[a] == block[b])
        {
            a++;
            b++;
        }
        return b - start;
    }

    private static int Literal(ReadOnlySpan<byte> bytes, Span<byte> output, int op)
    {
        if (bytes.IsEmpty) return op;
        int n = bytes.Length - 1;
        if (n < 60) output[op++] = (byte)(n << 2);
        else
        {
            int size = n < 1 << 8 ? 1 : n < 1 << 16 ? 2 : n < 1 << 24 ? 3 : 4;
            output[op++] = (byte)((59 + size) << 2);
            for (int i = 0; i < size; i++) output[op++] = (byte)(n >> (8 * i));
        }
        bytes.CopyTo(output[op..]);
        return op + bytes.Length;
    }

    // A match as copies of at most 64 bytes; the last one keeps at least 4 so it can use the short form.
    private static int Copy(int offset, int length, Span<byte> output, int op)
    {
        while (length >= 68)
        {
            op = CopyElement(offset, 64, output, op);
            length -= 64;
        }
        if (length > 64)
        {
            op = CopyElement(offset, 60, output, op);
            length -= 60;
        }
        return CopyElement(offset, length, output, op);
    }

    private static int CopyElement(int offset, int length, Span<byte> output, int op)
    {
        if (length < 12 && offset < 2048)
        {
            output[op] = (byte)(1 | (length - 4) << 2 | (offset >> 8) << 5);
            output[op + 1] = (byte)offset;
            return op + 2;
        }
        output[op] = (byte)(2 | (length - 1) << 2);
        BinaryPrimitives.WriteUInt16LittleEndian(output[(op + 1)..], (ushort)offset);
        return op + 3;
    }

    /// <summary>The uncompressed length a compressed block declares.</summary>
    /// <exception cref="InvalidDataException">The block declares no valid length.</exception>
    public static int UncompressedLength(ReadOnlySpan<byte> input) =>
        ReadVarint(input, out _) is var length && length <= int.MaxValue ? (int)length : throw Corrupt("declares a length over 2 GiB");

    /// <summary>Decompresses <paramref name="input"/> into <paramref name="output"/>, whose length must be <see cref="UncompressedLength"/>.</summary>
    /// <exception cref="InvalidDataException">The input is not a valid Snappy block of that length.</exception>
    public static void Decompress(ReadOnlySpan<byte> input, Span<byte> output)
    {
        if (ReadVarint(input, out int ip) != (ulong)output.Length) throw Corrupt("declares another length");
        int op = 0;
        while (ip < input.Length)
        {
            byte tag = input[ip++];
            int length, offset;
            switch (tag & 3)
            {
                case 0:
                    length = tag >> 2;
                    if (length >= 60)
                    {
                        int size = length - 59;
                        if (ip + size > input.Length) throw Corrupt("ends in a literal's length");
                        length = 0;
                        for (int i = 0; i < size; i++) length |= input[ip + i] << (8 * i);
                        ip += size;
                    }
                    length++;
                    if (length <= 0 || ip + length > input.Length || op + length > output.Length) throw Corrupt("has a literal past its end");
                    input.Slice(ip, length).CopyTo(output[op..]);
                    ip += length;
                    op += length;
                    continue;
                case 1:
                    if (ip >= input.Length) throw Corrupt("ends in a copy");
                    length = 4 + ((tag >> 2) & 7);
                    offset = (tag >> 5) << 8 | input[ip++];
                    break;
                case 2:
                    if (ip + 2 > input.Length) throw Corrupt("ends in a copy");
                    length = 1 + (tag >> 2);
                    offset = BinaryPrimitives.ReadUInt16LittleEndian(input[ip..]);
                    ip += 2;
                    break;
                default:
                    if (ip + 4 > input.Length) throw Corrupt("ends in a copy");
                    length = 1 + (tag >> 2);
                    offset = BinaryPrimitives.ReadInt32LittleEndian(input[ip..]);
                    ip += 4;
                    break;
            }
            if (offset <= 0 || offset > op || op + length > output.Length) throw Corrupt("copies from outside its output");
            if (offset >= length) output.Slice(op - offset, length).CopyTo(output[op..]);
            else for (int i = 0; i < length; i++) output[op + i] = output[op - offset + i]; // overlapping: a repeated pattern
            op += length;
        }
        if (op != output.Length) throw Corrupt("ends early");
    }

    private static ulong ReadVarint(ReadOnlySpan<byte> input, out int read)
    {
        ulong value = 0;
        for (int i = 0, shift = 0; i < input.Length && shift < 35; i++, shift += 7)
        {
            value |= (ulong)(input[i] & 0x7F) << shift;
            if (input[i] < 0x80)
            {
                read = i + 1;
                return value;
            }
        }
        throw Corrupt("has no valid length");
    }

    private static InvalidDataException Corrupt(string what) => new($"A Snappy block {what}.");
}
#endif
