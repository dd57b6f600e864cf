using System;
#if NET
using System.Numerics;
using System.Runtime.CompilerServices;
using static MmmFixtures.Numerics.ExactVectorArithmetic;
#endif

namespace MmmFixtures.Numerics;

public static partial class DeterministicMath
{
    /// <summary>
    /// <c>result[i] = Tanh(x[i])</c> bit for bit, several elements at a time where the hardware has vectors: each lane
    /// runs <see cref="Tanh(double)"/>'s operations in its order (the branch |2x| ≤ ln2/2 by blending), and the
    /// elements that do not fill a vector run the scalar code. <paramref name="result"/> may be <paramref name="x"/>.
    /// </summary>
    internal static void Tanh(ReadOnlySpan<double> x, Span<double> result)
    {
        int i = 0;
#if NET
        if (Vector.IsHardwareAccelerated)
        {
            int width = Vector<double>.Count;
            Span<double> lanes = stackalloc double[width];
            for (; i <= x.Length - width; i += width)
                Tanh(new Vector<double>(x.Slice(i)), lanes).CopyTo(result.Slice(i));
        }
#endif
        for (; i < x.Length; i++) result[i] = Tanh(x[i]);
    }

#if NET
    // Tanh(double) per lane. Lanes outside [2^-28, 22] (and NaN) take their scalar limits; they are computed with
    // x = 1 meanwhile so that no lane overflows or indexes outside the table.
    private static Vector<double> Tanh(Vector<double> x, Span<double> lanes)
    {
        var one = Vector<double>.One;
        var ax = Vector.Abs(x);
        var inRange = Vector.GreaterThanOrEqual(ax, new Vector<double>(3.725290298461914e-9)) & Vector.LessThanOrEqual(ax, new Vector<double>(22.0));
        var y = new Vector<double>(2.0) * Vector.ConditionalSelect(inRange, ax, one);

        // t = e^y − 1 as a double-double: the series near 0, the table reduction elsewhere; both only when lanes differ.
        var halfLn2 = new Vector<double>(0.34657359027997264);
        Vector<double> t, tLo;
        if (Vector.LessThanOrEqualAll(y, halfLn2))
            t = Expm1Kernel(y, Vector<double>.Zero, out tLo);
        else if (Vector.GreaterThanAll(y, halfLn2))
            t = Expm1Reduced(y, lanes, out tLo);
        else
        {
            var near = Vector.LessThanOrEqual(y, halfLn2);
            var tNear = Expm1Kernel(y, Vector<double>.Zero, out var tNearLo);
            var tFar = Expm1Reduced(y, lanes, out var tFarLo);
            t = Vector.ConditionalSelect(near, tNear, tFar);
            tLo = Vector.ConditionalSelect(near, tNearLo, tFarLo);
        }

        // tanh|x| = t / (t + 2), divided in double-double.
        var d = TwoSum(t, new Vector<double>(2.0), out var dLo);
        dLo += tLo;
        var q = t / d;
        var p = TwoProduct(q, d, out var pLo);
        var correction = ((t - p) - pLo + tLo - q * dLo) / d;
        var magnitude = q + correction;

        var signBit = Vector.AsVectorInt64(new Vector<double>(-0.0));
        var limit = Vector.ConditionalSelect(Vector.GreaterThan(ax, new Vector<double>(22.0)), Vector.ConditionalSelect(signBit, x, one), x);
        return Vector.ConditionalSelect(inRange, Vector.ConditionalSelect(signBit, x, magnitude), limit);
    }

    // Expm1OfDoubleDouble(x, 0) for lanes with ln2/2 < x ≤ 44, through ExpOfDoubleDouble's table reduction.
    private static Vector<double> Expm1Reduced(Vector<double> x, Span<double> lanes, out Vector<double> lo)
    {
        // Math.Round to even by the 1.5·2^52 shift (|x·64/ln2| < 2^51), whose low bits are then k itself (k ≥ 0).
        var shift = new Vector<double>(6755399441055744.0);
        var shifted = x * new Vector<double>(InvLn2Times64) + shift;
        var kd = shifted - shift;
        var k = Vector.AsVectorInt64(shifted) & new Vector<long>(0xFFFFFFFF);

        var r1 = x - kd * new Vector<double>(Ln2HiOver64);
        var r = TwoSum(r1, Vector<double>.Zero - kd * new Vector<double>(Ln2LoOver64), out var rLo);
        var p = Expm1ShortKernel(r, rLo, out var pLo);
        var j = k & new Vector<long>(ExpTableSize - 1);
        var th = Lookup(ExpTable.Hi, j, lanes);
        var tl = Lookup(ExpTable.Lo, j, lanes);
        var a = TwoProduct(th, p, out var aLo);
        var hi = FastTwoSum(th, a, out var e);
        var eLo = e + aLo + th * pLo + tl + tl * p;

        // e^x − 1 = 2^m·hi − 1 + 2^m·lo with m = k / 64 in [0, 63]: 2^m is built from its bits.
        var scale = Vector.AsVectorDouble(Vector.ShiftLeft(Vector.ShiftRightLogical(k, 6) + new Vector<long>(1023), 52));
        var s = TwoSum(scale * hi, new Vector<double>(-1.0), out var e1);
        return FastTwoSum(s, e1 + scale * eLo, out lo);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector<double> Lookup(double[] table, Vector<long> index, Span<double> lanes)
    {
        for (int i = 0; i < Vector<double>.Count; i++) lanes[i] = table[(int)index[i]];
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
        var s = TwoSum(r, halfSquare, out var e);
        var tail = e + half * r2Lo + r2 * r * p + rLo * (Vector<double>.One + r + halfSquare);
        return FastTwoSum(s, tail, out lo);
    }
#endif
}
