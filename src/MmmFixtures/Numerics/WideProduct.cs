using System.Runtime.CompilerServices;
#if NET
using System;
using System.Runtime.Intrinsics.Arm;
using System.Runtime.Intrinsics.X86;
#endif

namespace MmmFixtures.Numerics;

/// <summary>The full 128-bit product of two 64-bit integers, fast on every instruction set the tool is built for.</summary>
internal static class WideProduct
{
    /// <summary>The high 64 bits of <paramref name="a"/> · <paramref name="b"/>; the low 64 bits in <paramref name="low"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong MultiplyHigh(ulong a, ulong b, out ulong low)
    {
#if NET
        // Math.BigMul is one instruction with BMI2 (mulx) or on Arm64 (umulh), but on the x86-64-v2 baseline the AOT tool compiles for it is
        // a call to a software fallback; the four 32-bit products below inline instead.
        if (Bmi2.X64.IsSupported || ArmBase.Arm64.IsSupported) return Math.BigMul(a, b, out low);
#endif
        ulong aLo = (uint)a, aHi = a >> 32, bLo = (uint)b, bHi = b >> 32;
        ulong ll = aLo * bLo, lh = aLo * bHi, hl = aHi * bLo, hh = aHi * bHi;
        ulong mid = (ll >> 32) + (uint)lh + (uint)hl;
        low = (mid << 32) | (uint)ll;
        return hh + (lh >> 32) + (hl >> 32) + (mid >> 32);
    }
}
