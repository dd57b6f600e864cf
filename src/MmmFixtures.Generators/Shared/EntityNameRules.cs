using Microsoft.CodeAnalysis.CSharp;
using MmmFixtures.Naming;
using MmmFixtures.Rules;

namespace MmmFixtures.Generators;

/// <summary>
/// Checks the names of one kind of entity that become generated members, with the runtime's rules linked from
/// <c>Naming/</c> and <c>Rules/</c>: an ASCII identifier (<c>EntityNames.IsIdentifier</c>), not a C# keyword, at most
/// <c>NameRules.Length</c> characters, not a generated member's name, and colliding with no earlier name — exactly,
/// ignoring case, or by snake-case column (<c>NameCollision.Find</c>).
/// </summary>
internal sealed class EntityNameRules
{
    private const int DisplayLength = 64;

    private readonly FixtureReader _reader;
    private readonly ISet<string> _reserved;
    private readonly string _scope;
    private readonly string _role;
    private readonly List<string?> _names = new();

    /// <param name="reader">Where problems are reported.</param>
    /// <param name="reserved">Names the generated code uses itself.</param>
    /// <param name="scope">The names that must differ, as the runtime says it (<c>channels, controls and events</c>).</param>
    /// <param name="role">What the names become, for the invalid-identifier message.</param>
    public EntityNameRules(FixtureReader reader, ISet<string> reserved, string scope, string role)
    {
        _reader = reader;
        _reserved = reserved;
        _scope = scope;
        _role = role;
    }

    /// <summary>True when <paramref name="name"/> can become a member; otherwise reports why at <paramref name="at"/>.</summary>
    public bool Accept(string name, SyntaxNode? at)
    {
        string shown = Display(name);
        if (!EntityNames.IsIdentifier(name) || SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None)
            return Refuse(at, shown, $"is not an identifier of ASCII letters, digits and '_' (not starting with a digit, not a C# keyword); {_role}");
        if (!NameRules.Length.Range.Contains(name.Length))
            return Refuse(at, shown, NameRules.LengthRequirement);
        if (_reserved.Contains(name) || name == _reader.Symbol.Name)
            return Refuse(at, shown, "collides with a generated member; choose another name");
        _names.Add(name);
        int last = _names.Count - 1;
        var found = NameCollision.Find(_names).Where(c => c.Second == last).ToList();
        if (found.Count == 0) return true;
        var collision = found[0];
        _names[last] = null; // refused names do not collide with later ones
        string first = _names[collision.First]!;
        if (collision.Kind == NameCollisionKind.Exact) _reader.Report(Diagnostics.DuplicateName, at, shown);
        else _reader.Report(Diagnostics.CollidingName, at, shown, collision.Requirement(_scope, Display(first)));
        return false;
    }

    private bool Refuse(SyntaxNode? at, string shown, string why)
    {
        _reader.Report(Diagnostics.InvalidName, at, shown, why);
        return false;
    }

    /// <summary>A name as messages show it: long names are cut, so one diagnostic never carries 100 000 characters.</summary>
    public static string Display(string name) => name.Length <= DisplayLength ? name : name.Substring(0, DisplayLength) + "…";
}
