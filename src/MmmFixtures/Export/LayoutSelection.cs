using System;
using System.Collections.Generic;
using System.Linq;
using MmmFixtures.Families;

namespace MmmFixtures.Export;

/// <summary>Checks the layouts an export asks for (<see cref="DatasetExportOptions.Layouts"/>) against those a family writes.</summary>
public static class LayoutSelection
{
    /// <summary>
    /// The requested layouts in the family's order, each once; throws one <see cref="ExportOptionsException"/> naming every
    /// unknown name and listing <paramref name="family"/>'s layouts.
    /// </summary>
    /// <param name="family">The family's name, for the message.</param>
    /// <param name="known">The layouts the family writes (<see cref="IDatasetFamily.Layouts"/>).</param>
    /// <param name="requested">The names asked for (case-sensitive, as listed).</param>
    public static IReadOnlyList<ExportLayout> Resolve(string family, IReadOnlyList<ExportLayout> known, IEnumerable<string> requested)
    {
        if (known is null) throw new ArgumentNullException(nameof(known));
        if (requested is null) throw new ArgumentNullException(nameof(requested));
        var names = requested.ToArray();
        if (names.Length == 0) return Array.Empty<ExportLayout>();
        if (UnknownProblem(family, known, names) is string problem) throw new ExportOptionsException(problem);
        return known.Where(l => names.Contains(l.Name)).ToArray();
    }

    /// <summary>
    /// The message naming every name of <paramref name="requested"/> that is not one of <paramref name="known"/> and
    /// listing the family's layouts (e.g. <c>Unknown layout 'shopify'; mmm layouts: meridian, pymc, robyn.</c>), or null.
    /// </summary>
    public static string? UnknownProblem(string family, IReadOnlyList<ExportLayout> known, IReadOnlyList<string> requested)
    {
        if (requested is null) throw new ArgumentNullException(nameof(requested));
        if (requested.Count == 0) return null; // the common case, answered without building the query
        var unknown = requested.Where(n => known.All(l => l.Name != n)).Distinct().ToArray();
        if (unknown.Length == 0) return null;
        string available = known.Count == 0 ? $"{family} has no layouts" : $"{family} layouts: {string.Join(", ", known.Select(l => l.Name))}";
        return $"Unknown layout{(unknown.Length > 1 ? "s" : "")} {string.Join(", ", unknown.Select(n => $"'{n}'"))}; {available}.";
    }
}
