using System.Runtime.CompilerServices;

namespace MmmFixtures.Randomness;

/// <summary>
/// Steele, Lea and Flood's SplitMix64: a 64-bit counter passed through a strong bijective mixer.
/// Used to hash stream paths and to expand a 64-bit key into a xoshiro256** state, as the xoshiro
/// authors recommend; never used to produce data directly.
/// </summary>
internal static class SplitMix64
{
    /// <summary>The increment of the counter (the golden ratio in 64-bit fixed point).</summary>
    public const ulong GoldenGamma = 0x9E3779B97F4A7C15UL;

    /// <summary>The SplitMix64 output function: a bijective avalanche mix of one 64-bit word.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Advances <paramref name="state"/> by the golden gamma and returns the mixed value.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Next(ref ulong state)
    {
        state += GoldenGamma;
        return Mix(state);
    }
}
