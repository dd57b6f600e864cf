using System;
#if NET
using System.Numerics;
#endif
using MmmFixtures.Numerics;

namespace MmmFixtures.Media;

/// <summary>
/// Σ_t β·sat(k·a_t) for many multipliers k in one pass over a prepared series (the adstocked signal / S, for Hill its
/// ratios): each period's value is loaded once and saturated at every k, each k keeping its own running sum in period
/// order. Every sum is that of <see cref="MediaResponse.Total"/> at its k, bit for bit: a lane adds exactly the
/// scalar terms in the same order, and the independent sums of the k hide the latency a single sum waits on.
/// </summary>
internal static class MultiplierSweep
{
    // Multipliers per pass (the running sums stay in one small stack buffer).
    private const int Chunk = 64;

    /// <summary>
    /// <c>totals[i] = Σ_t β·sat(k_i·a_t)</c> (Hill: <c>Σ_t β·HillFromRatio(k_i^s · r_t)</c>), 0 at k = 0, for a series
    /// without zeros; for Hill, Michaelis–Menten and no saturation.
    /// </summary>
    public static void Totals(ReadOnlySpan<double> series, in SaturationCurve saturation, double beta,
        ReadOnlySpan<double> multipliers, Span<double> totals)
    {
        for (int start = 0; start < multipliers.Length; start += Chunk)
        {
            int count = Math.Min(Chunk, multipliers.Length - start);
            ChunkTotals(series, saturation, beta, multipliers.Slice(start, count), totals.Slice(start, count));
        }
    }

    private static void ChunkTotals(ReadOnlySpan<double> series, in SaturationCurve saturation, double beta,
        ReadOnlySpan<double> multipliers, Span<double> totals)
    {
        // Only the non-zero multipliers are evaluated (every saturation of 0 is 0); lanes past them (padding to whole
        // vectors) repeat the last one and are dropped.
        Span<double> k = stackalloc double[Chunk + MaxWidth], sums = stackalloc double[Chunk + MaxWidth];
        Span<int> from = stackalloc int[Chunk];
        int count = 0;
        bool hill = saturation.Kind == SaturationKind.Hill;
        for (int i = 0; i < multipliers.Length; i++)
        {
            totals[i] = 0;
            if (multipliers[i] == 0) continue;
            from[count] = i;
            k[count++] = hill ? DeterministicMath.Pow(multipliers[i], saturation.Slope) : multipliers[i]; // Hill: r·k^s, one power per k
        }
        if (count == 0) return;
        int lanes = Lanes(count);
        for (int i = count; i < lanes; i++) k[i] = k[count - 1];
        k = k.Slice(0, lanes);
        sums = sums.Slice(0, lanes);
        switch (saturation.Kind)
        {
            case SaturationKind.Hill:
                HillSums(series, beta, k, sums);
                break;
            case SaturationKind.MichaelisMenten:
                RatioSums(series, beta, saturation.HalfSaturation, k, sums);
                break;
            case SaturationKind.None:
                LinearSums(series, beta, k, sums);
                break;
            default: // the tanh curves run a pass per multiplier (MediaResponse.TotalsFor)
                throw new ArgumentOutOfRangeException(nameof(saturation), saturation.Kind, "not swept");
        }
        for (int i = 0; i < count; i++) totals[from[i]] = sums[i];
    }

#if NET
    private static readonly int MaxWidth = Vector<double>.Count;

    private static int Lanes(int count)
    {
        int width = Vector.IsHardwareAccelerated ? Vector<double>.Count : 1;
        return (count + width - 1) / width * width;
    }
#else
    private const int MaxWidth = 1;

    private static int Lanes(int count) => count;
#endif

    // sums[i] += β·HillFromRatio(k_i·r_t): x/(1 + x) per lane, the scalar limits (∞ → 1, NaN → 0) where a lane is not a number.
    private static void HillSums(ReadOnlySpan<double> ratios, double beta, ReadOnlySpan<double> k, Span<double> sums)
    {
        foreach (double r in ratios)
        {
            int i = 0;
#if NET
            if (Vector.IsHardwareAccelerated)
            {
                Vector<double> betas = new(beta), r1 = new(r);
                for (; i < k.Length; i += Vector<double>.Count)
                {
                    var x = new Vector<double>(k.Slice(i)) * r1;
                    var h = x / (Vector<double>.One + x);
                    if (!Vector.EqualsAll(h, h)) h = ScalarHill(k.Slice(i), r, h);
                    (new Vector<double>(sums.Slice(i)) + betas * h).CopyTo(sums.Slice(i));
                }
            }
#endif
            for (; i < k.Length; i++) sums[i] += beta * SaturationCurve.HillFromRatio(k[i] * r);
        }
    }

#if NET
    private static Vector<double> ScalarHill(ReadOnlySpan<double> k, double r, Vector<double> h)
    {
        Span<double> lanes = stackalloc double[Vector<double>.Count];
        for (int j = 0; j < lanes.Length; j++) lanes[j] = SaturationCurve.HillFromRatio(k[j] * r);
        return new Vector<double>(lanes);
    }
#endif

    // sums[i] += β·(x / (c + x)) with x = k_i·a_t: Michaelis–Menten.
    private static void RatioSums(ReadOnlySpan<double> series, double beta, double c, ReadOnlySpan<double> k, Span<double> sums)
    {
        foreach (double a in series)
        {
            int i = 0;
#if NET
            if (Vector.IsHardwareAccelerated)
            {
                Vector<double> betas = new(beta), a1 = new(a), c1 = new(c);
                for (; i < k.Length; i += Vector<double>.Count)
                {
                    var x = new Vector<double>(k.Slice(i)) * a1;
                    (new Vector<double>(sums.Slice(i)) + betas * (x / (c1 + x))).CopyTo(sums.Slice(i));
                }
            }
#endif
            for (; i < k.Length; i++)
            {
                double x = k[i] * a;
                sums[i] += beta * (x / (c + x));
            }
        }
    }

    // sums[i] += β·(k_i·a_t): no saturation.
    private static void LinearSums(ReadOnlySpan<double> series, double beta, ReadOnlySpan<double> k, Span<double> sums)
    {
        foreach (double a in series)
            for (int i = 0; i < k.Length; i++) sums[i] += beta * (k[i] * a);
    }
}
