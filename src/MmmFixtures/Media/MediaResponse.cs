using System;
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
    private readonly double[] _signal;
    private readonly double[]? _series; // adstocked signal / S (Hill: its ratio); null when every k re-runs the transform

    public MediaResponse(MediaTransform transform, double[] signal)
    {
        _transform = transform;
        _signal = signal;
        if (transform.SignalScale <= 0 || transform.Order == TransformOrder.SaturationThenAdstock) return;
        int n = signal.Length;
        var scratch = new double[n];
        _series = new double[n];
        for (int t = 0; t < n; t++) scratch[t] = signal[t] / transform.SignalScale; // x·1.0 is exact: the realised series' bits
        AdstockKernel.Convolve(scratch, transform.Weights, _series);
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

    /// <summary>Σ_t contribution_t with the signal multiplied by <paramref name="k"/>.</summary>
    public double Total(double k)
    {
        var transform = _transform;
        double sum = 0;
        if (k == 0) return 0; // every saturation of 0 is 0
        if (_series is null)
        {
            var scratch = new double[_signal.Length];
            var series = new double[_signal.Length];
            transform.Contribution(_signal, k, scratch, series);
            foreach (double v in series) sum += v;
            return sum;
        }
        if (transform.Saturation.Kind == SaturationKind.Hill)
        {
            // Hill(k·a) = r/(1 + r) with r = k^s · (a/κ)^s: one power per k.
            double ks = DeterministicMath.Pow(k, transform.Saturation.Slope);
            foreach (double r in _series) sum += transform.Beta * SaturationCurve.HillFromRatio(ks * r);
            return sum;
        }
        foreach (double a in _series) sum += transform.Beta * transform.Saturation.Apply(k * a);
        return sum;
    }
}
