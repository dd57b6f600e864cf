namespace MmmFixtures.Generators;

/// <summary>Every family the generator and the analyzer know. Adding a family adds its folder and one line here.</summary>
internal static class FixtureFamilies
{
    public static readonly IFixtureFamily[] All =
    {
        MmmFamily.Registration,
        ClickstreamFamily.Registration,
        CommerceFamily.Registration,
    };

    /// <summary>True for a dataset attribute of any family (a class may carry only one).</summary>
    public static bool IsDatasetAttribute(string? metadataName) => All.Any(f => f.AttributeName == metadataName);
}
