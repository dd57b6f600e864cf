namespace MmmFixtures.Generators;

/// <summary>The MMM family's registration: <c>[MmmDataset]</c> classes, read by <see cref="MmmModelBuilder"/>, written by <see cref="MmmFixtureEmitter"/>.</summary>
internal static class MmmFamily
{
    public static readonly FixtureFamily<MmmFixtureModel> Registration =
        new("Mmm", "MmmFixtures.MmmDatasetAttribute", MmmModelBuilder.Build, new MmmFixtureEmitter());
}
