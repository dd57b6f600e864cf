namespace MmmFixtures.Generators;

/// <summary>
/// Everything the commerce emitter needs about one fixture class, as plain equatable values. <c>Preset</c> is the
/// preset the spec starts from (null: <c>new CommerceSpec()</c>); <c>DeclaredTenants</c> is true when [Tenant]
/// attributes replace the preset's (or the default) tenants.
/// </summary>
internal sealed record CommerceFixtureModel(
    FixtureShape Shape,
    string? Preset,
    bool SeedIsSet,
    EquatableArray<Assignment> Dataset,
    EquatableArray<EntityModel> Tenants,
    bool DeclaredTenants,
    EquatableArray<DiagnosticInfo> Diagnostics) : FixtureModel(Shape, Diagnostics);
