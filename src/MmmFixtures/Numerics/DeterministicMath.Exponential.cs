using System;
using System.Runtime.CompilerServices;
using static MmmFixtures.Numerics.ExactArithmetic;

namespace MmmFixtures.Numerics;

public static partial class DeterministicMath
{
    // Largest x with finite exp(x), and the x below which exp(x) rounds to zero.
    private const double ExpOverflowThreshold = 7.09782712893383973096e+02;
    private const double ExpUnderflowThreshold = -7.45133219101941108420e+02;

    // 1/n! for n = 3..16: the Taylor tail of exp(r) − 1 − r − r²/2 divided by r³. On |r| ≤ ln2/2 the
    // first omitted term is below 2^-66 relative, far under the final rounding.
    private static readonly double[] ExpTaylorTail =
    {
        1.0 / 6, 1.0 / 24, 1.0 / 120, 1.0 / 720, 1.0 / 5040, 1.0 / 40320, 1.0 / 362880,
        1.0 / 3628800, 1.0 / 39916800, 1.0 / 479001600, 1.0 / 6227020800, 1.0 / 87178291200,
        1.0 / 1307674368000, 1.0 / 20922789888000,
    };

    /// <summary>e raised to <paramref name="x"/>.</summary>
    public static double Exp(double x)
    {
        if (double.IsNaN(x)) return x;
        if (x > ExpOverflowThreshold) return double.PositiveInfinity;
        if (x < ExpUnderflowThreshold) return 0.0;
        int k = ExpOfDoubleDouble(x, 0.0, out double hi, out double lo);
        return ScaleByPowerOfTwo(hi + lo, k);
    }

    /// <summary>e^x − 1, accurate also when x is near zero (where <c>Exp(x) - 1</c> loses digits).</summary>
    public static double Expm1(double x)
    {
        if (double.IsNaN(x)) return x;
        if (x > ExpOverflowThreshold) return double.PositiveInfinity;
        if (x < -38.0) return -1.0; // e^-38 is below half an ulp of 1
        if (Math.Abs(x) < 5.551115123125783e-17) return x; // 2^-54: x + x²/2 rounds to x
        double hi = Expm1OfDoubleDouble(x, 0.0, out double lo);
        return hi + lo;
    }

    /// <summary>
    /// e^(xHi + xLo) as 2^m · (hi + lo), with hi + lo in [0.99, 2) accurate to about 2^-66.
    /// Caller guarantees xHi is within the finite range of exp.
    /// </summary>
    /// <remarks>
    /// Table reduction: x = (64m + j)·ln2/64 + r with |r| ≤ ln2/128, so e^x = 2^m · 2^(j/64) · e^r and
    /// e^r needs only a degree-8 series.
    /// </remarks>
    internal static int ExpOfDoubleDouble(double xHi, double xLo, out double hi, out double lo)
    {
        // Math.Round to even by the shift (|xHi·64/ln2| < 2^51), whose low bits are then k itself: Math.Round is a call
        // in the Native AOT tool. Where Math.Round gives -0 the shift gives +0; r1 is then the same but for xHi = ±0,
        // where only the sign of r's zero differs, and the kernel returns the same +0 for both.
        double shifted = xHi * InvLn2Times64 + RoundingShift;
        double kd = shifted - RoundingShift;
        int k = (int)BitConverter.DoubleToInt64Bits(shifted);
        double r1 = xHi - kd * Ln2HiOver64; // exact (Sterbenz); kd·Ln2HiOver64 has at most 49 bits
        double r = TwoSum(r1, xLo - kd * Ln2LoOver64, out double rLo);
        double p = Expm1ShortKernel(r, rLo, out double pLo);
        int j = k & (ExpTableSize - 1);
        double th = ExpTable.Hi[j], tl = ExpTable.Lo[j];
        double a = TwoProduct(th, p, out double aLo);
        hi = FastTwoSum(th, a, out double e);
        lo = e + aLo + th * pLo + tl + tl * p;
        return k >> 6; // floor(k / 64)
    }

