using System.Numerics;

namespace MmmFixtures.Tests.Numerics;

/// <summary>
/// Correctly rounded references for functions .NET lacks (expm1), computed in 256-bit fixed point
/// with integers: slow, but exact enough to judge an ulp.
/// </summary>
internal static class ExactReference
{
    private const int FractionBits = 256;

    /// <summary>e^x − 1 for |x| ≤ 1, correctly rounded.</summary>
    public static double Expm1(double x)
    {
        if (x == 0) return x;
        BigInteger one = BigInteger.One << FractionBits;
        BigInteger fixedX = ToFixed(x);
        BigInteger term = fixedX, sum = fixedX;
        for (int n = 2; !term.IsZero; n++)
        {
            term = term * fixedX / one / n;
            sum += term;
        }
        return ToDouble(sum);
    }

    private static BigInteger ToFixed(double x)
    {
        long bits = BitConverter.DoubleToInt64Bits(x);
        int exponent = (int)((bits >> 52) & 0x7FF);
        long mantissa = bits & 0xF_FFFF_FFFF_FFFFL;
        if (exponent == 0) exponent = 1; else mantissa |= 1L << 52;
        int shift = exponent - 1075 + FractionBits;
        BigInteger value = shift >= 0 ? (BigInteger)mantissa << shift : (BigInteger)mantissa >> -shift;
        return x < 0 ? -value : value;
    }

    // Round value / 2^FractionBits to the nearest double: keep 64 bits, fold the rest into a sticky bit.
    private static double ToDouble(BigInteger value)
    {
        int sign = value.Sign;
        value = BigInteger.Abs(value);
        long length = (long)value.GetBitLength();
        int shift = (int)Math.Max(0, length - 64);
        ulong top = (ulong)(value >> shift);
        if (shift > 0 && !(value & ((BigInteger.One << shift) - 1)).IsZero) top |= 1;
        double result = (double)top * Math.Pow(2, shift - FractionBits);
        return sign < 0 ? -result : result;
    }
}
