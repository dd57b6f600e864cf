namespace MmmFixtures.Generators;

/// <summary>The commerce family's registration: <c>[CommerceDataset]</c> classes, read by <see cref="CommerceModelBuilder"/>, written by <see cref="CommerceFixtureEmitter"/>.</summary>
internal static class CommerceFamily
{
    public static readonly FixtureFamily<CommerceFixtureModel> Registration =
        new("Commerce", "MmmFixtures.CommerceDatasetAttribute", CommerceModelBuilder.Build, new CommerceFixtureEmitter());
}
