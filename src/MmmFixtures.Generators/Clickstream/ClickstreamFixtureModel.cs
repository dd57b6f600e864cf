namespace MmmFixtures.Generators;

/// <summary>Everything the clickstream emitter needs about one fixture class, as plain equatable values.</summary>
internal sealed record ClickstreamFixtureModel(
    FixtureShape Shape,
    bool SeedIsSet,
    EquatableArray<Assignment> Dataset,
    EquatableArray<EntityModel> Personas,
    bool DefaultPersonas,
    EquatableArray<EntityModel> Categories,
    EquatableArray<DiagnosticInfo> Diagnostics) : FixtureModel(Shape, Diagnostics);
