using System;
using MmmFixtures.Numerics;

namespace MmmFixtures.Media;

/// <summary>One geo × channel's saturation curve with its (possibly geo-varied) parameters.</summary>
/// <param name="Kind">The curve.</param>
/// <param name="HalfSaturation">κ for Hill and MichaelisMenten.</param>
/// <param name="Slope">s for Hill.</param>
/// <param name="Lambda">λ for Logistic.</param>
/// <param name="TanhScale">c for Tanh.</param>
public readonly record struct SaturationCurve(SaturationKind Kind, double HalfSaturation, double Slope, double Lambda, double TanhScale)
{
    /// <summary>Hill: r = (a/κ)^s, so that the curve is r / (1 + r) (one power instead of two); 0 for a ≤ 0.</summary>
    public double HillRatio(double a) => a <= 0 ? 0 : DeterministicMath.Pow(a / HalfSaturation, Slope);

    /// <summary>Hill: r / (1 + r), with r = ∞ giving 1.</summary>
    public static double HillFromRatio(double r) => double.IsPositiveInfinity(r) ? 1.0 : double.IsNaN(r) ? 0.0 : r / (1 + r);

    /// <summary>
    /// Hill for a whole series of ratios: <c>h[t] = HillFromRatio(ks · r[t])</c> bit for bit, the ratios several at a time.
    /// </summary>
    internal static void HillFromRatio(ReadOnlySpan<double> r, double ks, Span<double> h)
    {
        if (!SaturatingRatio.Evaluate(r, ks, 1.0, h)) return;
        // ∞/∞ is NaN where the curve's limit is 1 (and a NaN ratio gives 0): the scalar rule settles those elements.
        for (int t = 0; t < r.Length; t++)
            if (double.IsNaN(h[t])) h[t] = HillFromRatio(ks * r[t]);
    }

    /// <summary>
    /// The curve at <paramref name="k"/> · a[t] for a whole series: <c>h[t] = Apply(k · a[t])</c> bit for bit, several
    /// elements at a time for the kinds whose per-element work is arithmetic and tanh.
    /// </summary>
    internal void Apply(ReadOnlySpan<double> a, double k, Span<double> h)
    {
        int n = a.Length;
        switch (Kind)
        {
            case SaturationKind.Logistic:
                double halfLambda = 0.5 * Lambda; // the scalar curve's 0.5 · λ · a, evaluated left to right
                for (int t = 0; t < n; t++) h[t] = halfLambda * (k * a[t]);
                DeterministicMath.Tanh(h.Slice(0, n), h);
                return;
            case SaturationKind.Tanh:
                for (int t = 0; t < n; t++) h[t] = k * a[t] / TanhScale;
                DeterministicMath.Tanh(h.Slice(0, n), h);
                return;
            case SaturationKind.MichaelisMenten:
                SaturatingRatio.Evaluate(a, k, HalfSaturation, h);
                return;
            default: // Hill needs a power per element (a prepared response keeps its ratios instead), None nothing.
                for (int t = 0; t < n; t++) h[t] = Apply(k * a[t]);
                return;
        }
    }

    /// <summary>The curve at <paramref name="a"/> ≥ 0.</summary>
    public double Apply(double a)
    {
        switch (Kind)
        {
            case SaturationKind.Hill:
                return HillFromRatio(HillRatio(a));
            case SaturationKind.Logistic:
                // (1 − e^(−λa)) / (1 + e^(−λa)) = tanh(λa/2), which keeps precision near 0.
                return DeterministicMath.Tanh(0.5 * Lambda * a);
            case SaturationKind.MichaelisMenten:
                return a / (HalfSaturation + a);
            case SaturationKind.Tanh:
                return DeterministicMath.Tanh(a / TanhScale);
            case SaturationKind.None:
                return a;
            default:
                throw new InvalidOperationException($"unknown saturation kind {Kind}");
        }
    }
}
