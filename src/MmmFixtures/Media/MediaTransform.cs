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
            Saturate(contribution.Slice(0, n));
            for (int t = 0; t < n; t++) contribution[t] = Beta * contribution[t];
        }
        else
        {
            Saturate(scratch.Slice(0, n));
            AdstockKernel.Convolve(scratch.Slice(0, n), Weights, contribution);
            for (int t = 0; t < n; t++) contribution[t] *= Beta;
        }
    }

    /// <summary>Whether a response re-runs the whole transform at every k (saturation first, or no signal scale): it keeps the signal itself.</summary>
    public bool KeepsSignal => SignalScale <= 0 || Order == TransformOrder.SaturationThenAdstock;

    /// <summary>
    /// The series a response to this transform evaluates, made in place of the signal: signal / S adstocked (adstock is
    /// linear, so any k only re-applies the saturation), for Hill its ratios (a/κ)^s; the signal as it is when
    /// <see cref="KeepsSignal"/>.
    /// </summary>
    public void PrepareInPlace(Span<double> series)
    {
        if (KeepsSignal) return;
        for (int t = 0; t < series.Length; t++) series[t] /= SignalScale; // x·1.0 is exact: Contribution's bits at k = 1
        AdstockKernel.ConvolveInPlace(series, Weights);
        if (Saturation.Kind == SaturationKind.Hill)
            for (int t = 0; t < series.Length; t++) series[t] = Saturation.HillRatio(series[t]);
    }

    /// <summary>
    /// The realised contribution (<see cref="Contribution"/> at multiplier 1, bit for bit) and, in <paramref name="prepared"/>,
    /// the signal made into a response's series (<see cref="PrepareInPlace"/>) on the way: generation computes Hill's
    /// ratios once for both. <paramref name="prepared"/> needs the signal's length.
    /// </summary>
    public void Realise(ReadOnlySpan<double> signal, Span<double> prepared, Span<double> contribution)
    {
        int n = signal.Length;
        if (KeepsSignal)
        {
            Contribution(signal, 1.0, prepared, contribution);
            signal.CopyTo(prepared);
            return;
        }
        var series = prepared.Slice(0, n);
        signal.CopyTo(series);
        PrepareInPlace(series);
        if (Saturation.Kind == SaturationKind.Hill)
            for (int t = 0; t < n; t++) contribution[t] = Beta * SaturationCurve.HillFromRatio(series[t]); // sat(a) = r/(1 + r)
        else
        {
            Saturation.Apply(series, 1.0, contribution);
            for (int t = 0; t < n; t++) contribution[t] = Beta * contribution[t];
        }
    }

    // x_t = sat(x_t) in place, several elements at a time where the curve allows (sat(1·x) is sat(x) to the bit).
    private void Saturate(Span<double> x) => Saturation.Apply(x, 1.0, x);

    /// <summary>
    /// The transform bound to one signal, ready to give Σ_t contribution_t at any multiplier k (the response curve):
    /// the work that does not depend on k is done here once.
    /// </summary>
    public MediaResponse Prepare(ReadOnlySpan<double> signal) => new(this, signal.ToArray());
}
