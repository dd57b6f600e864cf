using Microsoft.CodeAnalysis.CSharp;
using MmmFixtures.Naming;

namespace MmmFixtures.Generators;

/// <summary>
/// Checks the names of one kind of entity that become generated members: the runtime's identifier rule
/// (linked from <c>Naming/EntityNames.cs</c>), not a C# keyword, short enough for metadata, not a generated
/// member's name, unique — by snake-case column where names become columns, as the runtime validator requires.
/// </summary>
internal sealed class EntityNameRules
{
    /// <summary>The longest name that still fits in metadata as a member (1024 bytes) with the compiler's backing-field decoration.</summary>
    public const int MaxLength = 512;

    private const int DisplayLength = 64;

    private readonly FixtureReader _reader;
    private readonly ISet<string> _reserved;
    private readonly bool _uniqueByColumn;
    private readonly string _role;
    private readonly Dictionary<string, string> _taken = new(StringComparer.Ordinal);

    public EntityNameRules(FixtureReader reader, ISet<string> reserved, bool uniqueByColumn, string role)
    {
        _reader = reader;
        _reserved = reserved;
        _uniqueByColumn = uniqueByColumn;
        _role = role;
    }

    /// <summary>True when <paramref name="name"/> can become a member; otherwise reports why at <paramref name="at"/>.</summary>
    public bool Accept(string name, SyntaxNode? at)
    {
        string shown = Display(name);
        if (!EntityNames.IsIdentifier(name) || SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None)
        {
            _reader.Report(Diagnostics.InvalidName, at, shown,
                $"is not an identifier of ASCII letters, digits and '_' (not starting with a digit, not a C# keyword); {_role}");
            return false;
        }
        if (name.Length > MaxLength)
        {
            _reader.Report(Diagnostics.InvalidName, at, shown, $"is {name.Length} characters long: a generated member allows at most {MaxLength}");
            return false;
        }
        if (_reserved.Contains(name) || name == _reader.Symbol.Name)
        {
            _reader.Report(Diagnostics.InvalidName, at, shown, "collides with a generated member; choose another name");
            return false;
        }
        string key = _uniqueByColumn ? EntityNames.ToSnakeCase(name) : name;
        if (_taken.TryGetValue(key, out string? other))
        {
            if (other == name) _reader.Report(Diagnostics.DuplicateName, at, shown);
            else _reader.Report(Diagnostics.ColumnCollision, at, shown, key, Display(other));
            return false;
        }
        _taken.Add(key, name);
        return true;
    }

    /// <summary>A name as messages show it: long names are cut, so one diagnostic never carries 100 000 characters.</summary>
    public static string Display(string name) => name.Length <= DisplayLength ? name : name.Substring(0, DisplayLength) + "…";
}
