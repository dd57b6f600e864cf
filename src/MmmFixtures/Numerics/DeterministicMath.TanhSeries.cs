using System;
#if NET
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using static MmmFixtures.Numerics.ExactVectorArithmetic;
#endif

namespace MmmFixtures.Numerics;

public static partial class DeterministicMath
{
    /// <summary>
    /// <c>result[i] = Tanh(x[i])</c> bit for bit, several elements (two vectors) at a time where the hardware has vectors: a vector whose
    /// elements all take the same branch of <see cref="Tanh(double)"/> (series near 0, table reduction elsewhere) runs it
    /// with every lane doing the scalar operations in their order (a vector mixing them runs both and keeps each lane's);
    /// a vector holding an element with a limit (out of range, NaN) and the last partial vector take the scalar code. <paramref name="result"/> may be
    /// <paramref name="x"/>.
    /// </summary>
    internal static void Tanh(ReadOnlySpan<double> x, Span<double> result)
    {
        int i = 0;
#if NET
        if (Vector.IsHardwareAccelerated)
        {
            int width = Vector<double>.Count;
            Span<double> lanes = stackalloc double[width];
            // Two vectors at a time, each step of one beside the same step of the other: alone, a vector's chain of
            // dependent double-double steps and divisions leaves the floating-point units mostly waiting.
            for (; i <= x.Length - 2 * width; i += 2 * width)
            {
                var x0 = new Vector<double>(x.Slice(i));
                var x1 = new Vector<double>(x.Slice(i + width));
                bool inRange0 = Expm1OfDoubledMagnitude(x0, lanes, out var t0, out var tLo0);
                bool inRange1 = Expm1OfDoubledMagnitude(x1, lanes, out var t1, out var tLo1);
                if (inRange0 && inRange1)
                {
                    var tanh0 = TanhOfExpm1(x0, t0, tLo0);
                    var tanh1 = TanhOfExpm1(x1, t1, tLo1);
                    tanh0.CopyTo(result.Slice(i));
                    tanh1.CopyTo(result.Slice(i + width));
                }
                else
                {
                    StoreTanh(x0, inRange0, t0, tLo0, x, result, i);
                    StoreTanh(x1, inRange1, t1, tLo1, x, result, i + width);
                }
            }
            for (; i <= x.Length - width; i += width)
            {
                var x0 = new Vector<double>(x.Slice(i));
                StoreTanh(x0, Expm1OfDoubledMagnitude(x0, lanes, out var t0, out var tLo0), t0, tLo0, x, result, i);
            }
        }
#endif
        for (; i < x.Length; i++) result[i] = Tanh(x[i]);
    }

#if NET
    // The vector's tanh from its e^{2|x|} − 1, or (not in range) the scalar code's element by element.
    private static void StoreTanh(Vector<double> x, bool inRange, Vector<double> t, Vector<double> tLo, ReadOnlySpan<double> xs, Span<double> result, int i)
    {
        if (inRange) TanhOfExpm1(x, t, tLo).CopyTo(result.Slice(i));
        else for (int j = i; j < i + Vector<double>.Count; j++) result[j] = Tanh(xs[j]);
    }

    // e^{2|x|} − 1 of every lane as a double-double, when none has a limit (false: leave the vector to the scalar code).
    private static bool Expm1OfDoubledMagnitude(Vector<double> x, Span<double> lanes, out Vector<double> t, out Vector<double> tLo)
    {
        var ax = Vector.Abs(x);
        if (!(Vector.GreaterThanOrEqualAll(ax, new Vector<double>(3.725290298461914e-9)) && Vector.LessThanOrEqualAll(ax, new Vector<double>(22.0))))
        {
            t = tLo = default;
            return false; // a limit, no arithmetic (NaN compares false)
        }
        var doubled = new Vector<double>(2.0) * ax;
        var branch = new Vector<double>(0.34657359027997264);
        if (Vector.LessThanOrEqualAll(doubled, branch)) t = Expm1Kernel(doubled, Vector<double>.Zero, out tLo);
        else
        {
            t = Expm1Reduced(doubled, lanes, out tLo);
            if (Vector.LessThanOrEqualAny(doubled, branch))
            {
                // Lanes on both sides: the series on every lane too (finite on the whole range), each lane keeping its own.
                var near = Vector.LessThanOrEqual(doubled, branch);
                var series = Expm1Kernel(doubled, Vector<double>.Zero, out var seriesLo);
                t = Vector.ConditionalSelect(near, series, t);
                tLo = Vector.ConditionalSelect(near, seriesLo, tLo);
            }
        }
        return true;
    }

    // tanh x = ±t / (t + 2) with t = e^{2|x|} − 1, divided in double-double as Tanh(double) does.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector<double> TanhOfExpm1(Vector<double> x, Vector<double> t, Vector<double> tLo)
    {
        var d = TwoSum(t, new Vector<double>(2.0), out var dLo);
        dLo += tLo;
        var q = t / d;
        var p = TwoProduct(q, d, out var pLo);
        var correction = ((t - p) - pLo + tLo - q * dLo) / d;
        var magnitude = q + correction;
        // tanh is odd: x's sign bit on the magnitude (positive here) is the scalar negation.
        var signBit = new Vector<ulong>(0x8000_0000_0000_0000UL);
        return Vector.AsVectorDouble(Vector.AsVectorUInt64(magnitude) | (Vector.AsVectorUInt64(x) & signBit));
    }

