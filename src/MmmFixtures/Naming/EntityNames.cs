using System.Text;

namespace MmmFixtures.Naming;

/// <summary>
/// Rules every family applies to entity names: C# identifiers in specs, lower snake case in CSV columns.
/// Shared source: compiled into the runtime and linked into the generator (no runtime types here).
/// </summary>
internal static class EntityNames
{
    /// <summary>The requirement an entity name that is not an identifier breaks.</summary>
    public const string IdentifierRequirement = "must be an identifier: ASCII letters, digits and '_', not starting with a digit";

    /// <summary>True for a name that is a valid C# identifier of ASCII letters, digits and underscores (not starting with a digit).</summary>
    public static bool IsIdentifier(string? name)
    {
        if (string.IsNullOrEmpty(name)) return false;
        if (!(IsAsciiLetter(name![0]) || name[0] == '_')) return false;
        foreach (char c in name)
            if (!(IsAsciiLetter(c) || (c >= '0' && c <= '9') || c == '_')) return false;
        return true;
    }

    /// <summary>What is wrong with <paramref name="name"/> as an entity name (identifier, at most <see cref="Rules.NameRules.Length"/> characters), or null.</summary>
    public static string? Problem(string? name)
    {
        if (!IsIdentifier(name)) return IdentifierRequirement;
        return Rules.NameRules.Length.Range.Contains(name!.Length) ? null : Rules.NameRules.LengthRequirement;
    }

    /// <summary>The requirement a value name (a geo's, a category's) breaks when it is not clean text.</summary>
    public const string ValueNameRequirement = "must be non-empty text without surrounding spaces, commas, quotes or line breaks";

    private static readonly char[] CsvBreaking = { ',', '"', '\n', '\r' };

    /// <summary>
    /// What is wrong with <paramref name="name"/> as a value name, or null. Geo and category names are values, not
    /// members: any text a CSV cell holds unquoted and a reader does not trim, of at most <see cref="Rules.NameRules.Length"/> characters.
    /// </summary>
    public static string? ValueNameProblem(string? name)
    {
        if (string.IsNullOrWhiteSpace(name) || name!.Trim() != name || name.IndexOfAny(CsvBreaking) >= 0) return ValueNameRequirement;
        return Rules.NameRules.Length.Range.Contains(name.Length) ? null : Rules.NameRules.LengthRequirement;
    }

    /// <summary>
    /// The canonical column form of a name: <c>PaidSearch</c> → <c>paid_search</c>, <c>TV2Spend</c> → <c>tv2_spend</c>.
    /// A word boundary is a lower-case letter or digit followed by an upper-case letter, or an acronym's end.
    /// </summary>
    public static string ToSnakeCase(string name)
    {
        var sb = new StringBuilder(name.Length + 4);
        for (int i = 0; i < name.Length; i++)
        {
            char c = name[i];
            if (char.IsUpper(c))
            {
                bool previousIsLowerOrDigit = i > 0 && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]));
                bool acronymEnds = i > 0 && char.IsUpper(name[i - 1]) && i + 1 < name.Length && char.IsLower(name[i + 1]);
                if ((previousIsLowerOrDigit || acronymEnds) && sb.Length > 0 && sb[sb.Length - 1] != '_') sb.Append('_');
                sb.Append(char.ToLowerInvariant(c));
            }
            else
            {
                sb.Append(c);
            }
        }
        return sb.ToString();
    }

    private static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
