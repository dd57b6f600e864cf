using System;

namespace MmmFixtures.Clickstream;

/// <summary>Ready-made clickstream sizes.</summary>
public enum ClickstreamPreset
{
    /// <summary>1 000 users, 200 items, 14 days (about 12 000 events): unit tests.</summary>
    Small,
    /// <summary>The spec's defaults: 10 000 users, 1 000 items, 28 days (about 240 000 events).</summary>
    Default,
    /// <summary>40 000 users, 5 000 items, 28 days (about a million events).</summary>
    Large,
}

/// <summary>The specs behind <see cref="ClickstreamPreset"/>.</summary>
public static class ClickstreamPresets
{
    /// <summary>The preset's spec with the given seed.</summary>
    public static ClickstreamSpec Get(ClickstreamPreset preset, ulong seed = 42) => preset switch
    {
        ClickstreamPreset.Small => new ClickstreamSpec { Seed = seed, Users = 1_000, Days = 14, Catalog = new CatalogSpec { Items = 200 } },
        ClickstreamPreset.Default => new ClickstreamSpec { Seed = seed },
        ClickstreamPreset.Large => new ClickstreamSpec { Seed = seed, Users = 40_000, Catalog = new CatalogSpec { Items = 5_000 } },
        _ => throw new ArgumentOutOfRangeException(nameof(preset), preset, "unknown preset"),
    };

    /// <summary>Parses a preset name (case-insensitive).</summary>
    public static bool TryParse(string name, out ClickstreamPreset preset) =>
        Enum.TryParse(name, ignoreCase: true, out preset) && Enum.IsDefined(typeof(ClickstreamPreset), preset);
}
