using System;
#if NET
using System.Numerics;
#endif
using System.Runtime.CompilerServices;
using MmmFixtures.Numerics;

namespace MmmFixtures.Media;

/// <summary>The weights w_0..w_{L−1} of each adstock kind (see the spec's media transform, step 2).</summary>
public static class AdstockKernel
{
    /// <summary>The kernel for <paramref name="kind"/> with the given parameters; normalized to sum 1 when asked.</summary>
    /// <param name="kind">The adstock kind.</param>
    /// <param name="alpha">α for Geometric and Delayed.</param>
    /// <param name="theta">θ for Delayed.</param>
    /// <param name="shape">k for the Weibull kinds.</param>
    /// <param name="scale">λ for the Weibull kinds.</param>
    /// <param name="maxLag">L ≥ 1.</param>
    /// <param name="normalize">Divide by the sum.</param>
    public static double[] Weights(AdstockKind kind, double alpha, double theta, double shape, double scale, int maxLag, bool normalize)
    {
        if (maxLag < 1) throw new ArgumentOutOfRangeException(nameof(maxLag), maxLag, "must be in [1, ∞)");
        if (kind == AdstockKind.None) return new[] { 1.0 };
        var w = new double[maxLag];
        switch (kind)
        {
            case AdstockKind.Geometric:
                w[0] = 1;
                for (int l = 1; l < maxLag; l++) w[l] = w[l - 1] * alpha;
                break;
            case AdstockKind.Delayed:
                for (int l = 0; l < maxLag; l++) w[l] = DeterministicMath.Pow(alpha, (l - theta) * (l - theta));
                break;
            case AdstockKind.WeibullCdf:
                // Survival product: the share of the effect still alive after l periods.
                w[0] = 1;
                for (int l = 1; l < maxLag; l++) w[l] = w[l - 1] * DeterministicMath.Exp(-DeterministicMath.Pow(l / scale, shape));
                break;
            case AdstockKind.WeibullPdf:
                for (int l = 0; l < maxLag; l++)
                {
                    double x = (l + 1) / scale;
                    w[l] = shape / scale * DeterministicMath.Pow(x, shape - 1) * DeterministicMath.Exp(-DeterministicMath.Pow(x, shape));
                }
                RescaleToUnitInterval(w);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown adstock kind");
        }
        if (normalize)
        {
            double sum = 0;
            foreach (double v in w) sum += v;
            for (int l = 0; l < w.Length; l++) w[l] /= sum;
        }
        return w;
    }

    /// <summary>y_t = Σ_l w_l · x_{t−l}, over past periods only (x before the panel is 0).</summary>
    public static void Convolve(ReadOnlySpan<double> x, ReadOnlySpan<double> weights, Span<double> y)
    {
        int t = 0;
        for (; t < x.Length && t < weights.Length - 1; t++) y[t] = At(x, weights, t);
#if NET
        if (Vector.IsHardwareAccelerated)
            for (; t <= x.Length - Vector<double>.Count; t += Vector<double>.Count) Lanes(x, weights, t).CopyTo(y.Slice(t));
#endif
        for (; t < x.Length; t++) y[t] = At(x, weights, t);
    }

    /// <summary>
    /// <see cref="Convolve"/> with y written over x: the periods are done last to first, so each reads only earlier periods,
    /// not yet overwritten; the sums are <see cref="Convolve"/>'s, bit for bit.
    /// </summary>
    internal static void ConvolveInPlace(Span<double> x, ReadOnlySpan<double> weights)
    {
        int t = x.Length - 1;
#if NET
        if (Vector.IsHardwareAccelerated)
        {
            int width = Vector<double>.Count;
            for (; t - width + 1 >= weights.Length - 1 && t - width + 1 >= 0; t -= width)
                Lanes(x, weights, t - width + 1).CopyTo(x.Slice(t - width + 1)); // read whole before written
        }
#endif
        for (; t >= 0; t--) x[t] = At(x, weights, t);
    }

    // y_t, summed from lag 0 up.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double At(ReadOnlySpan<double> x, ReadOnlySpan<double> weights, int t)
    {
        double sum = 0;
        int lags = Math.Min(weights.Length, t + 1);
        for (int l = 0; l < lags; l++) sum += weights[l] * x[t - l];
        return sum;
    }

#if NET
    // y_t..y_{t+width−1} for t ≥ L − 1 (every lag inside the panel): each lane sums from lag 0 up, as At does.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector<double> Lanes(ReadOnlySpan<double> x, ReadOnlySpan<double> weights, int t)
    {
        var sum = Vector<double>.Zero;
        for (int l = 0; l < weights.Length; l++) sum += new Vector<double>(weights[l]) * new Vector<double>(x.Slice(t - l));
        return sum;
    }
#endif

    private static void RescaleToUnitInterval(double[] w)
    {
        double min = double.PositiveInfinity, max = double.NegativeInfinity;
        foreach (double v in w)
        {
            min = Math.Min(min, v);
            max = Math.Max(max, v);
        }
        // A one-lag kernel has nothing to rescale: it is [1].
        for (int l = 0; l < w.Length; l++) w[l] = max > min ? (w[l] - min) / (max - min) : 1.0;
    }
}
