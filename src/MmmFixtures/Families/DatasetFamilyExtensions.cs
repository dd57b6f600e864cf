using System;
using System.Linq;
using MmmFixtures.Validation;

namespace MmmFixtures.Families;

/// <summary>What every family does the same way on top of its descriptor.</summary>
public static class DatasetFamilyExtensions
{
    /// <summary>The preset named <paramref name="name"/> (case-insensitive), or null.</summary>
    public static IDatasetPreset? FindPreset(this IDatasetFamily family, string name)
    {
        if (family is null) throw new ArgumentNullException(nameof(family));
        return family.Presets.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Throws a <see cref="SpecValidationException"/> listing every problem of <paramref name="spec"/>, if there are any.</summary>
    public static void ThrowIfInvalid(this IDatasetFamily family, object spec)
    {
        if (family is null) throw new ArgumentNullException(nameof(family));
        var errors = family.Validate(spec);
        if (errors.Count > 0) throw new SpecValidationException(family.SpecName, errors);
    }

    /// <summary>Reads a spec file of at most <see cref="SpecFile.MaxBytes"/> (see <see cref="SpecFile.ReadText"/>).</summary>
    public static object ReadSpecFile(this IDatasetFamily family, string path)
    {
        if (family is null) throw new ArgumentNullException(nameof(family));
        return family.ReadSpec(SpecFile.ReadText(path));
    }
}
