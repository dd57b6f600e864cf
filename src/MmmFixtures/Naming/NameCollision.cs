using System;
using System.Collections.Generic;

namespace MmmFixtures.Naming;

/// <summary>How two entity names of one family collide.</summary>
internal enum NameCollisionKind
{
    /// <summary>The same name twice.</summary>
    Exact,
    /// <summary>Equal ignoring case (<c>Tv</c> and <c>TV</c>): the generated members would differ only by case.</summary>
    IgnoringCase,
    /// <summary>Different names with the same snake-case column (<c>PaidSearch</c> and <c>Paid_Search</c>).</summary>
    SnakeCase,
}

/// <summary>A later name (<see cref="Second"/>) that collides with an earlier one (<see cref="First"/>), by index.</summary>
internal readonly struct NameCollision
{
    public NameCollision(int first, int second, NameCollisionKind kind)
    {
        First = first;
        Second = second;
        Kind = kind;
    }

    public int First { get; }
    public int Second { get; }
    public NameCollisionKind Kind { get; }

    /// <summary>
    /// Every name that collides with an earlier one, paired with the first name it collides with. Null names
    /// are skipped (they are reported as invalid on their own). Shared source, linked into the generator.
    /// </summary>
    public static IReadOnlyList<NameCollision> Find(IReadOnlyList<string?> names)
    {
        var result = new List<NameCollision>();
        // Sized for every name at once: grown step by step, each table would copy its entries into new arrays several times (a spec may list thousands of geos).
        var exact = new Dictionary<string, int>(names.Count, StringComparer.Ordinal);
        var folded = new Dictionary<string, int>(names.Count, StringComparer.OrdinalIgnoreCase);
        var columns = new Dictionary<string, int>(names.Count, StringComparer.Ordinal);
        for (int i = 0; i < names.Count; i++)
        {
            string? name = names[i];
            if (name is null) continue;
            string column = EntityNames.ToSnakeCase(name);
            if (exact.TryGetValue(name, out int first)) result.Add(new NameCollision(first, i, NameCollisionKind.Exact));
            else if (folded.TryGetValue(name, out first)) result.Add(new NameCollision(first, i, NameCollisionKind.IgnoringCase));
            else if (columns.TryGetValue(column, out first)) result.Add(new NameCollision(first, i, NameCollisionKind.SnakeCase));
            else
            {
                exact[name] = i;
                folded[name] = i;
                columns[column] = i;
            }
        }
        return result;
    }

    /// <summary>
    /// The problem of every entity name of one scope (<c>personas</c>, <c>tenants</c>), by index: not an identifier or
    /// too long (<see cref="EntityNames.Problem"/>), or colliding with an earlier valid name. Shared source, linked into the generator.
    /// </summary>
    public static Dictionary<int, string> Problems(IReadOnlyList<string?> names, string scope)
    {
        var problems = new Dictionary<int, string>();
        var valid = new string?[names.Count];
        for (int i = 0; i < names.Count; i++)
        {
            if (EntityNames.Problem(names[i]) is { } problem) problems[i] = problem;
            else valid[i] = names[i];
        }
        foreach (var c in Find(valid)) problems[c.Second] = c.Requirement(scope, names[c.First]!);
        return problems;
    }

    /// <summary>
    /// Why the second name is refused, e.g. <c>must be unique among personas ignoring case (it equals persona 'TV')</c>;
    /// <paramref name="firstKind"/> (<c>channel</c>) names what the first name belongs to, when a scope mixes kinds.
    /// </summary>
    public string Requirement(string scope, string firstName, string? firstKind = null)
    {
        string first = firstKind is null ? $"'{firstName}'" : $"{firstKind} '{firstName}'";
        return Kind switch
        {
            NameCollisionKind.Exact => $"must be unique among {scope}",
            NameCollisionKind.IgnoringCase => $"must be unique among {scope} ignoring case (it equals {first})",
            _ => $"must be unique among {scope} (its column '{EntityNames.ToSnakeCase(firstName)}' is also {first}'s)",
        };
    }
}
