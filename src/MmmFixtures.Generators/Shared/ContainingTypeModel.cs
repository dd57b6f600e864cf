namespace MmmFixtures.Generators;

/// <summary>A type that encloses the fixture class: its keyword (class, struct, record) and name.</summary>
internal sealed record ContainingTypeModel(string Keyword, string Name);
