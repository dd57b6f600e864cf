namespace MmmFixtures.Generators;

/// <summary>Everything the MMM emitter needs about one fixture class, as plain equatable values.</summary>
internal sealed record MmmFixtureModel(
    FixtureShape Shape,
    string? Preset,
    bool SeedIsSet,
    EquatableArray<Assignment> Dataset,
    EquatableArray<EntityModel> Channels,
    EquatableArray<EntityModel> Controls,
    EquatableArray<EntityModel> Events,
    EquatableArray<DiagnosticInfo> Diagnostics) : FixtureModel(Shape, Diagnostics);
