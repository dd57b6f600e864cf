using System;
using MmmFixtures.Numerics;

namespace MmmFixtures.Randomness.Distributions;

/// <summary>Discrete distributions drawn from a <see cref="RandomStream"/>, platform-independent like the continuous ones.</summary>
public static class DiscreteDistributions
{
    // Below this mean, Poisson draws multiply uniforms (Knuth); above it, PTRS rejection is O(1).
    private const double PoissonInversionLimit = 10.0;
    // Below this n·min(p, 1−p), binomial draws invert the CDF; above it, BTRS rejection is O(1).
    private const double BinomialInversionLimit = 10.0;

    /// <summary>True with probability <paramref name="p"/> in [0, 1].</summary>
    public static bool Bernoulli(this RandomStream rng, double p)
    {
        Require.Probability(p, nameof(p));
        return rng.NextDouble() < p;
    }

    /// <summary>Poisson with mean λ ≥ 0.</summary>
    public static long Poisson(this RandomStream rng, double mean)
    {
        Require.NonNegative(mean, nameof(mean));
        if (mean == 0) return 0;
        if (mean < PoissonInversionLimit)
        {
            double limit = DeterministicMath.Exp(-mean);
            long k = 0;
            double product = rng.NextDouble();
            while (product > limit)
            {
                k++;
                product *= rng.NextDouble();
            }
            return k;
        }
        return PoissonTransformedRejection(rng, mean);
    }

    /// <summary>Binomial: successes in <paramref name="trials"/> ≥ 0 independent trials of probability <paramref name="p"/>.</summary>
    public static long Binomial(this RandomStream rng, long trials, double p)
    {
        if (trials < 0) throw new ArgumentOutOfRangeException(nameof(trials), trials, "must be in [0, ∞)");
        Require.Probability(p, nameof(p));
        if (trials == 0 || p == 0) return 0;
        if (p == 1) return trials;
        // Draw with the smaller of p and 1 − p, and mirror.
        bool mirrored = p > 0.5;
        double q = mirrored ? 1 - p : p;
        long k = trials * q < BinomialInversionLimit
            ? BinomialInversion(rng, trials, q)
            : BinomialTransformedRejection(rng, trials, q);
        return mirrored ? trials - k : k;
    }

    // Hörmann (1993) PTRS: transformed rejection with squeeze, about 1.1 uniforms pairs a draw.
    private static long PoissonTransformedRejection(RandomStream rng, double mean)
    {
        double logMean = DeterministicMath.Log(mean);
        double b = 0.931 + 2.53 * Math.Sqrt(mean);
        double a = -0.059 + 0.02483 * b;
        double invAlpha = 1.1239 + 1.1328 / (b - 3.4);
        double vr = 0.9277 - 3.6224 / (b - 2);
        while (true)
        {
            double u = rng.NextDouble() - 0.5;
            double v = rng.NextOpenDouble();
            double us = 0.5 - Math.Abs(u);
            double k = Math.Floor((2 * a / us + b) * u + mean + 0.43);
            if (us >= 0.07 && v <= vr) return (long)k;
            if (k < 0 || (us < 0.013 && v > us)) continue;
            double lhs = DeterministicMath.Log(v * invAlpha / (a / (us * us) + b));
            if (lhs <= -mean + k * logMean - LogFactorial.Of((long)k)) return (long)k;
        }
    }

    // Sequential search from 0 on the CDF, using the ratio of successive probabilities.
    private static long BinomialInversion(RandomStream rng, long trials, double p)
    {
        double q = 1 - p;
        double ratio = p / q;
        while (true)
        {
            double probability = DeterministicMath.Pow(q, trials);
            double u = rng.NextDouble();
            for (long k = 0; k <= trials; k++)
            {
                if (u < probability) return k;
                u -= probability;
                probability *= ratio * (trials - k) / (k + 1);
            }
            // Rounding left u above the total mass: redraw (vanishingly rare).
        }
    }

    // Hörmann (1993) BTRS for n·p ≥ 10 and p ≤ 1/2.
    private static long BinomialTransformedRejection(RandomStream rng, long trials, double p)
    {
        double q = 1 - p;
        double spq = Math.Sqrt(trials * p * q);
        double b = 1.15 + 2.53 * spq;
        double a = -0.0873 + 0.0248 * b + 0.01 * p;
        double c = trials * p + 0.5;
        double vr = 0.92 - 4.2 / b;
        double alpha = (2.83 + 5.1 / b) * spq;
        double logRatio = DeterministicMath.Log(p / q);
        long mode = (long)Math.Floor((trials + 1) * p);
        double h = LogFactorial.Of(mode) + LogFactorial.Of(trials - mode);
        while (true)
        {
            double u = rng.NextDouble() - 0.5;
            double v = rng.NextOpenDouble();
            double us = 0.5 - Math.Abs(u);
            double k = Math.Floor((2 * a / us + b) * u + c);
            if (k < 0 || k > trials) continue;
            if (us >= 0.07 && v <= vr) return (long)k;
            double lhs = DeterministicMath.Log(v * alpha / (a / (us * us) + b));
            long ki = (long)k;
            if (lhs <= h - LogFactorial.Of(ki) - LogFactorial.Of(trials - ki) + (ki - mode) * logRatio) return ki;
        }
    }
}
