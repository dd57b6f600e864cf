#if NET
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.Arm;
using System.Runtime.Intrinsics.X86;

namespace MmmFixtures.Numerics;

/// <summary>
/// <see cref="ExactArithmetic"/>'s error-free transformations on every lane of a <see cref="Vector{T}"/> at once.
/// Each lane performs exactly the scalar operations (IEEE + − × are exact per lane), so each lane returns the scalar
/// pair's bits; data-parallel kernels such as <see cref="DeterministicMath.Tanh(System.ReadOnlySpan{double}, System.Span{double})"/>
/// are built on them.
/// </summary>
internal static class ExactVectorArithmetic
{
    /// <summary>Knuth's TwoSum per lane.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector<double> TwoSum(Vector<double> a, Vector<double> b, out Vector<double> lo)
    {
        var hi = a + b;
        var bVirtual = hi - a;
        var aVirtual = hi - bVirtual;
        lo = (a - aVirtual) + (b - bVirtual);
        return hi;
    }

    /// <summary>Dekker's FastTwoSum per lane: exact when <c>|a| ≥ |b|</c> (or a is zero).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector<double> FastTwoSum(Vector<double> a, Vector<double> b, out Vector<double> lo)
    {
        var hi = a + b;
        lo = b - (hi - a);
        return hi;
    }

    /// <summary>
    /// <c>hi + lo == a · b</c> exactly per lane (barring overflow, and for products whose error is not subnormal).
    /// The error of a rounded product is a double, so the fused and the split computation give the same bits.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector<double> TwoProduct(Vector<double> a, Vector<double> b, out Vector<double> lo)
    {
        var hi = a * b;
        lo = ProductError(a, b, hi);
        return hi;
    }

    // a·b − hi in one rounding where the hardware fuses (the scalar code's Math.FusedMultiplyAdd); else Dekker's split.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector<double> ProductError(Vector<double> a, Vector<double> b, Vector<double> hi)
    {
        if (Fma.IsSupported && Vector<double>.Count == Vector256<double>.Count)
            return Fma.MultiplySubtract(a.AsVector256(), b.AsVector256(), hi.AsVector256()).AsVector();
        if (Fma.IsSupported && Vector<double>.Count == Vector128<double>.Count)
            return Fma.MultiplySubtract(a.AsVector128(), b.AsVector128(), hi.AsVector128()).AsVector();
        if (AdvSimd.Arm64.IsSupported && Vector<double>.Count == Vector128<double>.Count)
            return AdvSimd.Arm64.FusedMultiplyAdd(AdvSimd.Arm64.Negate(hi.AsVector128()), a.AsVector128(), b.AsVector128()).AsVector();
        return ProductErrorBySplitting(a, b, hi);
    }

    /// <summary>a·b − hi by Veltkamp's split into 26-bit halves, whose products are exact (for |a|, |b| below 2^996).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Vector<double> ProductErrorBySplitting(Vector<double> a, Vector<double> b, Vector<double> hi)
    {
        var aHi = Split(a, out var aLo);
        var bHi = Split(b, out var bLo);
        return ((aHi * bHi - hi) + aHi * bLo + aLo * bHi) + aLo * bLo;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector<double> Split(Vector<double> a, out Vector<double> lo)
    {
        var t = new Vector<double>(134217729.0) * a; // 2^27 + 1
        var hi = t - (t - a);
        lo = a - hi;
        return hi;
    }
}
#endif