    // Expm1OfDoubleDouble(x, 0) for lanes with ln2/2 < x ≤ 44, through ExpOfDoubleDouble's table reduction.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector<double> Expm1Reduced(Vector<double> x, Span<double> lanes, out Vector<double> lo)
    {
        // Math.Round to even by the 1.5·2^52 shift (|x·64/ln2| < 2^51), whose low bits are then k itself (k ≥ 0).
        var shift = new Vector<double>(RoundingShift);
        var shifted = x * new Vector<double>(InvLn2Times64) + shift;
        var kd = shifted - shift;
        var k = Vector.AsVectorInt64(shifted) & new Vector<long>(0xFFFFFFFF);

        var r1 = x - kd * new Vector<double>(Ln2HiOver64);
        var r = TwoSum(r1, kd * new Vector<double>(-Ln2LoOver64), out var rLo); // = 0 − kd·Ln2LoOver64: kd ≥ 32 on the lanes kept
        var p = Expm1ShortKernel(r, rLo, out var pLo);
        var j = k & new Vector<long>(ExpTableSize - 1);
        var th = Lookup(j, lanes, out var tl);
        var a = TwoProduct(th, p, out var aLo);
        var hi = FastTwoSum(th, a, out var e);
        var eLo = e + aLo + th * pLo + tl + tl * p;

        // e^x − 1 = 2^m·hi − 1 + 2^m·lo with m = k / 64 in [0, 63]: 2^m is built from its bits.
        var scale = Vector.AsVectorDouble(Vector.ShiftLeft(Vector.ShiftRightLogical(k, 6) + new Vector<long>(1023), 52));
        var s = FastTwoSum(scale * hi, new Vector<double>(-1.0), out var e1); // e^x ≥ √2 > 1
        return FastTwoSum(s, e1 + scale * eLo, out lo);
    }

    // 2^(j/64) of each lane as a double-double. The lanes are assembled in registers where the width is known: written
    // to memory one by one and read back as a vector, they would stall on store forwarding.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector<double> Lookup(Vector<long> index, Span<double> lanes, out Vector<double> low)
    {
        double[] high = ExpTable.Hi, lows = ExpTable.Lo;
        if (Vector<double>.Count == Vector128<double>.Count)
        {
            // Indexes are below 64, the tables' length: no bounds checks (the Native AOT tool's width).
            int a = (int)index[0], b = (int)index[1];
            ref double lowTable = ref MemoryMarshal.GetArrayDataReference(lows), highTable = ref MemoryMarshal.GetArrayDataReference(high);
            low = Vector128.Create(Unsafe.Add(ref lowTable, a), Unsafe.Add(ref lowTable, b)).AsVector();
            return Vector128.Create(Unsafe.Add(ref highTable, a), Unsafe.Add(ref highTable, b)).AsVector();
        }
        if (Vector<double>.Count == Vector256<double>.Count)
        {
            int a = (int)index[0], b = (int)index[1], c = (int)index[2], d = (int)index[3];
            low = Vector256.Create(lows[a], lows[b], lows[c], lows[d]).AsVector();
            return Vector256.Create(high[a], high[b], high[c], high[d]).AsVector();
        }
        for (int i = 0; i < Vector<double>.Count; i++) lanes[i] = lows[(int)index[i]];
        low = new Vector<double>(lanes);
        for (int i = 0; i < Vector<double>.Count; i++) lanes[i] = high[(int)index[i]];
        return new Vector<double>(lanes);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector<double> Expm1Kernel(Vector<double> r, Vector<double> rLo, out Vector<double> lo)
    {
        var r2 = TwoProduct(r, r, out var r2Lo);
        var p = Polynomial.Estrin14(ExpTaylorTail, r, r2);
        return Expm1FromParts(r, rLo, r2, r2Lo, p, out lo);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector<double> Expm1ShortKernel(Vector<double> r, Vector<double> rLo, out Vector<double> lo)
    {
        var r2 = TwoProduct(r, r, out var r2Lo);
        var p = (new Vector<double>(1.0 / 6) + r * new Vector<double>(1.0 / 24))
            + r2 * ((new Vector<double>(1.0 / 120) + r * new Vector<double>(1.0 / 720))
                + r2 * (new Vector<double>(1.0 / 5040) + r * new Vector<double>(1.0 / 40320)));
        return Expm1FromParts(r, rLo, r2, r2Lo, p, out lo);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector<double> Expm1FromParts(Vector<double> r, Vector<double> rLo, Vector<double> r2, Vector<double> r2Lo, Vector<double> p, out Vector<double> lo)
    {
        var half = new Vector<double>(0.5);
        var halfSquare = half * r2;
        var s = FastTwoSum(r, halfSquare, out var e); // |r| ≥ r²/2
        var tail = e + half * r2Lo + r2 * r * p + rLo * (Vector<double>.One + r + halfSquare);
        return FastTwoSum(s, tail, out lo);
    }
#endif
}
