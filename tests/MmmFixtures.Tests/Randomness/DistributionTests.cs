using MathNet.Numerics.Distributions;
using MmmFixtures.Randomness;
using MmmFixtures.Randomness.Distributions;

namespace MmmFixtures.Tests.Randomness;

/// <summary>
/// Each sampler against Math.NET's distribution: 100 000 draws from a fixed seed pass a
/// Kolmogorov–Smirnov test at 0.1% and match mean and variance. Fixed seeds make these deterministic.
/// </summary>
public class DistributionTests
{
    private const int N = 100_000;

    private static double[] Draw(string name, Func<RandomStream, double> sampler)
    {
        var rng = StreamKey.Root(7).Then("distribution-tests").Then(name).Open();
        var sample = new double[N];
        for (int i = 0; i < N; i++) sample[i] = sampler(rng);
        return sample;
    }

    private static long[] DrawDiscrete(string name, Func<RandomStream, long> sampler)
    {
        var rng = StreamKey.Root(7).Then("distribution-tests").Then(name).Open();
        var sample = new long[N];
        for (int i = 0; i < N; i++) sample[i] = sampler(rng);
        return sample;
    }

    private static void AssertContinuous(string name, double[] sample, IContinuousDistribution reference)
    {
        Assert.All(sample, x => Assert.False(double.IsNaN(x) || double.IsInfinity(x)));
        double d = GoodnessOfFit.KsStatistic(sample, reference.CumulativeDistribution);
        Assert.True(d < GoodnessOfFit.KsCritical(N), $"{name}: KS D = {d}");
        GoodnessOfFit.AssertMoments(sample, reference.Mean, reference.Variance, name);
    }

    private static void AssertDiscrete(string name, long[] sample, IDiscreteDistribution reference)
    {
        double d = GoodnessOfFit.KsStatisticDiscrete(sample, k => k < 0 ? 0 : reference.CumulativeDistribution(k));
        Assert.True(d < GoodnessOfFit.KsCritical(N), $"{name}: KS D = {d}");
        GoodnessOfFit.AssertMoments(sample.Select(x => (double)x).ToArray(), reference.Mean, reference.Variance, name);
    }

    [Fact]
    public void Uniform() => AssertContinuous("uniform", Draw("uniform", r => r.Uniform(-2, 5)), new ContinuousUniform(-2, 5));

    [Fact]
    public void Standard_normal() => AssertContinuous("normal", Draw("normal", r => r.StandardNormal()), new Normal(0, 1));

    [Fact]
    public void Normal_tails_are_reached_with_the_right_frequency()
    {
        // Beyond the ziggurat's base layer (|z| > 3.654) the tail sampler runs: P = 2.58e-4.
        var sample = Draw("normal-tail", r => r.StandardNormal());
        int beyond = sample.Count(z => Math.Abs(z) > 3.6541528853610088);
        Assert.InRange(beyond, 10, 50); // expectation 25.8 in 100 000
    }

    [Fact]
    public void Normal_with_mean_and_sd() => AssertContinuous("normal2", Draw("normal2", r => r.Normal(10, 3)), new Normal(10, 3));

    [Fact]
    public void Log_normal() => AssertContinuous("lognormal", Draw("lognormal", r => r.LogNormal(0.5, 0.4)), new LogNormal(0.5, 0.4));

    [Fact]
    public void Exponential() => AssertContinuous("exponential", Draw("exponential", r => r.Exponential(2.5)), new Exponential(2.5));

    [Theory]
    [InlineData(0.3, 2.0)]
    [InlineData(1.0, 1.0)]
    [InlineData(4.5, 0.5)]
    public void Gamma(double shape, double scale) =>
        AssertContinuous($"gamma({shape})", Draw($"gamma{shape}", r => r.Gamma(shape, scale)), new MathNet.Numerics.Distributions.Gamma(shape, 1 / scale));

    [Theory]
    [InlineData(0.5, 0.5)]
    [InlineData(2.0, 5.0)]
    public void Beta(double a, double b) =>
        AssertContinuous($"beta({a},{b})", Draw($"beta{a}{b}", r => r.Beta(a, b)), new MathNet.Numerics.Distributions.Beta(a, b));

    [Theory]
    [InlineData(0.7, 3.0)]
    [InlineData(2.0, 1.5)]
    public void Weibull(double shape, double scale) =>
        AssertContinuous($"weibull({shape})", Draw($"weibull{shape}", r => r.Weibull(shape, scale)), new MathNet.Numerics.Distributions.Weibull(shape, scale));

