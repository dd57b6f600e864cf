using System.Runtime.CompilerServices;

namespace MmmFixtures.Numerics;

/// <summary>
/// Polynomial evaluation by Estrin's scheme: independent pairs are combined by powers of x, so the
/// dependency chain is about log2(n) multiply-adds deep instead of n (Horner), which is what limits
/// the speed of the exp and log kernels. The evaluation order is fixed, so the result is deterministic.
/// </summary>
internal static class Polynomial
{
    /// <summary>Σ_{i=0..13} c[i]·x^i, given x and x².</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Estrin14(double[] c, double x, double x2)
    {
        double x4 = x2 * x2, x8 = x4 * x4;
        double q0 = c[0] + c[1] * x, q1 = c[2] + c[3] * x, q2 = c[4] + c[5] * x, q3 = c[6] + c[7] * x;
        double q4 = c[8] + c[9] * x, q5 = c[10] + c[11] * x, q6 = c[12] + c[13] * x;
        double low = (q0 + q1 * x2) + (q2 + q3 * x2) * x4;
        double high = (q4 + q5 * x2) + q6 * x4;
        return low + high * x8;
    }

    /// <summary>Σ_{i=0..12} c[i]·x^i, given x and x².</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Estrin13(double[] c, double x, double x2)
    {
        double x4 = x2 * x2, x8 = x4 * x4;
        double q0 = c[0] + c[1] * x, q1 = c[2] + c[3] * x, q2 = c[4] + c[5] * x, q3 = c[6] + c[7] * x;
        double q4 = c[8] + c[9] * x, q5 = c[10] + c[11] * x;
        double low = (q0 + q1 * x2) + (q2 + q3 * x2) * x4;
        double high = (q4 + q5 * x2) + c[12] * x4;
        return low + high * x8;
    }
}
