using System;
#if NET
using System.Numerics;
#endif

namespace MmmFixtures.Media;

/// <summary>
/// The per-period terms of <see cref="MediaResponse.TotalWithDerivatives"/> over a block of periods, several periods at
/// a time where the hardware has vectors: each lane does the scalar expression's operations in its order (IEEE × + − ÷
/// are exact per lane), so every term has the scalar bits and the sums built from them do not depend on the vector width.
/// </summary>
internal static class DerivativeTerms
{
    /// <summary>
    /// Hill at the ratios x = ks·r_t: <c>value = HillFromRatio(x)</c>, <c>rise = x·q·q</c> and
    /// <c>bend = rise·q·((s − 1) − (s + 1)·x)</c> with q = 1/(1 + x); rise and bend 0 where x = +∞ (saturated: no slope).
    /// </summary>
    public static void Hill(ReadOnlySpan<double> r, double ks, double s, Span<double> value, Span<double> rise, Span<double> bend)
    {
        int t = 0;
        double below = s - 1, above = s + 1;
#if NET
        if (Vector.IsHardwareAccelerated)
        {
            Vector<double> k = new(ks), one = Vector<double>.One, infinity = new(double.PositiveInfinity);
            Vector<double> belowV = new(below), aboveV = new(above);
            for (; t <= r.Length - Vector<double>.Count; t += Vector<double>.Count)
            {
                var x = k * new Vector<double>(r.Slice(t));
                var h = x / (one + x);
                if (Vector.EqualsAll(h, h)) h.CopyTo(value.Slice(t));
                else for (int j = 0; j < Vector<double>.Count; j++) value[t + j] = SaturationCurve.HillFromRatio(ks * r[t + j]);
                var q = one / (one + x);
                var up = x * q * q;
                var saturated = Vector.Equals(x, infinity);
                Vector.ConditionalSelect(saturated, Vector<double>.Zero, up).CopyTo(rise.Slice(t));
                Vector.ConditionalSelect(saturated, Vector<double>.Zero, up * q * (belowV - aboveV * x)).CopyTo(bend.Slice(t));
            }
        }
#endif
        for (; t < r.Length; t++)
        {
            double x = ks * r[t];
            value[t] = SaturationCurve.HillFromRatio(x);
            if (double.IsPositiveInfinity(x))
            {
                rise[t] = bend[t] = 0;
                continue;
            }
            double q = 1 / (1 + x), up = x * q * q;
            rise[t] = up;
            bend[t] = up * q * (below - above * x);
        }
    }

    /// <summary>
    /// a·sat′(k·a) and a²·sat″(k·a) of the kinds other than Hill, given <c>value[t] = sat(k·a_t)</c> (tanh′ = 1 − tanh²,
    /// tanh″ = −2 tanh·tanh′); 0 where a = 0 (a period without signal: no k moves it).
    /// </summary>
    public static void Input(in SaturationCurve saturation, ReadOnlySpan<double> a, double k, ReadOnlySpan<double> value,
        Span<double> first, Span<double> second)
    {
        var kind = saturation.Kind;
        bool tanh = kind == SaturationKind.Logistic || kind == SaturationKind.Tanh;
        double halfLambda = 0.5 * saturation.Lambda, c = saturation.TanhScale, kappa = saturation.HalfSaturation;
        int t = 0;
#if NET
        if (Vector.IsHardwareAccelerated)
        {
            Vector<double> one = Vector<double>.One, minusTwo = new(-2.0), kV = new(k), halfLambdaV = new(halfLambda), cV = new(c), kappaV = new(kappa);
            for (; t <= a.Length - Vector<double>.Count; t += Vector<double>.Count)
            {
                var at = new Vector<double>(a.Slice(t));
                Vector<double> d1, d2;
                if (tanh)
                {
                    var v = new Vector<double>(value.Slice(t));
                    var scale = kind == SaturationKind.Logistic ? halfLambdaV * at : at / cV;
                    var slope = one - v * v;
                    d1 = slope * scale;
                    d2 = minusTwo * v * slope * scale * scale;
                }
                else if (kind == SaturationKind.MichaelisMenten)
                {
                    var q = one / (kappaV + kV * at);
                    d1 = at * kappaV * q * q;
                    d2 = minusTwo * at * at * kappaV * q * q * q;
                }
                else
                {
                    d1 = at;
                    d2 = Vector<double>.Zero;
                }
                var none = Vector.Equals(at, Vector<double>.Zero);
                Vector.ConditionalSelect(none, Vector<double>.Zero, d1).CopyTo(first.Slice(t));
                Vector.ConditionalSelect(none, Vector<double>.Zero, d2).CopyTo(second.Slice(t));
            }
        }
#endif
        for (; t < a.Length; t++)
        {
            double at = a[t];
            if (at == 0)
            {
                first[t] = second[t] = 0;
                continue;
            }
            if (tanh)
            {
                double v = value[t], scale = kind == SaturationKind.Logistic ? halfLambda * at : at / c, slope = 1 - v * v;
                first[t] = slope * scale;
                second[t] = -2 * v * slope * scale * scale;
            }
            else if (kind == SaturationKind.MichaelisMenten)
            {
                double q = 1 / (kappa + k * at);
                first[t] = at * kappa * q * q;
                second[t] = -2 * at * at * kappa * q * q * q;
            }
            else
            {
                first[t] = at;
                second[t] = 0;
            }
        }
    }
}
