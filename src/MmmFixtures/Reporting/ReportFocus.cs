using System;
using System.Collections.Generic;
using System.Linq;

namespace MmmFixtures.Reporting;

/// <summary>Resolves <see cref="ReportOptions.Focus"/> against the entities a report can focus on.</summary>
internal static class ReportFocus
{
    /// <summary>
    /// The index of the entity <paramref name="focus"/> names (ordinal, case-insensitive when unambiguous), or 0 when it is null.
    /// </summary>
    /// <param name="focus">The requested focus, or null for the first entity.</param>
    /// <param name="names">The entities' names, in order (at least one).</param>
    /// <param name="entity">What an entity is, e.g. <c>tenant</c>.</param>
    /// <exception cref="ArgumentException">No entity has that name: the message lists the choices.</exception>
    public static int Resolve(string? focus, IReadOnlyList<string> names, string entity)
    {
        if (focus is null) return 0;
        for (int i = 0; i < names.Count; i++)
            if (string.Equals(names[i], focus, StringComparison.Ordinal)) return i;
        var ignoringCase = Enumerable.Range(0, names.Count).Where(i => string.Equals(names[i], focus, StringComparison.OrdinalIgnoreCase)).ToArray();
        if (ignoringCase.Length == 1) return ignoringCase[0];
        throw new ArgumentException($"Unknown report focus '{focus}': choose a {entity} among {string.Join(", ", names)}.", "options");
    }
}
