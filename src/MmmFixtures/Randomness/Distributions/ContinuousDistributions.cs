using System;
using MmmFixtures.Numerics;

namespace MmmFixtures.Randomness.Distributions;

/// <summary>
/// Continuous distributions drawn from a <see cref="RandomStream"/>. Each draw consumes a documented,
/// fixed pattern of the stream's outputs, and all math goes through <see cref="DeterministicMath"/>,
/// so the values are the same on every platform.
/// </summary>
public static class ContinuousDistributions
{
    /// <summary>Uniform on [<paramref name="low"/>, <paramref name="high"/>).</summary>
    public static double Uniform(this RandomStream rng, double low, double high)
    {
        Require.Finite(low, nameof(low));
        Require.Finite(high, nameof(high));
        if (!(high >= low)) throw new ArgumentOutOfRangeException(nameof(high), high, $"must be ≥ low ({low})");
        return low + (high - low) * rng.NextDouble();
    }

    /// <summary>A standard normal draw, N(0, 1) (ziggurat method).</summary>
    public static double StandardNormal(this RandomStream rng) => NormalZiggurat.Sample(rng);

    /// <summary>Normal with mean <paramref name="mean"/> and standard deviation <paramref name="sd"/> ≥ 0.</summary>
    public static double Normal(this RandomStream rng, double mean, double sd)
    {
        Require.Finite(mean, nameof(mean));
        Require.NonNegative(sd, nameof(sd));
        return mean + sd * NormalZiggurat.Sample(rng);
    }

    /// <summary>Log-normal: exp(N(<paramref name="mu"/>, <paramref name="sigma"/>²)).</summary>
    public static double LogNormal(this RandomStream rng, double mu, double sigma)
    {
        Require.Finite(mu, nameof(mu));
        Require.NonNegative(sigma, nameof(sigma));
        return DeterministicMath.Exp(mu + sigma * NormalZiggurat.Sample(rng));
    }

    /// <summary>Exponential with the given rate λ &gt; 0 (mean 1/λ), by inversion.</summary>
    public static double Exponential(this RandomStream rng, double rate)
    {
        Require.Positive(rate, nameof(rate));
        return -DeterministicMath.Log(rng.NextOpenDouble()) / rate;
    }

    /// <summary>Weibull with shape k &gt; 0 and scale λ &gt; 0, by inversion of its CDF.</summary>
    public static double Weibull(this RandomStream rng, double shape, double scale)
    {
        Require.Positive(shape, nameof(shape));
        Require.Positive(scale, nameof(scale));
        return scale * DeterministicMath.Pow(-DeterministicMath.Log(rng.NextOpenDouble()), 1.0 / shape);
    }

    /// <summary>Gamma with shape α &gt; 0 and scale θ &gt; 0 (mean αθ), by Marsaglia and Tsang's method.</summary>
    public static double Gamma(this RandomStream rng, double shape, double scale)
    {
        Require.Positive(shape, nameof(shape));
        Require.Positive(scale, nameof(scale));
        return scale * StandardGamma(rng, shape);
    }

    /// <summary>Beta with shapes α &gt; 0 and β &gt; 0, as X/(X+Y) of two gamma draws.</summary>
    public static double Beta(this RandomStream rng, double alpha, double beta)
    {
        Require.Positive(alpha, nameof(alpha));
        Require.Positive(beta, nameof(beta));
        double x = StandardGamma(rng, alpha);
        double y = StandardGamma(rng, beta);
        return x / (x + y);
    }

    /// <summary>
    /// Normal N(<paramref name="mean"/>, <paramref name="sd"/>²) conditioned on [<paramref name="low"/>, <paramref name="high"/>]
    /// (either bound may be infinite), by Robert's (1995) exact rejection samplers.
    /// </summary>
    public static double TruncatedNormal(this RandomStream rng, double mean, double sd, double low, double high) =>
        TruncatedNormalSampler.Sample(rng, mean, sd, low, high);

    internal static double StandardGamma(RandomStream rng, double shape)
    {
        if (shape < 1.0)
        {
            // Boost: Gamma(α) = Gamma(α + 1) · U^(1/α).
            double boosted = StandardGamma(rng, shape + 1.0);
            return boosted * DeterministicMath.Pow(rng.NextOpenDouble(), 1.0 / shape);
        }
        double d = shape - 1.0 / 3.0;
        double c = 1.0 / Math.Sqrt(9.0 * d);
        while (true)
        {
            double z = NormalZiggurat.Sample(rng);
            double t = 1.0 + c * z;
            if (t <= 0.0) continue;
            double v = t * t * t;
            double u = rng.NextOpenDouble();
            double z2 = z * z;
            if (u < 1.0 - 0.0331 * z2 * z2) return d * v;
            if (DeterministicMath.Log(u) < 0.5 * z2 + d * (1.0 - v + DeterministicMath.Log(v))) return d * v;
        }
    }
}
