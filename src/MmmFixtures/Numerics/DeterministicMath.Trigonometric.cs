using System;
using static MmmFixtures.Numerics.ExactArithmetic;

namespace MmmFixtures.Numerics;

public static partial class DeterministicMath
{
    // Minimax coefficients of sin and cos on [-π/4, π/4] (fdlibm's k_sin.c and k_cos.c, error < 2^-58).
    private const double S1 = -1.66666666666666324348e-01;
    private const double S2 = 8.33333333332248946124e-03;
    private const double S3 = -1.98412698298579493134e-04;
    private const double S4 = 2.75573137070700676789e-06;
    private const double S5 = -2.50507602534068634195e-08;
    private const double S6 = 1.58969099521155010221e-10;
    private const double C1 = 4.16666666666666019037e-02;
    private const double C2 = -1.38888888888741095749e-03;
    private const double C3 = 2.48015872894767294178e-05;
    private const double C4 = -2.75573143513906633035e-07;
    private const double C5 = 2.08757232129817482790e-09;
    private const double C6 = -1.13596475577881948265e-11;

    // π/2 as four pieces; the first three have 33 significant bits so n·piece is exact for n < 2^20.
    private static readonly double PiOver2Part1 = BitConverter.Int64BitsToDouble(0x3FF921FB54400000L);
    private static readonly double PiOver2Part2 = BitConverter.Int64BitsToDouble(0x3DD0B4611A600000L);
    private static readonly double PiOver2Part3 = BitConverter.Int64BitsToDouble(0x3BA3198A2E000000L);
    private static readonly double PiOver2Part4 = BitConverter.Int64BitsToDouble(0x397B839A252049C1L);
    private const double TwoOverPi = 6.36619772367581382433e-01;
    private const double PiOver4 = 0.7853981633974483;
    private const double MediumReductionLimit = 1647099.0; // about 2^20 · π/2

    /// <summary>The sine of <paramref name="x"/> (radians).</summary>
    public static double Sin(double x)
    {
        if (Math.Abs(x) <= PiOver4) return Math.Abs(x) < 7.450580596923828e-9 ? x : SinKernel(x, 0.0);
        if (double.IsNaN(x) || double.IsInfinity(x)) return double.NaN;
        int quadrant = ReduceByPiOver2(x, out double y, out double yLo);
        return (quadrant & 3) switch
        {
            0 => SinKernel(y, yLo),
            1 => CosKernel(y, yLo),
            2 => -SinKernel(y, yLo),
            _ => -CosKernel(y, yLo),
        };
    }

    /// <summary>The cosine of <paramref name="x"/> (radians).</summary>
    public static double Cos(double x)
    {
        if (Math.Abs(x) <= PiOver4) return CosKernel(x, 0.0);
        if (double.IsNaN(x) || double.IsInfinity(x)) return double.NaN;
        int quadrant = ReduceByPiOver2(x, out double y, out double yLo);
        return (quadrant & 3) switch
        {
            0 => CosKernel(y, yLo),
            1 => -SinKernel(y, yLo),
            2 => -CosKernel(y, yLo),
            _ => SinKernel(y, yLo),
        };
    }

    // x − n·π/2 as a double-double (y, yLo) with |y| ≤ π/4 (plus rounding); returns n mod 4.
    private static int ReduceByPiOver2(double x, out double y, out double yLo)
    {
        if (Math.Abs(x) >= MediumReductionLimit)
            return PayneHanekReduction.Reduce(x, out y, out yLo);

        double n = Math.Round(x * TwoOverPi);
        double t = x - n * PiOver2Part1; // exact: n·Part1 is exact and close to x
        double s1 = TwoSum(t, -n * PiOver2Part2, out double e1);
        double s2 = TwoSum(s1, -n * PiOver2Part3, out double e2);
        y = TwoSum(s2, e1 + e2 - n * PiOver2Part4, out yLo);
        return (int)((long)n & 3);
    }

    // sin(x + y) for |x| ≤ π/4, |y| tiny (fdlibm's __kernel_sin).
    private static double SinKernel(double x, double y)
    {
        double z = x * x;
        double w = z * z;
        double r = S2 + z * (S3 + z * S4) + z * w * (S5 + z * S6);
        double v = z * x;
        return x - ((z * (0.5 * y - v * r) - y) - v * S1);
    }

    // cos(x + y) for |x| ≤ π/4, |y| tiny (fdlibm's __kernel_cos, FreeBSD form).
    private static double CosKernel(double x, double y)
    {
        double z = x * x;
        double w = z * z;
        double r = z * (C1 + z * (C2 + z * C3)) + w * w * (C4 + z * (C5 + z * C6));
        double hz = 0.5 * z;
        w = 1.0 - hz;
        return w + (((1.0 - w) - hz) + (z * r - x * y));
    }
}
