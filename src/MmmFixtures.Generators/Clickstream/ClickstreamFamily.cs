namespace MmmFixtures.Generators;

/// <summary>The clickstream family's registration: <c>[ClickstreamDataset]</c> classes, read by <see cref="ClickstreamModelBuilder"/>, written by <see cref="ClickstreamFixtureEmitter"/>.</summary>
internal static class ClickstreamFamily
{
    public static readonly FixtureFamily<ClickstreamFixtureModel> Registration =
        new("Clickstream", "MmmFixtures.ClickstreamDatasetAttribute", ClickstreamModelBuilder.Build, new ClickstreamFixtureEmitter());
}