    [Theory]
    [InlineData(0.0, 1.0, -1.0, 2.0)]      // straddling, wide
    [InlineData(0.0, 1.0, -0.1, 0.2)]      // straddling, short
    [InlineData(5.0, 2.0, 9.0, double.PositiveInfinity)] // right tail
    [InlineData(0.0, 1.0, -6.0, -5.5)]     // short interval far in the left tail
    public void Truncated_normal(double mean, double sd, double low, double high)
    {
        var sample = Draw($"tn{low}{high}", r => r.TruncatedNormal(mean, sd, low, high));
        Assert.All(sample, x => Assert.InRange(x, low, high));
        var normal = new Normal(mean, sd);
        double fa = normal.CumulativeDistribution(low), fb = normal.CumulativeDistribution(high);
        double d = GoodnessOfFit.KsStatistic(sample, x => (normal.CumulativeDistribution(x) - fa) / (fb - fa));
        Assert.True(d < GoodnessOfFit.KsCritical(N), $"KS D = {d}");
    }

    [Theory]
    [InlineData(0.8)]
    [InlineData(6.0)]
    [InlineData(35.0)]
    [InlineData(1200.0)]
    public void Poisson(double mean) =>
        AssertDiscrete($"poisson({mean})", DrawDiscrete($"poisson{mean}", r => r.Poisson(mean)), new MathNet.Numerics.Distributions.Poisson(mean));

    [Theory]
    [InlineData(20, 0.1)]
    [InlineData(1000, 0.3)]
    [InlineData(500, 0.9)]
    public void Binomial(int trials, double p) =>
        AssertDiscrete($"binomial({trials},{p})", DrawDiscrete($"binomial{trials}{p}", r => r.Binomial(trials, p)), new MathNet.Numerics.Distributions.Binomial(p, trials));

    [Fact]
    public void Bernoulli() =>
        AssertDiscrete("bernoulli", DrawDiscrete("bernoulli", r => r.Bernoulli(0.3) ? 1 : 0), new MathNet.Numerics.Distributions.Bernoulli(0.3));

    [Fact]
    public void Weighted_categorical_by_alias_table()
    {
        double[] weights = { 5, 0, 1, 3, 0.5, 10.5 };
        var table = new AliasTable(weights);
        double total = weights.Sum();
        var reference = new Categorical(weights.Select(w => w / total).ToArray());
        long[] sample = DrawDiscrete("categorical", r => table.Sample(r));
        Assert.DoesNotContain(1L, sample); // zero weight is never drawn
        AssertDiscrete("categorical", sample, reference);
    }

    [Fact]
    public void Zipf()
    {
        var zipf = new ZipfDistribution(1000, 1.1);
        var reference = new MathNet.Numerics.Distributions.Zipf(1.1, 1000);
        long[] sample = DrawDiscrete("zipf", r => zipf.Sample(r));
        double d = GoodnessOfFit.KsStatisticDiscrete(sample, k => k < 1 ? 0 : reference.CumulativeDistribution(k));
        Assert.True(d < GoodnessOfFit.KsCritical(N), $"zipf: KS D = {d}");
        // Math.NET has no variance for s ≤ 3; sum the moments over the 1000 ranks by hand.
        double h = Enumerable.Range(1, 1000).Sum(k => Math.Pow(k, -1.1));
        double mean = Enumerable.Range(1, 1000).Sum(k => k * Math.Pow(k, -1.1)) / h;
        double second = Enumerable.Range(1, 1000).Sum(k => (double)k * k * Math.Pow(k, -1.1)) / h;
        GoodnessOfFit.AssertMoments(sample.Select(x => (double)x).ToArray(), mean, second - mean * mean, "zipf");
    }

    [Fact]
    public void Invalid_parameters_are_rejected_with_their_name_and_range()
    {
        var rng = StreamKey.Root(1).Open();
        var e1 = Assert.Throws<ArgumentOutOfRangeException>(() => rng.Gamma(-1, 1));
        Assert.Equal("shape", e1.ParamName);
        Assert.Contains("(0, ∞)", e1.Message);
        Assert.Equal("p", Assert.Throws<ArgumentOutOfRangeException>(() => rng.Bernoulli(1.5)).ParamName);
        Assert.Equal("sd", Assert.Throws<ArgumentOutOfRangeException>(() => rng.Normal(0, double.NaN)).ParamName);
        Assert.Equal("high", Assert.Throws<ArgumentOutOfRangeException>(() => rng.TruncatedNormal(0, 1, 2, 1)).ParamName);
        Assert.Equal("trials", Assert.Throws<ArgumentOutOfRangeException>(() => rng.Binomial(-1, 0.5)).ParamName);
        Assert.Throws<ArgumentException>(() => new AliasTable(new double[] { 0, 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new AliasTable(new[] { 1.0, -1.0 }));
        Assert.Equal("count", Assert.Throws<ArgumentOutOfRangeException>(() => new ZipfDistribution(0, 1)).ParamName);
    }
}
