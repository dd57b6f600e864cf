using System;
using System.Runtime.CompilerServices;

namespace MmmFixtures.Numerics;

/// <summary>
/// Error-free transformations: a sum or product of two doubles returned as an unevaluated pair
/// (high, low) whose exact sum equals the exact result. They use only IEEE-exact operations, so the
/// pair is identical on every platform; <see cref="DeterministicMath"/> builds its extra precision on them.
/// </summary>
internal static class ExactArithmetic
{
    /// <summary>Knuth's TwoSum: <c>hi + lo == a + b</c> exactly, for any ordering of magnitudes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double TwoSum(double a, double b, out double lo)
    {
        double hi = a + b;
        double bVirtual = hi - a;
        double aVirtual = hi - bVirtual;
        lo = (a - aVirtual) + (b - bVirtual);
        return hi;
    }

    /// <summary>Dekker's FastTwoSum: exact when <c>|a| ≥ |b|</c> (or a is zero).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double FastTwoSum(double a, double b, out double lo)
    {
        double hi = a + b;
        lo = b - (hi - a);
        return hi;
    }

    /// <summary>
    /// <c>hi + lo == a · b</c> exactly (barring overflow). The rounding error of a product is itself a
    /// double, so the fused and the split computation return the same bits.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double TwoProduct(double a, double b, out double lo)
    {
        double hi = a * b;
#if NET
        lo = Math.FusedMultiplyAdd(a, b, -hi);
#else
        Split(a, out double aHi, out double aLo);
        Split(b, out double bHi, out double bLo);
        lo = ((aHi * bHi - hi) + aHi * bLo + aLo * bHi) + aLo * bLo;
#endif
        return hi;
    }

#if !NET
    // Veltkamp splitting into two 26-bit halves, so that their products are exact.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Split(double a, out double hi, out double lo)
    {
        const double splitter = 134217729.0; // 2^27 + 1
        double t = splitter * a;
        hi = t - (t - a);
        lo = a - hi;
    }
#endif

    /// <summary>2^n as a double for n in [-1022, 1023], built from its bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double PowerOfTwo(int n) => BitConverter.Int64BitsToDouble((long)(n + 1023) << 52);

    /// <summary>x · 2^n for any n, rounding at most once when the result is subnormal.</summary>
    public static double ScaleByPowerOfTwo(double x, int n)
    {
        if (n > 1023)
        {
            x *= PowerOfTwo(1023);
            n -= 1023;
            if (n > 1023) n = 1023;
            return x * PowerOfTwo(n);
        }
        if (n < -1022)
        {
            // Bring x down in an exact step first, so only the final multiply can round.
            x *= PowerOfTwo(-1022 + 54);
            n += 1022 - 54;
            if (n < -1022) n = -1022;
            return x * PowerOfTwo(n);
        }
        return x * PowerOfTwo(n);
    }
}
