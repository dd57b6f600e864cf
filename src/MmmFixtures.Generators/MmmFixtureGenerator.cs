namespace MmmFixtures.Generators;

/// <summary>
/// Turns every class marked with a family's dataset attribute (<c>[MmmDataset]</c>, <c>[ClickstreamDataset]</c>)
/// into a typed fixture. The pipeline carries only equatable models, so editing unrelated code regenerates
/// nothing; every step has a tracking name for the caching tests.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class MmmFixtureGenerator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var defaultSeed = DefaultSeed.Register(context);
        var reports = ReportRenderer.Register(context);
        foreach (var family in FixtureFamilies.All) family.Register(context, defaultSeed, reports);
    }
}