    /// <summary>e^(xHi + xLo) − 1 as a double-double, accurate relative to the result.</summary>
    internal static double Expm1OfDoubleDouble(double xHi, double xLo, out double lo)
    {
        if (Math.Abs(xHi) <= 0.34657359027997264) // ln2 / 2: the series converges fast enough without reduction
            return Expm1Kernel(xHi, xLo, out lo);

        int m = ExpOfDoubleDouble(xHi, xLo, out double hi, out double eLo);
        // e^x − 1 = 2^m·hi − 1 + 2^m·lo: the first difference is exact, so nothing cancels badly.
        double scale = ScaleByPowerOfTwo(1.0, m);
        double s = TwoSum(scale * hi, -1.0, out double e);
        return FastTwoSum(s, e + scale * eLo, out lo);
    }

    // e^(r + rLo) − 1 for |r| ≤ ln2/2: r + r²/2 in double-double plus r³·P(r) in double.
    private static double Expm1Kernel(double r, double rLo, out double lo)
    {
        double r2 = TwoProduct(r, r, out double r2Lo);
        double p = Polynomial.Estrin14(ExpTaylorTail, r, r2);
        return Expm1FromParts(r, rLo, r2, r2Lo, p, out lo);
    }

    // The same for |r| ≤ ln2/128, where terms up to r^8/8! suffice (next below 2^-67 relative).
    private static double Expm1ShortKernel(double r, double rLo, out double lo)
    {
        double r2 = TwoProduct(r, r, out double r2Lo);
        double p = (1.0 / 6 + r * (1.0 / 24)) + r2 * ((1.0 / 120 + r * (1.0 / 720)) + r2 * (1.0 / 5040 + r * (1.0 / 40320)));
        return Expm1FromParts(r, rLo, r2, r2Lo, p, out lo);
    }

    // r + r²/2 + r³·p, with the low parts of r and r² and the derivative e^r ≈ 1 + r + r²/2 scaling rLo.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double Expm1FromParts(double r, double rLo, double r2, double r2Lo, double p, out double lo)
    {
        double halfSquare = 0.5 * r2;
        double s = FastTwoSum(r, halfSquare, out double e); // |r| ≥ r²/2 for the |r| ≤ ln2/2 of both kernels
        double tail = e + 0.5 * r2Lo + r2 * r * p + rLo * (1.0 + r + halfSquare);
        return FastTwoSum(s, tail, out lo);
    }

    private const int ExpTableSize = 64;
    private const double RoundingShift = 6755399441055744.0; // 1.5·2^52: adding it leaves no fraction bits
    private const double InvLn2Times64 = InvLn2 * 64;
    private const double Ln2HiOver64 = Ln2Hi / 64;
    private const double Ln2LoOver64 = Ln2Lo / 64;

    /// <summary>
    /// 2^(j/64), j = 0..63, as double-doubles, built once from the full series (its argument stays within
    /// ±ln2/2 because 2^(j/64) = 2 · 2^((j−64)/64) for j &gt; 32). A nested class, so it is built on first use,
    /// after the series coefficients.
    /// </summary>
    private static class ExpTable
    {
        public static readonly double[] Hi = new double[ExpTableSize];
        public static readonly double[] Lo = Build(Hi);

        private static double[] Build(double[] high)
        {
            var low = new double[ExpTableSize];
            for (int j = 0; j < ExpTableSize; j++)
            {
                int n = j <= 32 ? j : j - 64;
                // The kernel wants a normalized double-double (low part below an ulp of the high part).
                double x = TwoSum(n * Ln2HiOver64, n * Ln2LoOver64, out double xLo);
                double m = Expm1Kernel(x, xLo, out double mLo);
                double h = FastTwoSum(1.0, m, out double e);
                double factor = j <= 32 ? 1.0 : 2.0;
                high[j] = h * factor;
                low[j] = (e + mLo) * factor;
            }
            return low;
        }
    }
}
