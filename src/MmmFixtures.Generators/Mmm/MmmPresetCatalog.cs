namespace MmmFixtures.Generators;

/// <summary>
/// The entity names of each preset, known at build time so a preset fixture gets the same typed surface as
/// a hand-declared one. A test checks this table against the runtime's MmmPresets.
/// </summary>
internal static class PresetCatalog
{
    public static readonly IReadOnlyDictionary<string, (string[] Channels, string[] Controls)> Presets =
        new Dictionary<string, (string[], string[])>
        {
            ["Basic"] = (new[] { "Tv", "Digital", "Print" }, new string[0]),
            ["Seasonal"] = (new[] { "Tv", "Digital", "Radio" }, new string[0]),
            ["MultiRegion"] = (new[] { "Tv", "Digital", "Radio" }, new string[0]),
            ["SmallBusiness"] = (new[] { "Search", "Social", "LocalAds", "Email" }, new[] { "Event", "Sale" }),
            ["GrowingBusiness"] = (new[] { "Tv", "Search", "Social", "Display", "Video", "Email" }, new[] { "Price", "Promotion" }),
            ["MediumBusiness"] = (new[] { "Tv", "Radio", "Search", "Social", "Display", "Video", "Video2", "Affiliate" },
                new[] { "Price", "Promotion", "CompetitorSpend", "Distribution" }),
            ["LargeBusiness"] = (
                Numbered("Linear", 10).Concat(Numbered("Delayed", 5)).Concat(Numbered("Seasonal", 5)).Concat(Numbered("Flighted", 10)).ToArray(),
                Numbered("Control", 10).ToArray()),
        };

    private static IEnumerable<string> Numbered(string prefix, int count) => Enumerable.Range(1, count).Select(i => $"{prefix}{i:00}");
}
