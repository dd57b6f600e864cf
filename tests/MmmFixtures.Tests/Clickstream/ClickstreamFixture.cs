using MmmFixtures.Clickstream;

namespace MmmFixtures.Tests.Clickstream;

/// <summary>The default-spec dataset, generated once for the tests that only read it.</summary>
public sealed class DefaultClickstream
{
    public ClickstreamDataset Data { get; } = ClickstreamGenerator.Generate(new ClickstreamSpec { Seed = 42 });
}
