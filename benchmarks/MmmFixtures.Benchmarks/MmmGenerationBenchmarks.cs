using BenchmarkDotNet.Attributes;
using MmmFixtures.Mmm;

namespace MmmFixtures.Benchmarks;

/// <summary>
/// In-memory MMM generation with per-row truth for the target shapes; response curves
/// (computed on first use) are measured separately.
/// </summary>
[FastJob]
[MemoryDiagnoser]
public class MmmGenerationBenchmarks
{
    private MmmSpec _spec = null!;

    [Params("100x260x10", "1000x520x50")]
    public string Shape { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        int[] dims = Shape.Split('x').Select(int.Parse).ToArray();
        _spec = MmmBenchmarkSpecs.Panel(geos: dims[0], periods: dims[1], channels: dims[2]);
    }

    [Benchmark]
    public MmmPanel Generate() => MmmGenerator.Generate(_spec);

    /// <summary>Response curves of every channel (31 counterfactuals plus one for marginal ROAS), on the target shape only.</summary>
    [Benchmark]
    public double GenerateWithResponseCurves()
    {
        if (Shape != "100x260x10") return 0; // the large shape's curves take seconds a run; measured by hand in the README
        var panel = MmmGenerator.Generate(_spec);
        double sum = 0;
        foreach (var channel in panel.Truth.Channels) sum += channel.ResponseCurve[30].TotalContribution;
        return sum;
    }
}

/// <summary>The benchmark shapes: a mix of patterns, adstocks and saturations like the presets'.</summary>
public static class MmmBenchmarkSpecs
{
    public static MmmSpec Panel(int geos, int periods, int channels)
    {
        var builder = new MmmSpecBuilder().Seed(42).Periods(periods).Geos(geos);
        for (int i = 0; i < channels; i++)
        {
            int n = i;
            builder.Channel($"Channel{n:00}", c => (n % 4) switch
            {
                0 => c.BaseSpend(1_000 + 50 * n).Seasonal(0.3, 30 * (n % 12) + 1).Impressions(10).Geometric(0.5).Hill(0.5, 1.5).Beta(1_000),
                1 => c.BaseSpend(800 + 50 * n).LinearTrend(0.002).Clicks(1.5).Geometric(0.3).MichaelisMenten(0.5).Beta(800),
                2 => c.BaseSpend(600 + 50 * n).OnOff(0.3, 2, 5).Delayed(0.5, 1.5).Hill(0.4, 1.2).Beta(700),
                _ => c.BaseSpend(700 + 50 * n).DelayedStart(periods / 5, 4).WeibullCdf(1.5, 2.5).Logistic(3).Beta(900),
            });
        }
        return builder.Control("Price", 10, -50).Control("Distribution", 0.8, 500).Build();
    }
}
