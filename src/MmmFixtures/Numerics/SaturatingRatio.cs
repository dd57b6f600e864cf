using System;
#if NET
using System.Numerics;
#endif

namespace MmmFixtures.Numerics;

/// <summary>
/// x / (c + x) with x = k · s_t over a series: the Michaelis–Menten curve (c = κ) and Hill's r / (1 + r) (c = 1).
/// Several elements at a time where the hardware has vectors; each lane computes exactly the scalar expression
/// (IEEE × + ÷ are exact per lane), so every element has the scalar bits on every platform.
/// </summary>
internal static class SaturatingRatio
{
    /// <summary>
    /// <c>result[t] = k·s[t] / (c + k·s[t])</c>; true when some result may be NaN (an infinite or NaN x), for callers
    /// whose curve gives such x a limit.
    /// </summary>
    public static bool Evaluate(ReadOnlySpan<double> s, double k, double c, Span<double> result)
    {
        int t = 0;
        bool maybeNaN = false;
#if NET
        if (Vector.IsHardwareAccelerated)
        {
            int width = Vector<double>.Count;
            Vector<double> kv = new(k), cv = new(c), sum = Vector<double>.Zero;
            for (; t <= s.Length - width; t += width)
            {
                var x = kv * new Vector<double>(s.Slice(t));
                var ratio = x / (cv + x);
                ratio.CopyTo(result.Slice(t));
                sum += ratio; // NaN once any ratio is (or ±∞ meet): one addition instead of a test per vector
            }
            maybeNaN = !Vector.EqualsAll(sum, sum);
        }
#endif
        for (; t < s.Length; t++)
        {
            double x = k * s[t];
            result[t] = x / (c + x);
            maybeNaN |= double.IsNaN(result[t]);
        }
        return maybeNaN;
    }
}
