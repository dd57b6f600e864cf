using System.Collections.Generic;
using System.Linq;

namespace MmmFixtures.Rules;

/// <summary>Every family's field rules in one table, looked up by attribute property or by path.</summary>
internal static class RuleTable
{
    /// <summary>All rules of all families.</summary>
    public static readonly IReadOnlyList<FieldRule> All = MmmRules.All.Concat(ClickstreamRules.All).Concat(CommerceRules.All).ToArray();

    private static readonly Dictionary<string, FieldRule> ByAttribute =
        All.Where(r => r.Attribute is not null).ToDictionary(r => r.Attribute!);

    private static readonly Dictionary<string, FieldRule> ByPath = All.GroupBy(r => r.Path).ToDictionary(g => g.Key, g => g.First());

    /// <summary>
    /// The rule of the field at a JSON path with its indices (<c>channels[2].adstock.maxLag</c>), or null. Families' paths
    /// do not overlap; when a path is shared (a count that two rules describe), the first declared wins.
    /// </summary>
    public static FieldRule? ForPath(string path)
    {
        var generic = new System.Text.StringBuilder(path.Length);
        for (int i = 0; i < path.Length; i++)
        {
            generic.Append(path[i]);
            if (path[i] != '[') continue;
            while (i + 1 < path.Length && path[i + 1] >= '0' && path[i + 1] <= '9') i++;
        }
        return ByPath.TryGetValue(generic.ToString(), out var rule) ? rule : null;
    }

    /// <summary>The rule set by <c>[attribute(property = …)]</c>, e.g. (<c>Channel</c>, <c>AdstockAlpha</c>), or null.</summary>
    public static FieldRule? ForAttribute(string attribute, string property) =>
        ByAttribute.TryGetValue(attribute + "." + property, out var rule) ? rule : null;
}
