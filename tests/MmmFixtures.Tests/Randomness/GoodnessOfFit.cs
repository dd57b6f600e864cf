namespace MmmFixtures.Tests.Randomness;

/// <summary>Kolmogorov–Smirnov and moment checks of a sample against a reference distribution.</summary>
internal static class GoodnessOfFit
{
    /// <summary>KS critical value at significance 0.001: 1.949 / √n.</summary>
    public static double KsCritical(int n) => 1.949 / Math.Sqrt(n);

    /// <summary>sup |F_n − F| for a continuous reference CDF.</summary>
    public static double KsStatistic(double[] sample, Func<double, double> cdf)
    {
        var sorted = (double[])sample.Clone();
        Array.Sort(sorted);
        int n = sorted.Length;
        double d = 0;
        for (int i = 0; i < n; i++)
        {
            double f = cdf(sorted[i]);
            d = Math.Max(d, Math.Max(f - (double)i / n, (double)(i + 1) / n - f));
        }
        return d;
    }

    /// <summary>sup |F_n − F| over the integers, for a discrete reference CDF (a conservative KS test).</summary>
    public static double KsStatisticDiscrete(long[] sample, Func<long, double> cdf)
    {
        var sorted = (long[])sample.Clone();
        Array.Sort(sorted);
        int n = sorted.Length;
        double d = 0;
        for (int i = 0; i < n;)
        {
            long k = sorted[i];
            while (i < n && sorted[i] == k) i++;
            d = Math.Max(d, Math.Abs((double)i / n - cdf(k)));
            // just below k: the empirical CDF jumps here, compare the left limit as well
            d = Math.Max(d, Math.Abs(EmpiricalBelow(sorted, k) - cdf(k - 1)));
        }
        return d;
    }

    private static double EmpiricalBelow(long[] sorted, long k)
    {
        int index = Array.BinarySearch(sorted, k);
        while (index > 0 && sorted[index - 1] == k) index--;
        return (double)index / sorted.Length;
    }

    public static void AssertMoments(double[] sample, double mean, double variance, string what)
    {
        int n = sample.Length;
        double m = sample.Average();
        double v = sample.Sum(x => (x - m) * (x - m)) / (n - 1);
        double meanTolerance = 5 * Math.Sqrt(variance / n);
        Assert.True(Math.Abs(m - mean) <= meanTolerance, $"{what}: mean {m} vs {mean} (±{meanTolerance})");
        Assert.True(Math.Abs(v - variance) <= 0.05 * variance, $"{what}: variance {v} vs {variance} (±5%)");
    }
}
