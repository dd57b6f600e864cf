using System;
using MmmFixtures.Numerics;

namespace MmmFixtures.Media;

/// <summary>
/// The media transform of one entity (an MMM geo × channel, a tenant's ad platform): its signal scaled by S,
/// carried over by an adstock kernel and saturated, in either order, times β. Kept whole so that counterfactuals
/// re-run it exactly.
/// </summary>
internal sealed class MediaTransform
{
    public MediaTransform(double beta, double[] weights, SaturationCurve saturation, TransformOrder order, double signalScale)
    {
        Beta = beta;
        Weights = weights;
        Saturation = saturation;
        Order = order;
        SignalScale = signalScale;
    }

    public double Beta { get; }
    public double[] Weights { get; }
    public SaturationCurve Saturation { get; }
    public TransformOrder Order { get; }
    public double SignalScale { get; }

    /// <summary>
    /// contribution_t = β · z_t with z the transformed signal (m_t · multiplier) / S.
    /// <paramref name="scratch"/> needs the signal's length.
    /// </summary>
    public void Contribution(ReadOnlySpan<double> signal, double multiplier, Span<double> scratch, Span<double> contribution)
    {
        int n = signal.Length;
        if (SignalScale <= 0)
        {
            contribution.Slice(0, n).Clear();
            return;
        }
        for (int t = 0; t < n; t++) scratch[t] = signal[t] * multiplier / SignalScale;
        if (Order == TransformOrder.AdstockThenSaturation)
        {
            AdstockKernel.Convolve(scratch.Slice(0, n), Weights, contribution);
            for (int t = 0; t < n; t++) contribution[t] = Beta * Saturation.Apply(contribution[t]);
        }
        else
        {
            for (int t = 0; t < n; t++) scratch[t] = Saturation.Apply(scratch[t]);
            AdstockKernel.Convolve(scratch.Slice(0, n), Weights, contribution);
            for (int t = 0; t < n; t++) contribution[t] *= Beta;
        }
    }

    /// <summary>
    /// Σ_t contribution_t for each multiplier k, written to <paramref name="totals"/>. Adstock is linear,
    /// so with adstock first the adstocked series is computed once and only saturation is re-applied
    /// to k·a_t; k = 1 reproduces the realised contribution exactly.
    /// </summary>
    public void TotalsFor(ReadOnlySpan<double> signal, ReadOnlySpan<double> multipliers, Span<double> totals)
    {
        int n = signal.Length;
        var scratch = new double[n];
        var series = new double[n];
        if (SignalScale <= 0 || Order == TransformOrder.SaturationThenAdstock)
        {
            for (int i = 0; i < multipliers.Length; i++)
            {
                Contribution(signal, multipliers[i], scratch, series);
                totals[i] = Sum(series);
            }
            return;
        }
        for (int t = 0; t < n; t++) scratch[t] = signal[t] / SignalScale; // x·1.0 is exact: the realised series' bits
        AdstockKernel.Convolve(scratch, Weights, series);
        if (Saturation.Kind == SaturationKind.Hill)
        {
            // Hill(k·a) = r/(1 + r) with r = k^s · (a/κ)^s: one power per period, then one per k.
            for (int t = 0; t < n; t++) series[t] = Saturation.HillRatio(series[t]);
            for (int i = 0; i < multipliers.Length; i++)
            {
                double ks = DeterministicMath.Pow(multipliers[i], Saturation.Slope), sum = 0;
                for (int t = 0; t < n; t++) sum += Beta * SaturationCurve.HillFromRatio(ks * series[t]);
                totals[i] = sum;
            }
            return;
        }
        for (int i = 0; i < multipliers.Length; i++)
        {
            double k = multipliers[i], sum = 0;
            for (int t = 0; t < n; t++) sum += Beta * Saturation.Apply(k * series[t]);
            totals[i] = sum;
        }
    }

    private static double Sum(double[] values)
    {
        double sum = 0;
        foreach (double v in values) sum += v;
        return sum;
    }
}
