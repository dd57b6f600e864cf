using BenchmarkDotNet.Attributes;
using MmmFixtures.Randomness;
using MmmFixtures.Randomness.Distributions;

namespace MmmFixtures.Benchmarks;

/// <summary>Nanoseconds per draw of each sampler (1024 draws an invocation; all but the first three through a delegate, about 1 ns).</summary>
[FastJob]
[MemoryDiagnoser]
public class SamplerBenchmarks
{
    private const int Draws = 1024;
    private readonly RandomStream _rng = StreamKey.Root(1).Open();
    private readonly AliasTable _alias = new(Enumerable.Range(1, 50).Select(i => (double)i).ToArray());
    private readonly ZipfDistribution _zipf = new(10_000, 1.1);

    [Benchmark(OperationsPerInvoke = Draws)]
    public ulong NextUInt64() { ulong s = 0; for (int i = 0; i < Draws; i++) s ^= _rng.NextUInt64(); return s; }

    // The two headline figures are measured without the delegate call of Sum (about 1 ns).
    [Benchmark(OperationsPerInvoke = Draws)]
    public double NextDouble() { double s = 0; for (int i = 0; i < Draws; i++) s += _rng.NextDouble(); return s; }

    private readonly double[] _buffer = new double[Draws];

    [Benchmark(OperationsPerInvoke = Draws)]
    public double NextDoublesBulk() { _rng.NextDoubles(_buffer); return _buffer[Draws - 1]; }

    [Benchmark(OperationsPerInvoke = Draws)]
    public double Uniform() => Sum(r => r.Uniform(2, 5));

    [Benchmark(OperationsPerInvoke = Draws)]
    public double Normal() { double s = 0; for (int i = 0; i < Draws; i++) s += _rng.StandardNormal(); return s; }

    [Benchmark(OperationsPerInvoke = Draws)]
    public double LogNormal() => Sum(r => r.LogNormal(0, 0.5));

    [Benchmark(OperationsPerInvoke = Draws)]
    public double TruncatedNormal() => Sum(r => r.TruncatedNormal(0, 1, -1, 2));

    [Benchmark(OperationsPerInvoke = Draws)]
    public double Exponential() => Sum(r => r.Exponential(1.5));

    [Benchmark(OperationsPerInvoke = Draws)]
    public double Gamma() => Sum(r => r.Gamma(2.5, 1));

    [Benchmark(OperationsPerInvoke = Draws)]
    public double Beta() => Sum(r => r.Beta(2, 5));

    [Benchmark(OperationsPerInvoke = Draws)]
    public double Weibull() => Sum(r => r.Weibull(1.5, 2));

    [Benchmark(OperationsPerInvoke = Draws)]
    public double PoissonSmall() => Sum(r => r.Poisson(3));

    [Benchmark(OperationsPerInvoke = Draws)]
    public double PoissonLarge() => Sum(r => r.Poisson(500));

    [Benchmark(OperationsPerInvoke = Draws)]
    public double BinomialSmall() => Sum(r => r.Binomial(20, 0.2));

    [Benchmark(OperationsPerInvoke = Draws)]
    public double BinomialLarge() => Sum(r => r.Binomial(10_000, 0.3));

    [Benchmark(OperationsPerInvoke = Draws)]
    public double Bernoulli() => Sum(r => r.Bernoulli(0.3) ? 1 : 0);

    [Benchmark(OperationsPerInvoke = Draws)]
    public double CategoricalAlias() => Sum(r => _alias.Sample(r));

    [Benchmark(OperationsPerInvoke = Draws)]
    public double Zipf() => Sum(r => _zipf.Sample(r));

    private double Sum(Func<RandomStream, double> draw)
    {
        double s = 0;
        for (int i = 0; i < Draws; i++) s += draw(_rng);
        return s;
    }
}
