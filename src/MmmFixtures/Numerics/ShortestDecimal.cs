using System;
using System.Runtime.CompilerServices;

namespace MmmFixtures.Numerics;

/// <summary>
/// The shortest decimal that reads back as a given double (digits · 10^exponent), by Ulf Adams' Ryu algorithm (PLDI 2018):
/// among the decimals with the fewest digits inside the double's rounding interval (its ends included when the
/// significand is even, as IEEE round-half-even reads them back), the one closest to the double, ties to even.
/// That is exactly the choice .NET's shortest round-trip formatting ("R") makes, at a fraction of its cost.
/// </summary>
/// <remarks>
/// Written here rather than taken from a package: .NET's own formatter (Grisu with a Dragon4 fallback) is the slow part of
/// big CSV exports, and no package the project can use formats doubles exactly like it without allocating.
/// </remarks>
internal static partial class ShortestDecimal
{
    private const int MantissaBits = 52;
    private const int ExponentBias = 1023;
    private const int InversePowerBits = 125;
    private const int PowerBits = 125;

    /// <summary>
    /// The shortest round-trip decimal of the finite, non-zero magnitude whose IEEE fields are <paramref name="ieeeMantissa"/>
    /// and <paramref name="ieeeExponent"/>: <paramref name="digits"/> (no trailing zeros) times 10^<paramref name="exponent"/>.
    /// False, with nothing computed, for a power of two other than a small integer: .NET does not always pick the same text
    /// for those (its Grisu path takes the gap below one as wide as the gap above, which it is not, while its Dragon4
    /// fallback does not), so it must format them itself.
    /// </summary>
    public static bool TryOf(ulong ieeeMantissa, int ieeeExponent, out ulong digits, out int exponent)
    {
        if (TrySmallInteger(ieeeMantissa, ieeeExponent, out digits, out exponent)) return true;
        if (ieeeMantissa == 0 && ieeeExponent > 1) return false;

        int e2;
        ulong m2;
        if (ieeeExponent == 0)
        {
            e2 = 1 - ExponentBias - MantissaBits - 2;
            m2 = ieeeMantissa;
        }
        else
        {
            e2 = ieeeExponent - ExponentBias - MantissaBits - 2;
            m2 = (1UL << MantissaBits) | ieeeMantissa;
        }
        bool acceptBounds = (m2 & 1) == 0;

        // The interval of decimals that read back as the double, scaled by 4: [mv − 2, mv + 2]. The gap below a power of two is
        // half as wide, but the only one that reaches here, the smallest normal, has a subnormal below it at the full gap.
        ulong mv = 4 * m2;

        ulong vr, vp, vm;
        int e10;
        bool vmIsTrailingZeros = false, vrIsTrailingZeros = false;
        if (e2 >= 0)
        {
            int q = Log10Pow2(e2) - (e2 > 3 ? 1 : 0);
            e10 = q;
            int k = InversePowerBits + Pow5Bits(q) - 1;
            int i = -e2 + q + k;
            vr = MultiplyShiftAll(m2, InversePowersOfFive, q, i, out vp, out vm);
            if (q <= 21)
            {
                // Only one of mp, mv and mm can be a multiple of 5, if any.
                if (mv % 5 == 0) vrIsTrailingZeros = IsMultipleOfPowerOf5(mv, q);
                else if (acceptBounds) vmIsTrailingZeros = IsMultipleOfPowerOf5(mv - 2, q);
                else if (IsMultipleOfPowerOf5(mv + 2, q)) vp--;
            }
        }
        else
        {
            int q = Log10Pow5(-e2) - (-e2 > 1 ? 1 : 0);
            e10 = q + e2;
            int i = -e2 - q;
            int k = Pow5Bits(i) - PowerBits;
            int j = q - k;
            vr = MultiplyShiftAll(m2, PowersOfFive, i, j, out vp, out vm);
            if (q <= 1)
            {
                // mv and mv − 2 have at least q trailing zero bits, so vr and vm are exact.
                vrIsTrailingZeros = true;
                if (acceptBounds) vmIsTrailingZeros = true;
                else vp--;
            }
            else if (q < 63)
            {
                vrIsTrailingZeros = (mv & ((1UL << q) - 1)) == 0;
            }
        }

        int removed = 0;
        ulong output;
        if (vmIsTrailingZeros || vrIsTrailingZeros)
        {
            // The rare exact cases: track whether the removed digits were all zeros, for the ends and for ties.
            int lastRemovedDigit = 0;
            while (vp / 10 > vm / 10)
            {
                vmIsTrailingZeros &= vm % 10 == 0;
                vrIsTrailingZeros &= lastRemovedDigit == 0;
                lastRemovedDigit = (int)(vr % 10);
                vr /= 10;
                vp /= 10;
                vm /= 10;
                removed++;
            }
            if (vmIsTrailingZeros)
            {
                while (vm % 10 == 0)
                {
                    vrIsTrailingZeros &= lastRemovedDigit == 0;
                    lastRemovedDigit = (int)(vr % 10);
                    vr /= 10;
                    vp /= 10;
                    vm /= 10;
                    removed++;
                }
            }
            if (vrIsTrailingZeros && lastRemovedDigit == 5 && vr % 2 == 0) lastRemovedDigit = 4; // a tie: round to even
            output = vr + ((vr == vm && (!acceptBounds || !vmIsTrailingZeros)) || lastRemovedDigit >= 5 ? 1UL : 0UL);
        }
        else
        {
            // The common case: two digits at a time first, since most doubles lose one or more.
            bool roundUp = false;
            ulong vpDiv100 = vp / 100, vmDiv100 = vm / 100;
            if (vpDiv100 > vmDiv100)
            {
                ulong vrDiv100 = vr / 100;
                roundUp = vr - 100 * vrDiv100 >= 50;
                vr = vrDiv100;
                vp = vpDiv100;
                vm = vmDiv100;
                removed += 2;
            }
            while (true)
            {
                ulong vpDiv10 = vp / 10, vmDiv10 = vm / 10;
                if (vpDiv10 <= vmDiv10) break;
                ulong vrDiv10 = vr / 10;
                roundUp = vr - 10 * vrDiv10 >= 5;
                vr = vrDiv10;
                vp = vpDiv10;
                vm = vmDiv10;
                removed++;
            }
            output = vr + (vr == vm || roundUp ? 1UL : 0UL);
        }
        digits = output;
        exponent = e10 + removed;
        return true;
    }

