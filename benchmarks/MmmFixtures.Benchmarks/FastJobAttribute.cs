using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;

namespace MmmFixtures.Benchmarks;

/// <summary>A short but stable job for 2-core CI-sized machines: one process, 3 warm-ups, 8 measured iterations.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class FastJobAttribute : Attribute, IConfigSource
{
    public IConfig Config { get; } = ManualConfig.CreateEmpty()
        .AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(8));
}
