// In the root namespace, beside the attributes that take it: `using MmmFixtures;` is all an attribute block needs.
namespace MmmFixtures;

/// <summary>The exposure unit a channel reports next to its spend.</summary>
public enum MediaUnit
{
    /// <summary>Spend only.</summary>
    None,
    /// <summary>Impressions: <c>spend / cpm · 1000 · (1 + ν)</c>.</summary>
    Cpm,
    /// <summary>Clicks: <c>spend / cpc · (1 + ν)</c>.</summary>
    Cpc,
}
