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
        if (KeepsSignal(transform))
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

    // A response that re-runs the transform at every k keeps its signal; the others keep their prepared series.
    private static bool KeepsSignal(MediaTransform transform) =>
        transform.SignalScale <= 0 || transform.Order == TransformOrder.SaturationThenAdstock;

    // A restored response (Restore): the kept series as it was, not prepared again. The parameter order tells it from the public constructor.
    private MediaResponse(double[] kept, MediaTransform transform)
    {
        _transform = transform;
        if (KeepsSignal(transform)) _signal = kept;
        else _series = kept;
    }

    /// <summary>What the response evaluates (its signal, or its prepared series): stored by a caller that cannot hold many responses, and given back to <see cref="Restore"/>.</summary>
    internal ReadOnlySpan<double> Kept => _signal ?? _series;

    /// <summary>The response to <paramref name="transform"/> that kept <paramref name="kept"/> (<see cref="Kept"/>), with the same values at every k, without preparing it again.</summary>
    internal static MediaResponse Restore(MediaTransform transform, double[] kept) => new(kept, transform);

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
        if (_signal is not null)
        {
            if (transform.SignalScale <= 0) return (0, 0, 0);
            int n = _signal.Length;
            var first = new double[n];
            var second = new double[n];
            for (int t = 0; t < n; t++)
            {
                double a = _signal[t] / transform.SignalScale;
                InputDerivatives(saturation, k * a, a, saturation.Apply(k * a), out first[t], out second[t]);
            }
            var carried = new double[n];
            AdstockKernel.Convolve(first, transform.Weights, carried);
            foreach (double v in carried) slope += v;
            AdstockKernel.Convolve(second, transform.Weights, carried);
            foreach (double v in carried) curvature += v;
            return (Total(k), beta * slope, beta * curvature);
        }
        double[] adstocked = _series!;
        if (saturation.Kind == SaturationKind.Hill)
        {
            // With R = k^s·r: d/dk R/(1 + R) = s·R / (k(1 + R)²), d²/dk² = s·R·(s − 1 − (s + 1)R) / (k²(1 + R)³).
            double s = saturation.Slope;
            if (k == 0)
            {
                // Near 0, C grows like k^s·Σr and C'' like s(s − 1)k^(s−2)·Σr (s = 1: C = Σ r·k − r²·k² + …).
                double ratios = 0, squares = 0;
                foreach (double r in adstocked) { ratios += r; squares += r * r; }
                return (0, beta * (s > 1 ? 0 : s == 1 ? ratios : double.PositiveInfinity),
                    beta * (s > 2 ? 0 : s == 2 ? 2 * ratios : s > 1 ? double.PositiveInfinity : s == 1 ? -2 * squares : double.NegativeInfinity));
            }
            double ks = DeterministicMath.Pow(k, s);
            foreach (double r in adstocked)
            {
                double ratio = ks * r;
                value += beta * SaturationCurve.HillFromRatio(ratio);
                if (double.IsPositiveInfinity(ratio)) continue; // saturated: no slope
                double q = 1 / (1 + ratio), rise = ratio * q * q;
                slope += rise;
                curvature += rise * q * (s - 1 - (s + 1) * ratio);
            }
            return (value, beta * s * slope / k, beta * s * curvature / (k * k));
        }
        foreach (double a in adstocked)
        {
            double v = saturation.Apply(k * a);
            value += beta * v;
            InputDerivatives(saturation, k * a, a, v, out double d1, out double d2);
            slope += d1;
            curvature += d2;
        }
        return (value, beta * slope, beta * curvature);
    }

    // a·sat'(x) and a²·sat''(x) at the saturation input x = k·a, given sat(x) (tanh' = 1 − tanh², tanh'' = −2 tanh·tanh').
    private static void InputDerivatives(in SaturationCurve saturation, double x, double a, double value, out double first, out double second)
    {
        first = second = 0;
        if (a == 0) return; // a period without signal: no k moves it
        switch (saturation.Kind)
        {
            case SaturationKind.Hill:
            {
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
                return;
            }
            case SaturationKind.Logistic:
            case SaturationKind.Tanh:
            {
                double t = value, scale = saturation.Kind == SaturationKind.Logistic ? 0.5 * saturation.Lambda * a : a / saturation.TanhScale;
                first = (1 - t * t) * scale;
                second = -2 * t * (1 - t * t) * scale * scale;
                return;
            }
            case SaturationKind.MichaelisMenten:
            {
                double q = 1 / (saturation.HalfSaturation + x);
                first = a * saturation.HalfSaturation * q * q;
                second = -2 * a * a * saturation.HalfSaturation * q * q * q;
                return;
            }
            default:
                first = a;
                second = 0;
                return;
        }
    }
}
