using System;
using MmmFixtures.Numerics;

namespace MmmFixtures.Randomness.Distributions;

/// <summary>
/// Exact draws from a normal restricted to an interval (Robert 1995): plain rejection when the
/// interval holds the bulk of the mass, an exponential proposal in a one-sided tail, and a uniform
/// proposal on a short interval away from the mean. Each keeps the acceptance rate high.
/// </summary>
internal static class TruncatedNormalSampler
{
    public static double Sample(RandomStream rng, double mean, double sd, double low, double high)
    {
        Require.Finite(mean, nameof(mean));
        Require.Positive(sd, nameof(sd));
        if (double.IsNaN(low)) throw new ArgumentOutOfRangeException(nameof(low), low, "must not be NaN");
        if (double.IsNaN(high)) throw new ArgumentOutOfRangeException(nameof(high), high, "must not be NaN");
        if (!(low < high)) throw new ArgumentOutOfRangeException(nameof(high), high, $"must be > low ({low})");

        double a = (low - mean) / sd, b = (high - mean) / sd;
        double z = a >= 0 ? Tail(rng, a, b)
            : b <= 0 ? -Tail(rng, -b, -a)
            : Straddling(rng, a, b);
        return mean + sd * z;
    }

    // Interval [a, b] containing 0.
    private static double Straddling(RandomStream rng, double a, double b)
    {
        if (b - a < 0.5)
        {
            // Short interval: uniform proposal, accept with probability exp(−z²/2) (the density's maximum is 1 at 0).
            while (true)
            {
                double z = a + (b - a) * rng.NextDouble();
                if (rng.NextDouble() <= DeterministicMath.Exp(-0.5 * z * z)) return z;
            }
        }
        while (true)
        {
            double z = NormalZiggurat.Sample(rng);
            if (z >= a && z <= b) return z;
        }
    }

    // Interval [a, b] with 0 ≤ a < b (b may be +∞).
    private static double Tail(RandomStream rng, double a, double b)
    {
        double rate = 0.5 * (a + Math.Sqrt(a * a + 4.0));
        // A short interval far out: uniform proposal against the density relative to its value at a.
        if (b - a < 1.0 / rate)
        {
            while (true)
            {
                double z = a + (b - a) * rng.NextDouble();
                if (rng.NextDouble() <= DeterministicMath.Exp(0.5 * (a * a - z * z))) return z;
            }
        }
        while (true)
        {
            double z = a - DeterministicMath.Log(rng.NextOpenDouble()) / rate;
            double d = z - rate;
            if (rng.NextDouble() <= DeterministicMath.Exp(-0.5 * d * d) && z <= b) return z;
        }
    }
}
