using System;

namespace MmmFixtures.Numerics;

/// <summary>log(n!) for integers n ≥ 0: an exact-sum table below 256, Stirling's series above (error below 1e-16 relative).</summary>
internal static class LogFactorial
{
    private const int TableSize = 256;
    private static readonly double[] Table = BuildTable();

    public static double Of(long n)
    {
        if (n < 0) throw new ArgumentOutOfRangeException(nameof(n), n, "must be in [0, ∞)");
        if (n < TableSize) return Table[n];
        // log n! = n log n − n + ½ log(2πn) + 1/(12n) − 1/(360n³) + 1/(1260n⁵)
        double x = n;
        double inv = 1.0 / x, inv2 = inv * inv;
        return x * DeterministicMath.Log(x) - x + 0.5 * DeterministicMath.Log(2 * DeterministicMath.Pi * x)
            + inv * (1.0 / 12 - inv2 * (1.0 / 360 - inv2 / 1260));
    }

    private static double[] BuildTable()
    {
        var table = new double[TableSize];
        for (int i = 2; i < TableSize; i++) table[i] = table[i - 1] + DeterministicMath.Log(i);
        return table;
    }
}
