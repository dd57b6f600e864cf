using System.Collections.Generic;
using System.Linq;

namespace MmmFixtures.Rules;

/// <summary>Every family's field rules in one table, looked up by attribute property or by path.</summary>
internal static class RuleTable
{
    /// <summary>All rules of all families.</summary>
    public static readonly IReadOnlyList<FieldRule> All = MmmRules.All.Concat(ClickstreamRules.All).ToArray();

    private static readonly Dictionary<string, FieldRule> ByAttribute =
        All.Where(r => r.Attribute is not null).ToDictionary(r => r.Attribute!);

    /// <summary>The rule set by <c>[attribute(property = …)]</c>, e.g. (<c>Channel</c>, <c>AdstockAlpha</c>), or null.</summary>
    public static FieldRule? ForAttribute(string attribute, string property) =>
        ByAttribute.TryGetValue(attribute + "." + property, out var rule) ? rule : null;
}
