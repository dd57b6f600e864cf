namespace MmmFixtures.Tests.Numerics;

/// <summary>
/// The scalar exp, expm1, tanh, log, log1p and pow kernels as they were before they were tuned for the Native AOT
/// tool's instruction set (commit 710e321), kept verbatim (Math.Round, fused error terms, TwoSum everywhere) as the
/// oracle the tuned kernels must equal bit for bit.
/// </summary>
internal static class KernelsBeforeAotTuning
{
    private const double Ln2Hi = 6.93147180369123816490e-01;
    private const double Ln2Lo = 1.90821492927058770002e-10;
    private const double InvLn2 = 1.44269504088896338700e+00;
    private const double ExpOverflowThreshold = 7.09782712893383973096e+02;
    private const double ExpUnderflowThreshold = -7.45133219101941108420e+02;
    private const double Sqrt2 = 1.4142135623730951;
    private const int ExpTableSize = 64;
    private const double InvLn2Times64 = InvLn2 * 64;
    private const double Ln2HiOver64 = Ln2Hi / 64;
    private const double Ln2LoOver64 = Ln2Lo / 64;

    private static readonly double[] ExpTaylorTail =
    {
        1.0 / 6, 1.0 / 24, 1.0 / 120, 1.0 / 720, 1.0 / 5040, 1.0 / 40320, 1.0 / 362880,
        1.0 / 3628800, 1.0 / 39916800, 1.0 / 479001600, 1.0 / 6227020800, 1.0 / 87178291200,
        1.0 / 1307674368000, 1.0 / 20922789888000,
    };

    private static readonly double[] AtanhSeries =
    {
        2.0 / 3, 2.0 / 5, 2.0 / 7, 2.0 / 9, 2.0 / 11, 2.0 / 13, 2.0 / 15,
        2.0 / 17, 2.0 / 19, 2.0 / 21, 2.0 / 23, 2.0 / 25, 2.0 / 27,
    };

    public static double Exp(double x)
    {
        if (double.IsNaN(x)) return x;
        if (x > ExpOverflowThreshold) return double.PositiveInfinity;
        if (x < ExpUnderflowThreshold) return 0.0;
        int k = ExpOfDoubleDouble(x, 0.0, out double hi, out double lo);
        return ScaleByPowerOfTwo(hi + lo, k);
    }

    public static double Expm1(double x)
    {
        if (double.IsNaN(x)) return x;
        if (x > ExpOverflowThreshold) return double.PositiveInfinity;
        if (x < -38.0) return -1.0;
        if (Math.Abs(x) < 5.551115123125783e-17) return x;
        double hi = Expm1OfDoubleDouble(x, 0.0, out double lo);
        return hi + lo;
    }

    public static double Tanh(double x)
    {
        if (double.IsNaN(x)) return x;
        double ax = Math.Abs(x);
        if (ax > 22.0) return x > 0 ? 1.0 : -1.0;
        if (ax < 3.725290298461914e-9) return x;
        double t = Expm1OfDoubleDouble(2.0 * ax, 0.0, out double tLo);
        double d = TwoSum(t, 2.0, out double dLo);
        dLo += tLo;
        double q = t / d;
        double p = TwoProduct(q, d, out double pLo);
        double correction = ((t - p) - pLo + tLo - q * dLo) / d;
        double result = q + correction;
        return x > 0 ? result : -result;
    }

    public static double Log(double x)
    {
        if (!(x > 0.0) || double.IsPositiveInfinity(x))
            return x == 0.0 ? double.NegativeInfinity : x < 0.0 ? double.NaN : x;
        double hi = LogOfDoubleDouble(x, out double lo);
        return hi + lo;
    }

    public static double Log1p(double x)
    {
        if (double.IsNaN(x) || double.IsPositiveInfinity(x)) return x;
        if (x < -1.0) return double.NaN;
        if (x == -1.0) return double.NegativeInfinity;
        if (Math.Abs(x) < 5.551115123125783e-17) return x;
        double u = TwoSum(1.0, x, out double c);
        double hi = LogOfDoubleDouble(u, out double lo);
        return hi + (lo + c / u);
    }

    public static double Pow(double x, double y)
    {
        if (y == 0.0 || x == 1.0) return 1.0;
        if (double.IsNaN(x) || double.IsNaN(y)) return double.NaN;
        if (double.IsInfinity(y))
        {
            double ax = Math.Abs(x);
            if (ax == 1.0) return 1.0;
            return (ax < 1.0) == (y > 0.0) ? 0.0 : double.PositiveInfinity;
        }
        bool yIsOddInteger = IsOddInteger(y);
        if (double.IsInfinity(x) || x == 0.0)
        {
            bool large = double.IsInfinity(x) == (y > 0.0);
            double magnitude = large ? double.PositiveInfinity : 0.0;
            bool negative = yIsOddInteger && (x < 0.0 || (x == 0.0 && BitConverter.DoubleToInt64Bits(x) < 0));
            return negative ? -magnitude : magnitude;
        }
        if (x < 0.0)
        {
            if (y != Math.Floor(y)) return double.NaN;
            double magnitude = PowOfPositive(-x, y);
            return yIsOddInteger ? -magnitude : magnitude;
        }
        return PowOfPositive(x, y);
    }

    private static double PowOfPositive(double x, double y)
    {
        double logHi = LogOfDoubleDouble(x, out double logLo);
        double productHi = TwoProduct(y, logHi, out double productLo);
        if (productHi > ExpOverflowThreshold + 1.0) return double.PositiveInfinity;
        if (productHi < ExpUnderflowThreshold - 1.0) return 0.0;
        productLo += y * logLo;
        double hi = FastTwoSum(productHi, productLo, out double lo);
        int k = ExpOfDoubleDouble(hi, lo, out double mHi, out double mLo);
        return ScaleByPowerOfTwo(mHi + mLo, k);
    }

