#if NET
using System.Numerics;
#endif
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

#if NET
    /// <summary><see cref="Estrin14(double[], double, double)"/> on every lane: the same operations in the same order, so the same bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector<double> Estrin14(double[] c, Vector<double> x, Vector<double> x2)
    {
        Vector<double> x4 = x2 * x2, x8 = x4 * x4;
        Vector<double> q0 = Term(c, 0, x), q1 = Term(c, 2, x), q2 = Term(c, 4, x), q3 = Term(c, 6, x);
        Vector<double> q4 = Term(c, 8, x), q5 = Term(c, 10, x), q6 = Term(c, 12, x);
        var low = (q0 + q1 * x2) + (q2 + q3 * x2) * x4;
        var high = (q4 + q5 * x2) + q6 * x4;
        return low + high * x8;
    }

    // c[i] + c[i + 1]·x
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector<double> Term(double[] c, int i, Vector<double> x) => new Vector<double>(c[i]) + new Vector<double>(c[i + 1]) * x;
#endif
}
