namespace MmmFixtures.Generators;

/// <summary>
/// Where an attribute property lands in the runtime spec: <c>{Group}.{Property}</c> (Group empty for the record
/// itself). Only the mapping lives in the generator; ranges, defaults and names come from the linked rule table.
/// </summary>
internal sealed record SpecTarget(string Group, string Property);
