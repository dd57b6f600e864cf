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
    // What the response evaluates, _count values of _values from _offset: the signal when every k re-runs the transform
    // (_keepsSignal), else the adstocked signal / S (Hill: its ratio) without its zeros. Prepared, it is the signal array
    // itself, transformed in place (a whole panel's curves are held at once by the optimiser, and fresh memory is slow to
    // touch); restored, a stretch of an array holding many geos' (read back in one piece, not copied geo by geo).
    private readonly double[] _values;
    private readonly int _offset, _count;
    private readonly bool _keepsSignal;

    /// <param name="transform">The transform.</param>
    /// <param name="signal">The signal, owned by the response from now on.</param>
    public MediaResponse(MediaTransform transform, double[] signal)
    {
        _transform = transform;
        _values = signal;
        _keepsSignal = transform.KeepsSignal;
        transform.PrepareInPlace(signal);
        _count = Keep(transform, signal);
    }

    // A response over series kept elsewhere (Restore, Prepared): as they are, not prepared again.
    private MediaResponse(MediaTransform transform, double[] values, int offset, int count)
    {
        _transform = transform;
        _values = values;
        _offset = offset;
        _count = count;
        _keepsSignal = transform.KeepsSignal;
    }

    /// <summary>
    /// The response to <paramref name="transform"/> over <paramref name="prepared"/>, the series <see cref="MediaTransform.Realise"/>
    /// made of its signal (not prepared again); it keeps what it evaluates at the front of that array, which it reads
    /// (the array must stay as it is while the response is used).
    /// </summary>
    internal static MediaResponse Prepared(MediaTransform transform, double[] prepared) => new(transform, prepared, 0, Keep(transform, prepared));

    /// <summary>What the response evaluates (its signal, or its prepared series): stored by a caller that cannot hold many responses, and given back to <see cref="Restore"/>.</summary>
    internal ReadOnlySpan<double> Kept => _values.AsSpan(_offset, _count);

    /// <summary>
    /// The response to <paramref name="transform"/> that kept the <paramref name="count"/> values of <paramref name="values"/>
    /// from <paramref name="offset"/> (its <see cref="Kept"/>), with the same values at every k, without preparing it again;
    /// it reads them there (they must stay as they are while it is used).
    /// </summary>
    internal static MediaResponse Restore(MediaTransform transform, double[] values, int offset, int count) => new(transform, values, offset, count);

    // Every saturation maps 0 to 0, and adding ±0 leaves a sum's bits alone, so periods without signal (before a delayed
    // start, between flights) are dropped once instead of saturated at every k: the totals keep their bits. Moves the
    // non-zero values of a prepared series to the front, in order, and returns their count (a kept signal stays whole).
    private static int Keep(MediaTransform transform, double[] series)
    {
        if (transform.KeepsSignal) return series.Length;
        int count = 0;
        foreach (double v in series)
            if (v != 0) series[count++] = v;
        return count;
    }

    /// <summary>Σ_t contribution_t at each multiplier (each <see cref="Total"/>'s bits), written to <paramref name="totals"/>: one pass over the series for all of them.</summary>
    public void TotalsFor(ReadOnlySpan<double> multipliers, Span<double> totals)
    {
        // The tanh curves' time is in tanh itself, which a pass per multiplier over the series runs fastest (measured on
        // 1000 geos × 520 weeks: the sweep's tanh vectors, one period × several multipliers, ran a third slower).
        var kind = _transform.Saturation.Kind;
        if (_keepsSignal || kind == SaturationKind.Logistic || kind == SaturationKind.Tanh)
        {
            for (int i = 0; i < multipliers.Length; i++) totals[i] = Total(multipliers[i]);
            return;
        }
        MultiplierSweep.Totals(Kept, _transform.Saturation, _transform.Beta, multipliers, totals);
    }

    // Curve values are computed a block at a time into scratch, then added in period order.
    private const int Block = ResponseScratch.Block;

    /// <summary>Σ_t contribution_t with the signal multiplied by <paramref name="k"/>.</summary>
    public double Total(double k)
    {
        if (k == 0) return 0; // every saturation of 0 is 0
        if (_keepsSignal) return SignalTotal(k);
        var transform = _transform;
        var saturation = transform.Saturation;
        double beta = transform.Beta;
        bool hill = saturation.Kind == SaturationKind.Hill;
        // Hill(k·a) = r/(1 + r) with r = k^s · (a/κ)^s: one power per k.
        double ks = hill ? DeterministicMath.Pow(k, saturation.Slope) : 0;
        ReadOnlySpan<double> adstocked = Kept;
        double sum = 0;
        for (int start = 0; start < adstocked.Length; start += Block)
        {
            var block = adstocked.Slice(start, Math.Min(Block, adstocked.Length - start));
            var values = ResponseScratch.Blocks(0, block.Length);
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
        var signal = Kept;
        var pool = ArrayPool<double>.Shared;
        double[] scratch = pool.Rent(signal.Length), series = pool.Rent(signal.Length);
        _transform.Contribution(signal, k, scratch, series);
        double sum = 0;
        for (int t = 0; t < signal.Length; t++) sum += series[t];
        pool.Return(scratch);
        pool.Return(series);
        return sum;
    }

    /// <summary>
    /// C(k) = Σ_t contribution_t (the bits of <see cref="Total"/>) with its first and second derivatives in k, in one pass:
    /// for the optimiser's Newton steps and tangent bounds. With x = k·a a period's saturation input,
    /// C'(k) = β Σ a·sat'(x) and C''(k) = β Σ a²·sat''(x) (adstock is linear: saturation first, the derivatives are
    /// carried over like the contributions); at k = 0 the limits (a Hill curve with slope below 1 has an infinite one).
    /// </summary>
    public (double Total, double Slope, double Curvature) TotalWithDerivatives(double k)
    {
        var transform = _transform;
        var saturation = transform.Saturation;
        double beta = transform.Beta, value = 0, slope = 0, curvature = 0;
        if (_keepsSignal)
        {
            if (transform.SignalScale <= 0) return (0, 0, 0);
            var signal = Kept;
            int n = signal.Length;
            var a = new double[n];
            var first = new double[n];
            var second = new double[n];
            for (int t = 0; t < n; t++) a[t] = signal[t] / transform.SignalScale;
            if (saturation.Kind == SaturationKind.Hill)
                for (int t = 0; t < n; t++) HillInputDerivatives(saturation, k * a[t], a[t], out first[t], out second[t]);
            else
            {
                var saturated = new double[n];
                saturation.Apply(a, k, saturated);
                DerivativeTerms.Input(saturation, a, k, saturated, first, second);
            }
            var carried = new double[n];
            AdstockKernel.Convolve(first, transform.Weights, carried);
            foreach (double v in carried) slope += v;
            AdstockKernel.Convolve(second, transform.Weights, carried);
            foreach (double v in carried) curvature += v;
            return (Total(k), beta * slope, beta * curvature);
        }
        var series = Kept;
        bool hill = saturation.Kind == SaturationKind.Hill;
        double s = saturation.Slope, ks = 0;
        if (hill)
        {
            // With R = k^s·r: d/dk R/(1 + R) = s·R / (k(1 + R)²), d²/dk² = s·R·(s − 1 − (s + 1)R) / (k²(1 + R)³).
            if (k == 0)
            {
                // Near 0, C grows like k^s·Σr and C'' like s(s − 1)k^(s−2)·Σr (s = 1: C = Σ r·k − r²·k² + …).
                double ratios = 0, squares = 0;
                foreach (double r in series) { ratios += r; squares += r * r; }
                return (0, beta * (s > 1 ? 0 : s == 1 ? ratios : double.PositiveInfinity),
                    beta * (s > 2 ? 0 : s == 2 ? 2 * ratios : s > 1 ? double.PositiveInfinity : s == 1 ? -2 * squares : double.NegativeInfinity));
            }
            ks = DeterministicMath.Pow(k, s);
        }
        // The terms of a block of periods are computed several at a time, then added in period order.
        for (int start = 0; start < series.Length; start += Block)
        {
            int length = Math.Min(Block, series.Length - start);
            var block = series.Slice(start, length);
            Span<double> h = ResponseScratch.Blocks(0, length), d1 = ResponseScratch.Blocks(1, length), d2 = ResponseScratch.Blocks(2, length);
            if (hill) DerivativeTerms.Hill(block, ks, s, h, d1, d2);
            else
            {
                saturation.Apply(block, k, h);
                DerivativeTerms.Input(saturation, block, k, h, d1, d2);
            }
            (value, slope, curvature) = AddTerms(value, slope, curvature, beta, h, d1, d2);
        }
        return hill ? (value, beta * s * slope / k, beta * s * curvature / (k * k)) : (value, beta * slope, beta * curvature);
    }

    // (value + Σ β·h_t, slope + Σ d1_t, curvature + Σ d2_t), each in period order; not inlined, as AddScaled.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (double, double, double) AddTerms(double value, double slope, double curvature, double beta,
        ReadOnlySpan<double> h, ReadOnlySpan<double> d1, ReadOnlySpan<double> d2)
    {
        for (int t = 0; t < h.Length; t++)
        {
            value += beta * h[t];
            slope += d1[t];
            curvature += d2[t];
        }
        return (value, slope, curvature);
    }

    // Hill's a·sat'(x) and a²·sat''(x) at the saturation input x = k·a (the other kinds: DerivativeTerms.Input).
    private static void HillInputDerivatives(in SaturationCurve saturation, double x, double a, out double first, out double second)
    {
        first = second = 0;
        if (a == 0) return; // a period without signal: no k moves it
        double s = saturation.Slope, u = a / saturation.HalfSaturation;
        if (x == 0)
        {
            first = s > 1 ? 0 : s == 1 ? u : double.PositiveInfinity;
            second = s > 2 ? 0 : s == 2 ? 2 * u * u : s > 1 ? double.PositiveInfinity : s == 1 ? -2 * u * u : double.NegativeInfinity;
            return;
        }
        double ratio = saturation.HillRatio(x), q = double.IsPositiveInfinity(ratio) ? 0 : 1 / (1 + ratio);
        double rise = double.IsPositiveInfinity(ratio) ? 0 : ratio * q * q, perInput = a / x;
        first = s * rise * perInput;
        second = s * rise * q * (s - 1 - (s + 1) * ratio) * perInput * perInput;
    }
}
