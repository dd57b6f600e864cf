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

    // x_t = sat(x_t) in place, several elements at a time where the curve allows (sat(1·x) is sat(x) to the bit).
    private void Saturate(Span<double> x) => Saturation.Apply(x, 1.0, x);

    /// <summary>
    /// The transform bound to one signal, ready to give Σ_t contribution_t at any multiplier k (the response curve):
    /// the work that does not depend on k is done here once.
    /// </summary>
    public MediaResponse Prepare(ReadOnlySpan<double> signal) => new(this, signal.ToArray());
}
