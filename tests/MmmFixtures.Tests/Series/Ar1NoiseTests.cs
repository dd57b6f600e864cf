using MmmFixtures.Randomness;
using MmmFixtures.Randomness.Distributions;
using MmmFixtures.Series;

namespace MmmFixtures.Tests.Series;

/// <summary>The AR(1) process behind patterned noise and weather anomalies.</summary>
public class Ar1NoiseTests
{
    [Fact]
    public void Follows_the_recursion_with_one_normal_per_period()
    {
        var key = StreamKey.Root(3).Then("ar1");
        var noise = new Ar1Noise(key.Open("noise"), autocorrelation: 0.5, sigma: 2);
        var z = key.Open("noise"); // the same stream, read by hand
        double z0 = z.StandardNormal(), z1 = z.StandardNormal(), z2 = z.StandardNormal();
        double eta0 = 2 * z0;
        double eta1 = 0.5 * eta0 + 2 * Math.Sqrt(0.75) * z1;
        double eta2 = 0.5 * eta1 + 2 * Math.Sqrt(0.75) * z2;
        Assert.Equal(eta0, noise.Next());
        Assert.Equal(eta1, noise.Next());
        Assert.Equal(eta2, noise.Next());
    }

    [Fact]
    public void Is_stationary_with_the_given_deviation_and_lag_one_correlation()
    {
        const int n = 200_000;
        var noise = new Ar1Noise(StreamKey.Root(5).Open("ar1"), autocorrelation: 0.7, sigma: 0.3);
        var eta = new double[n];
        for (int t = 0; t < n; t++) eta[t] = noise.Next();
        double mean = eta.Average();
        double variance = eta.Sum(v => (v - mean) * (v - mean)) / n;
        double lag1 = Enumerable.Range(1, n - 1).Sum(t => (eta[t] - mean) * (eta[t - 1] - mean)) / (n - 1) / variance;
        Assert.Equal(0.3, Math.Sqrt(variance), 0.01);   // sampling error of the sd ≈ σ·√((1+φ²)/(2n(1−φ²))) ≈ 0.0008
        Assert.Equal(0.7, lag1, 0.01);                   // ≈ √((1−φ²)/n) ≈ 0.0016
        Assert.Equal(0, mean, 0.01);
    }
}