    private static bool IsOddInteger(double y)
    {
        if (Math.Abs(y) >= 9007199254740992.0) return false;
        return y == Math.Floor(y) && Math.Floor(y * 0.5) * 2.0 != y;
    }

    private static int ExpOfDoubleDouble(double xHi, double xLo, out double hi, out double lo)
    {
        double kd = Math.Round(xHi * InvLn2Times64);
        int k = (int)kd;
        double r1 = xHi - kd * Ln2HiOver64;
        double r = TwoSum(r1, xLo - kd * Ln2LoOver64, out double rLo);
        double p = Expm1ShortKernel(r, rLo, out double pLo);
        int j = k & (ExpTableSize - 1);
        double th = ExpTable.Hi[j], tl = ExpTable.Lo[j];
        double a = TwoProduct(th, p, out double aLo);
        hi = FastTwoSum(th, a, out double e);
        lo = e + aLo + th * pLo + tl + tl * p;
        return k >> 6;
    }

    private static double Expm1OfDoubleDouble(double xHi, double xLo, out double lo)
    {
        if (Math.Abs(xHi) <= 0.34657359027997264)
            return Expm1Kernel(xHi, xLo, out lo);
        int m = ExpOfDoubleDouble(xHi, xLo, out double hi, out double eLo);
        double scale = ScaleByPowerOfTwo(1.0, m);
        double s = TwoSum(scale * hi, -1.0, out double e);
        return FastTwoSum(s, e + scale * eLo, out lo);
    }

    private static double Expm1Kernel(double r, double rLo, out double lo)
    {
        double r2 = TwoProduct(r, r, out double r2Lo);
        double x4 = r2 * r2, x8 = x4 * x4;
        double[] c = ExpTaylorTail;
        double q0 = c[0] + c[1] * r, q1 = c[2] + c[3] * r, q2 = c[4] + c[5] * r, q3 = c[6] + c[7] * r;
        double q4 = c[8] + c[9] * r, q5 = c[10] + c[11] * r, q6 = c[12] + c[13] * r;
        double low = (q0 + q1 * r2) + (q2 + q3 * r2) * x4;
        double high = (q4 + q5 * r2) + q6 * x4;
        double p = low + high * x8;
        return Expm1FromParts(r, rLo, r2, r2Lo, p, out lo);
    }

    private static double Expm1ShortKernel(double r, double rLo, out double lo)
    {
        double r2 = TwoProduct(r, r, out double r2Lo);
        double p = (1.0 / 6 + r * (1.0 / 24)) + r2 * ((1.0 / 120 + r * (1.0 / 720)) + r2 * (1.0 / 5040 + r * (1.0 / 40320)));
        return Expm1FromParts(r, rLo, r2, r2Lo, p, out lo);
    }

    private static double Expm1FromParts(double r, double rLo, double r2, double r2Lo, double p, out double lo)
    {
        double halfSquare = 0.5 * r2;
        double s = TwoSum(r, halfSquare, out double e);
        double tail = e + 0.5 * r2Lo + r2 * r * p + rLo * (1.0 + r + halfSquare);
        return FastTwoSum(s, tail, out lo);
    }

    private static double LogOfDoubleDouble(double x, out double lo)
    {
        int k = 0;
        if (x < 2.2250738585072014e-308)
        {
            x *= 18014398509481984.0;
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
        double f = m - 1.0;
        double dHi = FastTwoSum(2.0, f, out double dLo);
        double s = f / dHi;
        double p = TwoProduct(s, dHi, out double pLo);
        double sLo = ((f - p) - pLo - s * dLo) / dHi;
        double z = s * s, z2 = z * z, z4 = z2 * z2, z8 = z4 * z4;
        double[] c = AtanhSeries;
        double q0 = c[0] + c[1] * z, q1 = c[2] + c[3] * z, q2 = c[4] + c[5] * z, q3 = c[6] + c[7] * z;
        double q4 = c[8] + c[9] * z, q5 = c[10] + c[11] * z;
        double low = (q0 + q1 * z2) + (q2 + q3 * z2) * z4;
        double high = (q4 + q5 * z2) + c[12] * z4;
        double q = low + high * z8;
        double tail = s * z * q;
        double hi = TwoSum(k * Ln2Hi, 2.0 * s, out double e);
        return FastTwoSum(hi, e + (2.0 * sLo + tail + k * Ln2Lo), out lo);
    }

    private static double TwoSum(double a, double b, out double lo)
    {
        double hi = a + b;
        double bVirtual = hi - a;
        double aVirtual = hi - bVirtual;
        lo = (a - aVirtual) + (b - bVirtual);
        return hi;
    }

    private static double FastTwoSum(double a, double b, out double lo)
    {
        double hi = a + b;
        lo = b - (hi - a);
        return hi;
    }

    private static double TwoProduct(double a, double b, out double lo)
    {
        double hi = a * b;
        lo = Math.FusedMultiplyAdd(a, b, -hi);
        return hi;
    }

    private static double PowerOfTwo(int n) => BitConverter.Int64BitsToDouble((long)(n + 1023) << 52);

    private static double ScaleByPowerOfTwo(double x, int n)
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
            x *= PowerOfTwo(-1022 + 54);
            n += 1022 - 54;
            if (n < -1022) n = -1022;
            return x * PowerOfTwo(n);
        }
        return x * PowerOfTwo(n);
    }

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
