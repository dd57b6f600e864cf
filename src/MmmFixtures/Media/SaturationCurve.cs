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
