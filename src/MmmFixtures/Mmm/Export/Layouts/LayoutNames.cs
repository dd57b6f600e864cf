using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using MmmFixtures.Naming;

namespace MmmFixtures.Mmm;

/// <summary>
/// Column and file names of a layout. A name a consumer reserves (or one already taken in the table) gets a suffix
/// instead of colliding; scripts read the exact column lists from the layout's JSON, never guess them by prefix.
/// </summary>
internal sealed class LayoutNames
{
    private readonly HashSet<string> _taken;

    /// <summary>Names for one table whose consumer reserves <paramref name="reserved"/> (compared case-insensitively, as R and pandas users type them).</summary>
    public LayoutNames(IEnumerable<string> reserved) => _taken = new HashSet<string>(reserved, StringComparer.OrdinalIgnoreCase);

    /// <summary>Takes <paramref name="name"/> for a column the consumer defines itself (e.g. <c>kpi</c>, <c>date</c>).</summary>
    public string Fixed(string name)
    {
        _taken.Add(name);
        return name;
    }

    /// <summary><paramref name="name"/>, or <c>{name}_{role}</c> (then numbered) when it is reserved or taken.</summary>
    public string Take(string name, string role)
    {
        string candidate = name;
        for (int i = 2; !_taken.Add(candidate); i++) candidate = i == 2 ? $"{name}_{role}" : $"{name}_{role}{i - 1}";
        return candidate;
    }

    /// <summary>The snake-case column form of an entity's name.</summary>
    public static string Snake(string name) => EntityNames.ToSnakeCase(name);

    /// <summary>
    /// A file name (without extension) per geo: its name with every character but ASCII letters, digits, '-' and '_'
    /// replaced by '_', numbered when two would clash on a case-insensitive file system.
    /// </summary>
    public static string[] GeoFiles(IReadOnlyList<string> geos)
    {
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var files = new string[geos.Count];
        for (int g = 0; g < geos.Count; g++)
        {
            var safe = new StringBuilder(geos[g].Length);
            foreach (char c in geos[g]) safe.Append(c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-' or '_' ? c : '_');
            string name = safe.ToString();
            for (int i = 2; !taken.Add(name); i++) name = $"{safe}_{i}";
            files[g] = name;
        }
        return files;
    }
}
