using System;
using System.Buffers;
using System.Runtime.CompilerServices;
using MmmFixtures.Numerics;

namespace MmmFixtures.Media;

/// <summary>
/// A media transform bound to one signal: Σ_t contribution_t with the signal multiplied by any k ≥ 0, S and the
/// noise fixed. Adstock is linear, so with adstock first the adstocked series (for Hill its ratio (a/κ)^s) is
/// computed once and each k only re-applies the saturation; k = 1 reproduces the realised contribution exactly.
/// Thread-safe: evaluations share nothing mutable.
/// </summary>
internal sealed class MediaResponse
{
    private readonly MediaTransform _transform;
    // One of the two is kept (a whole panel's curves are held at once by the optimiser): the signal when every k
    // re-runs the transform, else the adstocked signal / S (Hill: its ratio).
    private readonly double[]? _signal, _series;

    /// <param name="transform">The transform.</param>
    /// <param name="signal">The signal, owned by the response from now on.</param>
    public MediaResponse(MediaTransform transform, double[] signal)
    {
        _transform = transform;
        if (transform.SignalScale <= 0 || transform.Order == TransformOrder.SaturationThenAdstock)
        {
            _signal = signal;
            return;
        }
        int n = signal.Length;
        _series = new double[n];
        // The signal is this response's own copy (MediaTransform.Prepare) and is not kept: it is scaled in place.
        for (int t = 0; t < n; t++) signal[t] /= transform.SignalScale; // x·1.0 is exact: the realised series' bits
        AdstockKernel.Convolve(signal, transform.Weights, _series);
        if (transform.Saturation.Kind == SaturationKind.Hill)
            for (int t = 0; t < n; t++) _series[t] = transform.Saturation.HillRatio(_series[t]);
        _series = NonZero(_series);
    }

    // Every saturation maps 0 to 0, and adding ±0 leaves a sum's bits alone, so periods without signal (before a delayed
    // start, between flights) are dropped once instead of saturated at every k: the totals keep their bits.
    private static double[] NonZero(double[] series)
    {
        int count = 0;
        foreach (double v in series) count += v != 0 ? 1 : 0;
        if (count == series.Length) return series;
        var kept = new double[count];
        int i = 0;
        foreach (double v in series)
            if (v != 0) kept[i++] = v;
        return kept;
    }

    /// <summary>Σ_t contribution_t at each multiplier, written to <paramref name="totals"/>.</summary>
    public void TotalsFor(ReadOnlySpan<double> multipliers, Span<double> totals)
    {
        for (int i = 0; i < multipliers.Length; i++) totals[i] = Total(multipliers[i]);
    }

    // Curve values are computed a block at a time into the stack, then added in period order as before.
    private const int Block = 256;

    /// <summary>Σ_t contribution_t with the signal multiplied by <paramref name="k"/>.</summary>
    public double Total(double k)
    {
        if (k == 0) return 0; // every saturation of 0 is 0
        if (_signal is not null) return SignalTotal(k);
        var transform = _transform;
        var saturation = transform.Saturation;
        double beta = transform.Beta;
        bool hill = saturation.Kind == SaturationKind.Hill;
        // Hill(k·a) = r/(1 + r) with r = k^s · (a/κ)^s: one power per k.
        double ks = hill ? DeterministicMath.Pow(k, saturation.Slope) : 0;
        ReadOnlySpan<double> adstocked = _series;
        Span<double> curve = stackalloc double[Math.Min(Block, adstocked.Length)];
        double sum = 0;
        for (int start = 0; start < adstocked.Length; start += Block)
        {
            var block = adstocked.Slice(start, Math.Min(Block, adstocked.Length - start));
            var values = curve.Slice(0, block.Length);
            if (hill) SaturationCurve.HillFromRatio(block, ks, values);
            else saturation.Apply(block, k, values);
            sum = AddScaled(sum, beta, values);
        }
        return sum;
    }

    // sum + Σ β·h_t in period order. Not inlined: in a loop without calls the running sum stays in a register instead
    // of a stack slot (whose store and reload would double the latency of every addition).
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static double AddScaled(double sum, double beta, ReadOnlySpan<double> values)
    {
        foreach (double h in values) sum += beta * h;
        return sum;
    }

    // The transform re-run as a whole (saturation before adstock, or no signal scale) in pooled scratch.
    private double SignalTotal(double k)
    {
        double[] signal = _signal!;
        var pool = ArrayPool<double>.Shared;
        double[] scratch = pool.Rent(signal.Length), series = pool.Rent(signal.Length);
        _transform.Contribution(signal, k, scratch, series);
        double sum = 0;
        for (int t = 0; t < signal.Length; t++) sum += series[t];
        pool.Return(scratch);
        pool.Return(series);
        return sum;
    }
}