    // An integer below 2^53 is its own shortest decimal (less its trailing zeros): no table, no multiplication.
    private static bool TrySmallInteger(ulong ieeeMantissa, int ieeeExponent, out ulong digits, out int exponent)
    {
        int e2 = ieeeExponent - ExponentBias - MantissaBits;
        digits = 0;
        exponent = 0;
        if (ieeeExponent == 0 || e2 > 0 || e2 < -MantissaBits) return false;
        ulong m2 = (1UL << MantissaBits) | ieeeMantissa;
        ulong fraction = m2 & ((1UL << -e2) - 1);
        if (fraction != 0) return false;
        digits = m2 >> -e2;
        while (true)
        {
            ulong quotient = digits / 10;
            if (digits != 10 * quotient) break;
            digits = quotient;
            exponent++;
        }
        return true;
    }

    // ⌊4m·mul / 2^j⌋ and the same for the interval's ends 4m ± 2, from two 64×64 products: the ends are the middle's
    // 192-bit product (halved) plus or minus mul, an addition instead of two more multiplications each.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong MultiplyShiftAll(ulong m, ulong[] table, int index, int j, out ulong vp, out ulong vm)
    {
        ulong mulLow = table[2 * index], mulHigh = table[2 * index + 1];
        m <<= 1; // at most 55 bits
        ulong tmp = WideProduct.MultiplyHigh(m, mulLow, out ulong lo);
        ulong hi = WideProduct.MultiplyHigh(m, mulHigh, out ulong midPart);
        ulong mid = tmp + midPart;
        if (mid < tmp) hi++;

        ulong lo2 = lo + mulLow;
        ulong mid2 = mid + mulHigh + (lo2 < lo ? 1UL : 0UL);
        ulong hi2 = hi + (mid2 < mid ? 1UL : 0UL);
        vp = ShiftRight128(mid2, hi2, j - 64 - 1);

        ulong lo3 = lo - mulLow;
        ulong mid3 = mid - mulHigh - (lo3 > lo ? 1UL : 0UL);
        ulong hi3 = hi - (mid3 > mid ? 1UL : 0UL);
        vm = ShiftRight128(mid3, hi3, j - 64 - 1);
        return ShiftRight128(mid, hi, j - 64 - 1);
    }

    // (hi·2^64 + lo) >> shift for 0 < shift < 64.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong ShiftRight128(ulong lo, ulong hi, int shift) => (hi << (64 - shift)) | (lo >> shift);

    // ⌈log2(5^e)⌉ for 0 ≤ e ≤ 3528 (1 for e = 0).
    private static int Pow5Bits(int e) => (int)(((uint)e * 1217359) >> 19) + 1;

    // ⌊log10(2^e)⌋ for 0 ≤ e ≤ 1650.
    private static int Log10Pow2(int e) => (int)(((uint)e * 78913) >> 18);

    // ⌊log10(5^e)⌋ for 0 ≤ e ≤ 2620.
    private static int Log10Pow5(int e) => (int)(((uint)e * 732923) >> 20);

    private static bool IsMultipleOfPowerOf5(ulong value, int p)
    {
        int count = 0;
        while (value != 0)
        {
            ulong quotient = value / 5;
            if (value != 5 * quotient) break;
            value = quotient;
            count++;
        }
        return count >= p;
    }
}
