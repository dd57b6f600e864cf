using System;
using System.Buffers.Binary;
using System.Runtime.CompilerServices;

namespace MmmFixtures.Export;

/// <summary>
/// SHA-256 (FIPS 180-4) of a whole message, in managed code. On Linux the platform's SHA-256 is OpenSSL's, and loading
/// libssl and libcrypto touches ~230 pages (~4 ms on a small VM, more than a small export's whole work); a file of a few
/// kilobytes is hashed here in microseconds instead. Large files keep the platform's (hardware-accelerated) hash: see
/// <see cref="HashingStream"/>.
/// </summary>
internal static class Sha256
{
    /// <summary>The digest's length in bytes.</summary>
    public const int DigestBytes = 32;

    private static readonly uint[] K =
    {
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    };

    /// <summary>Writes the SHA-256 of <paramref name="message"/> into <paramref name="digest"/> (at least <see cref="DigestBytes"/> long).</summary>
    public static void Hash(ReadOnlySpan<byte> message, Span<byte> digest)
    {
        if (digest.Length < DigestBytes) throw new ArgumentException($"A SHA-256 digest needs {DigestBytes} bytes.", nameof(digest));
        Span<uint> state = stackalloc uint[] { 0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19 };
        Span<uint> w = stackalloc uint[64];
        int whole = message.Length & ~63;
        for (int offset = 0; offset < whole; offset += 64) Compress(state, w, message.Slice(offset, 64));
        // The padding: 0x80, zeros, and the message's length in bits, filling one or two last blocks.
        Span<byte> tail = stackalloc byte[128];
        tail.Clear();
        int rest = message.Length - whole;
        message.Slice(whole).CopyTo(tail);
        tail[rest] = 0x80;
        int tailLength = rest < 56 ? 64 : 128;
        BinaryPrimitives.WriteUInt64BigEndian(tail.Slice(tailLength - 8), (ulong)message.Length * 8);
        for (int offset = 0; offset < tailLength; offset += 64) Compress(state, w, tail.Slice(offset, 64));
        for (int i = 0; i < 8; i++) BinaryPrimitives.WriteUInt32BigEndian(digest.Slice(4 * i), state[i]);
    }

    // The rounds unrolled eight at a time with the variables' roles rotated instead of moved (as FIPS 180-4 §6.2.2 writes
    // them, eight assignments per round), so each round is a handful of register operations.
    private static void Compress(Span<uint> state, Span<uint> w, ReadOnlySpan<byte> block)
    {
        for (int t = 0; t < 16; t++) w[t] = BinaryPrimitives.ReadUInt32BigEndian(block.Slice(4 * t));
        for (int t = 16; t < 64; t++)
        {
            uint w15 = w[t - 15], w2 = w[t - 2];
            uint s0 = Rotr(w15, 7) ^ Rotr(w15, 18) ^ (w15 >> 3);
            uint s1 = Rotr(w2, 17) ^ Rotr(w2, 19) ^ (w2 >> 10);
            w[t] = w[t - 16] + s0 + w[t - 7] + s1;
        }
        uint a = state[0], b = state[1], c = state[2], d = state[3], e = state[4], f = state[5], g = state[6], h = state[7];
        ReadOnlySpan<uint> k = K;
        for (int t = 0; t < 64; t += 8)
        {
            Round(a, b, c, ref d, e, f, g, ref h, k[t] + w[t]);
            Round(h, a, b, ref c, d, e, f, ref g, k[t + 1] + w[t + 1]);
            Round(g, h, a, ref b, c, d, e, ref f, k[t + 2] + w[t + 2]);
            Round(f, g, h, ref a, b, c, d, ref e, k[t + 3] + w[t + 3]);
            Round(e, f, g, ref h, a, b, c, ref d, k[t + 4] + w[t + 4]);
            Round(d, e, f, ref g, h, a, b, ref c, k[t + 5] + w[t + 5]);
            Round(c, d, e, ref f, g, h, a, ref b, k[t + 6] + w[t + 6]);
            Round(b, c, d, ref e, f, g, h, ref a, k[t + 7] + w[t + 7]);
        }
        state[0] += a;
        state[1] += b;
        state[2] += c;
        state[3] += d;
        state[4] += e;
        state[5] += f;
        state[6] += g;
        state[7] += h;
    }

    private static uint Rotr(uint x, int n) => (x >> n) | (x << (32 - n));

    // One round: d and h take the new values (kw: the round constant plus the schedule word).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Round(uint a, uint b, uint c, ref uint d, uint e, uint f, uint g, ref uint h, uint kw)
    {
        uint t1 = h + (Rotr(e, 6) ^ Rotr(e, 11) ^ Rotr(e, 25)) + ((e & f) ^ (~e & g)) + kw;
        uint t2 = (Rotr(a, 2) ^ Rotr(a, 13) ^ Rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
        d += t1;
        h = t1 + t2;
    }
}
