namespace MmmFixtures.Generators;

/// <summary>One spec property to set: <c>{Group}.{Property} = {Literal}</c> (Group empty for the record itself).</summary>
internal sealed record Assignment(string Group, string Property, string Literal);
