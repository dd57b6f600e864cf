using System;
using System.Numerics;
using static MmmFixtures.Numerics.ExactArithmetic;

namespace MmmFixtures.Numerics;

/// <summary>
/// Reduction of a huge angle (|x| ≥ 2^20·π/2) modulo π/2 by Payne and Hanek's method: x·(2/π) is
/// formed exactly in integer arithmetic against 1200 bits of 2/π, so no precision is lost however
/// large x is. The bits of 2/π are computed once, from Machin's formula, in integers.
/// </summary>
internal static class PayneHanekReduction
{
    private const int FractionBits = 1200;
    private static readonly Lazy<BigInteger> TwoOverPiScaled = new(ComputeTwoOverPiScaled);
    private static readonly double PiOver2Hi = 1.5707963267948966;
    private static readonly double PiOver2Lo = 6.123233995736766e-17;

    /// <summary>x − n·π/2 as a double-double with |y| ≤ π/4; returns n mod 4.</summary>
    public static int Reduce(double x, out double y, out double yLo)
    {
        long bits = BitConverter.DoubleToInt64Bits(Math.Abs(x));
        int exponent = (int)(bits >> 52) - 1075; // |x| = mantissa · 2^exponent, exponent ≥ -32 here
        BigInteger mantissa = (bits & 0x000F_FFFF_FFFF_FFFFL) | 0x0010_0000_0000_0000L;

        // |x|·2/π = product / 2^shift, with at least 200 fraction bits to spare.
        BigInteger product = mantissa * TwoOverPiScaled.Value;
        int shift = FractionBits - exponent;
        BigInteger integerPart = product >> shift;
        BigInteger fraction = product - (integerPart << shift);
        int quadrant = (int)(integerPart & 3);
        if (fraction >= BigInteger.One << (shift - 1))
        {
            fraction -= BigInteger.One << shift; // round to the nearest multiple: fraction in [-1/2, 1/2)
            quadrant = (quadrant + 1) & 3;
        }

        // Keep 124 fraction bits as a double-double f, then y = f·π/2.
        BigInteger top = fraction >> (shift - 124);
        long high = (long)(top >> 62);
        long low = (long)(top - (new BigInteger(high) << 62));
        double highRounded = high;
        long highError = high - (long)highRounded;
        double fHi = highRounded * 2.168404344971009e-19; // 2^-62
        double fLo = (highError * 2.168404344971009e-19) + low * 4.70197740328915e-38; // 2^-124
        double fSum = FastTwoSum(fHi, fLo, out double fSumLo);

        double p = TwoProduct(fSum, PiOver2Hi, out double pLo);
        y = FastTwoSum(p, pLo + fSum * PiOver2Lo + fSumLo * PiOver2Hi, out yLo);
        if (x < 0)
        {
            y = -y;
            yLo = -yLo;
            quadrant = (4 - quadrant) & 3;
        }
        return quadrant;
    }

    // floor(2/π · 2^FractionBits), from π = 16·atan(1/5) − 4·atan(1/239) in fixed point.
    private static BigInteger ComputeTwoOverPiScaled()
    {
        int workingBits = FractionBits + 64;
        BigInteger one = BigInteger.One << workingBits;
        BigInteger pi = 16 * ArctanOfReciprocal(5, one) - 4 * ArctanOfReciprocal(239, one);
        return (BigInteger.One << (FractionBits + 1)) * one / pi;
    }

    private static BigInteger ArctanOfReciprocal(int m, BigInteger one)
    {
        BigInteger power = one / m;
        BigInteger squared = (BigInteger)m * m;
        BigInteger sum = BigInteger.Zero;
        for (int k = 0; !power.IsZero; k++)
        {
            BigInteger term = power / (2 * k + 1);
            sum += k % 2 == 0 ? term : -term;
            power /= squared;
        }
        return sum;
    }
}
