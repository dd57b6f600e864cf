using System;
using System.Collections.Generic;
using System.Linq;
using MmmFixtures.Clickstream;
using MmmFixtures.Commerce;
using MmmFixtures.Mmm;

namespace MmmFixtures.Families;

/// <summary>The built-in dataset families: the one list a new family adds itself to.</summary>
public static class DatasetFamilies
{
    /// <summary>The seed a preset gets when none is given.</summary>
    public const ulong DefaultSeed = 42;

    /// <summary>Every built-in family, in the order the CLI lists them.</summary>
    public static IReadOnlyList<IDatasetFamily> BuiltIn { get; } = new IDatasetFamily[]
    {
        MmmFamily.Instance,
        ClickstreamFamily.Instance,
        CommerceFamily.Instance,
    };

    /// <summary>The built-in family named <paramref name="name"/> (case-insensitive), or null.</summary>
    public static IDatasetFamily? Find(string name) =>
        BuiltIn.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));
}
