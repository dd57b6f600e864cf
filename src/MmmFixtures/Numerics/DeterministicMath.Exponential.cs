using System;
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
    /// e^(xHi + xLo) as 2^k · (hi + lo), with hi + lo in [0.7, 1.42] accurate to about 2^-66.
    /// Caller guarantees xHi is within the finite range of exp.
    /// </summary>
    internal static int ExpOfDoubleDouble(double xHi, double xLo, out double hi, out double lo)
    {
        int k = (int)Math.Round(xHi * InvLn2);
        double r = ReduceByLn2(xHi, xLo, k, out double rLo);
        double m = Expm1Kernel(r, rLo, out double mLo);
        hi = FastTwoSum(1.0, m, out double e);
        lo = e + mLo;
        return k;
    }

    /// <summary>e^(xHi + xLo) − 1 as a double-double, accurate relative to the result.</summary>
    internal static double Expm1OfDoubleDouble(double xHi, double xLo, out double lo)
    {
        if (Math.Abs(xHi) <= 0.34657359027997264) // ln2 / 2: no reduction needed
            return Expm1Kernel(xHi, xLo, out lo);

        int k = (int)Math.Round(xHi * InvLn2);
        double r = ReduceByLn2(xHi, xLo, k, out double rLo);
        double m = Expm1Kernel(r, rLo, out double mLo);
        // e^x − 1 = (2^k − 1) + 2^k·m, each term exact or nearly so, summed without cancellation loss.
        double scale = ScaleByPowerOfTwo(1.0, k);
        double s0 = TwoSum(scale, -1.0, out double e0);
        double s1 = TwoSum(s0, scale * m, out double e1);
        double hi = FastTwoSum(s1, e0 + e1 + scale * mLo, out lo);
        return hi;
    }

    // r = x − k·ln2 as a double-double. x − k·Ln2Hi is exact (Sterbenz), k·Ln2Lo carries the rest.
    private static double ReduceByLn2(double xHi, double xLo, int k, out double rLo)
    {
        double r1 = xHi - k * Ln2Hi;
        return TwoSum(r1, xLo - k * Ln2Lo, out rLo);
    }

    // e^(r + rLo) − 1 for |r| ≤ ln2/2: r + r²/2 in double-double plus r³·P(r) in double.
    private static double Expm1Kernel(double r, double rLo, out double lo)
    {
        double r2 = TwoProduct(r, r, out double r2Lo);
        double p = Polynomial.Estrin14(ExpTaylorTail, r, r2);
        double cube = r2 * r;
        double halfSquare = 0.5 * r2;
        double s = TwoSum(r, halfSquare, out double e);
        // d/dr of (e^r − 1) is e^r ≈ 1 + r + r²/2, which scales the low part of the argument.
        double tail = e + 0.5 * r2Lo + cube * p + rLo * (1.0 + r + halfSquare);
        return FastTwoSum(s, tail, out lo);
    }
}
