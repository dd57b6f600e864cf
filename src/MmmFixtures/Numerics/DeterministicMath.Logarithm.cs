using System;
using static MmmFixtures.Numerics.ExactArithmetic;

namespace MmmFixtures.Numerics;

public static partial class DeterministicMath
{
    private const double Sqrt2 = 1.4142135623730951;

    // 2/(2n+1) for n = 1..13: log(m) = 2·atanh(s) = 2s + s³·Q(s²). With s² ≤ 0.0295 the first
    // omitted term is below 2^-70 relative.
    private static readonly double[] AtanhSeries =
    {
        2.0 / 3, 2.0 / 5, 2.0 / 7, 2.0 / 9, 2.0 / 11, 2.0 / 13, 2.0 / 15,
        2.0 / 17, 2.0 / 19, 2.0 / 21, 2.0 / 23, 2.0 / 25, 2.0 / 27,
    };

    /// <summary>The natural logarithm of <paramref name="x"/>.</summary>
    public static double Log(double x)
    {
        if (!(x > 0.0) || double.IsPositiveInfinity(x))
            return x == 0.0 ? double.NegativeInfinity : x < 0.0 ? double.NaN : x;
        double hi = LogOfDoubleDouble(x, out double lo);
        return hi + lo;
    }

    /// <summary>log(1 + x), accurate also when x is near zero.</summary>
    public static double Log1p(double x)
    {
        if (double.IsNaN(x) || double.IsPositiveInfinity(x)) return x;
        if (x < -1.0) return double.NaN;
        if (x == -1.0) return double.NegativeInfinity;
        if (Math.Abs(x) < 5.551115123125783e-17) return x;
        // 1 + x = u + c exactly; log(u + c) = log(u) + c/u to far below an ulp.
        double u = TwoSum(1.0, x, out double c);
        double hi = LogOfDoubleDouble(u, out double lo);
        return hi + (lo + c / u);
    }

    /// <summary>log(x) for finite x &gt; 0 as a double-double accurate to about 2^-60.</summary>
    internal static double LogOfDoubleDouble(double x, out double lo)
    {
        int k = 0;
        if (x < 2.2250738585072014e-308) // subnormal: make it normal first
        {
            x *= 18014398509481984.0; // 2^54
            k = -54;
        }
        long bits = BitConverter.DoubleToInt64Bits(x);
        k += (int)(bits >> 52) - 1023;
        double m = BitConverter.Int64BitsToDouble((bits & 0x000F_FFFF_FFFF_FFFFL) | 0x3FF0_0000_0000_0000L);
        if (m > Sqrt2)
        {
            m *= 0.5;
            k++;
        }

        // log(m) = 2·atanh(s) with s = f/(2+f), f = m − 1 exact, |s| ≤ 0.1716.
        double f = m - 1.0;
        double dHi = FastTwoSum(2.0, f, out double dLo);
        double s = f / dHi;
        double p = TwoProduct(s, dHi, out double pLo);
        double sLo = ((f - p) - pLo - s * dLo) / dHi;

        double z = s * s;
        double q = Polynomial.Estrin13(AtanhSeries, z, z * z);
        double tail = s * z * q;

        double hi = TwoSum(k * Ln2Hi, 2.0 * s, out double e);
        return FastTwoSum(hi, e + (2.0 * sLo + tail + k * Ln2Lo), out lo);
    }
}
