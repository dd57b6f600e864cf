using System;
using static MmmFixtures.Numerics.ExactArithmetic;

namespace MmmFixtures.Numerics;

public static partial class DeterministicMath
{
    /// <summary><paramref name="x"/> raised to <paramref name="y"/>, with the C99 special cases of <c>Math.Pow</c>.</summary>
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

        // The common case first: y's parity (Math.Floor, a call under the Native AOT baseline) matters only below.
        if (x > 0.0 && !double.IsPositiveInfinity(x)) return PowOfPositive(x, y);

        if (double.IsInfinity(x) || x == 0.0)
        {
            // |x| is 0 or ∞: the result is 0 or ∞, carrying x's sign only for odd integer y.
            bool large = double.IsInfinity(x) == (y > 0.0);
            double magnitude = large ? double.PositiveInfinity : 0.0;
            bool negative = IsOddInteger(y) && (x < 0.0 || (x == 0.0 && BitConverter.DoubleToInt64Bits(x) < 0));
            return negative ? -magnitude : magnitude;
        }

        // x < 0, finite
        if (y != Math.Floor(y)) return double.NaN;
        double power = PowOfPositive(-x, y);
        return IsOddInteger(y) ? -power : power;
    }

    // x finite and > 0, y finite and non-zero: exp(y · log x) carried in double-double throughout.
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
        if (Math.Abs(y) >= 9007199254740992.0) return false; // 2^53 and above are all even
        return y == Math.Floor(y) && Math.Floor(y * 0.5) * 2.0 != y;
    }
}
