using BenchmarkDotNet.Attributes;
using MmmFixtures.Clickstream;

namespace MmmFixtures.Benchmarks;

/// <summary>Clickstream generation of the default spec (about 240 000 events): in memory, and streamed.</summary>
[FastJob]
[MemoryDiagnoser]
public class ClickstreamBenchmarks
{
    private readonly ClickstreamSpec _spec = new() { Seed = 42 };

    [Benchmark]
    public int GenerateInMemory() => ClickstreamGenerator.Generate(_spec).Events.Count;

    [Benchmark]
    public long Stream()
    {
        long count = 0;
        foreach (var _ in ClickstreamGenerator.StreamEvents(_spec)) count++;
        return count;
    }
}
