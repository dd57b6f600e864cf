namespace MmmFixtures.Generators;

/// <summary>
/// Where an attribute property lands in the runtime spec: <c>{Group}.{Property}</c> (Group empty for the record
/// itself). Only the mapping lives in the generator; ranges, defaults and names come from the linked rule table.
/// </summary>
internal sealed record SpecTarget(string Group, string Property)
{
    /// <summary>
    /// A mapping table from groups of space-separated properties; <c>BaseSpend=Level</c> maps the attribute property
    /// BaseSpend to the spec property Level, a bare name keeps its name.
    /// </summary>
    public static IReadOnlyDictionary<string, SpecTarget> Table(params (string Group, string Properties)[] groups)
    {
        var table = new Dictionary<string, SpecTarget>(StringComparer.Ordinal);
        foreach (var (group, properties) in groups)
            foreach (string entry in properties.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries))
            {
                int equals = entry.IndexOf('=');
                table.Add(equals < 0 ? entry : entry.Substring(0, equals), new SpecTarget(group, equals < 0 ? entry : entry.Substring(equals + 1)));
            }
        return table;
    }
}
