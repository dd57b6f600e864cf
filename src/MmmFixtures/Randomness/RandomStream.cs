using System;
using System.Runtime.CompilerServices;

namespace MmmFixtures.Randomness;

/// <summary>
/// A stream of random bits from Blackman and Vigna's xoshiro256** generator (period 2^256 − 1),
/// seeded from a <see cref="StreamKey"/>. Its output is a pure function of the key: the same on every
/// platform and in every release (a change is an algorithm-version bump). Not thread-safe: each
/// entity opens its own stream, which is what makes generation order-independent and parallel.
/// </summary>
public sealed class RandomStream
{
    private ulong _s0, _s1, _s2, _s3;

    /// <summary>Creates a stream whose 256-bit state is expanded from <paramref name="key"/> by SplitMix64.</summary>
    public RandomStream(StreamKey key) => Restart(key);

    /// <summary>
    /// Makes this the stream of <paramref name="key"/>, exactly as if it were created from it: a hot loop that opens a
    /// stream per entity then reuses one object instead of allocating (and collecting) one each time.
    /// </summary>
    internal RandomStream Restart(StreamKey key)
    {
        ulong state = key.Value;
        _s0 = SplitMix64.Next(ref state);
        _s1 = SplitMix64.Next(ref state);
        _s2 = SplitMix64.Next(ref state);
        _s3 = SplitMix64.Next(ref state);
        return this;
    }

    /// <summary>Creates a stream from an explicit xoshiro256** state (for reference-vector tests).</summary>
    /// <exception cref="ArgumentException">All four words are zero, the one state the generator cannot leave.</exception>
    public RandomStream(ulong s0, ulong s1, ulong s2, ulong s3)
    {
        if ((s0 | s1 | s2 | s3) == 0)
            throw new ArgumentException("xoshiro256** state must not be all zero.", nameof(s0));
        (_s0, _s1, _s2, _s3) = (s0, s1, s2, s3);
    }

    /// <summary>The next 64 random bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong NextUInt64()
    {
        // Work on locals: the JIT keeps them in registers and touches each field once.
        ulong s0 = _s0, s1 = _s1, s2 = _s2, s3 = _s3;
        ulong result = Step(ref s0, ref s1, ref s2, ref s3);
        _s0 = s0;
        _s1 = s1;
        _s2 = s2;
        _s3 = s3;
        return result;
    }

    /// <summary>Fills <paramref name="destination"/> with uniform doubles in [0, 1): the same values as calling <see cref="NextDouble"/> that many times, faster.</summary>
    public void NextDoubles(Span<double> destination)
    {
        ulong s0 = _s0, s1 = _s1, s2 = _s2, s3 = _s3;
        for (int i = 0; i < destination.Length; i++)
            destination[i] = (long)(Step(ref s0, ref s1, ref s2, ref s3) >> 11) * (1.0 / 9007199254740992.0);
        _s0 = s0;
        _s1 = s1;
        _s2 = s2;
        _s3 = s3;
    }

    /// <summary>A uniform double in [0, 1): the top 53 bits of the next output, so every value is a multiple of 2^-53.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double NextDouble() => (long)(NextUInt64() >> 11) * (1.0 / 9007199254740992.0); // signed: one conversion instruction

    /// <summary>A uniform double in (0, 1): never zero, for logarithms of the draw.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double NextOpenDouble() => ((long)(NextUInt64() >> 12) + 0.5) * (1.0 / 4503599627370496.0);

    /// <summary>
    /// A uniform integer in [0, <paramref name="exclusiveBound"/>) without modulo bias
    /// (Lemire's multiply-and-reject method).
    /// </summary>
    public ulong NextUInt64(ulong exclusiveBound)
    {
        if (exclusiveBound == 0) throw new ArgumentOutOfRangeException(nameof(exclusiveBound), "must be > 0");
        ulong product = MultiplyHigh(NextUInt64(), exclusiveBound, out ulong low);
        if (low < exclusiveBound)
        {
            ulong threshold = (0 - exclusiveBound) % exclusiveBound;
            while (low < threshold)
                product = MultiplyHigh(NextUInt64(), exclusiveBound, out low);
        }
        return product;
    }

    /// <summary>A uniform integer in [<paramref name="minInclusive"/>, <paramref name="maxInclusive"/>].</summary>
    public long NextInt64(long minInclusive, long maxInclusive)
    {
        if (maxInclusive < minInclusive)
            throw new ArgumentOutOfRangeException(nameof(maxInclusive), $"must be ≥ minInclusive ({minInclusive})");
        ulong span = (ulong)(maxInclusive - minInclusive);
        if (span == ulong.MaxValue) return (long)NextUInt64();
        return minInclusive + (long)NextUInt64(span + 1);
    }

    // One xoshiro256** step on a state held in locals.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Step(ref ulong s0, ref ulong s1, ref ulong s2, ref ulong s3)
    {
        ulong result = RotateLeft(s1 * 5, 7) * 9;
        ulong t = s1 << 17;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = RotateLeft(s3, 45);
        return result;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong RotateLeft(ulong x, int k) => (x << k) | (x >> (64 - k));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong MultiplyHigh(ulong a, ulong b, out ulong low)
    {
#if NET
        return Math.BigMul(a, b, out low);
#else
        ulong aLo = (uint)a, aHi = a >> 32, bLo = (uint)b, bHi = b >> 32;
        ulong ll = aLo * bLo, lh = aLo * bHi, hl = aHi * bLo, hh = aHi * bHi;
        ulong mid = (ll >> 32) + (uint)lh + (uint)hl;
        low = (mid << 32) | (uint)ll;
        return hh + (lh >> 32) + (hl >> 32) + (mid >> 32);
#endif
    }
}
