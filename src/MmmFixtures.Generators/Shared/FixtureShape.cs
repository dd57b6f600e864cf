namespace MmmFixtures.Generators;

/// <summary>Where a fixture class is declared and what its generated file is called, as plain values.</summary>
internal sealed record FixtureShape(string HintName, string? Namespace, EquatableArray<ContainingTypeModel> ContainingTypes, string ClassName);
