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
            ["Collinear"] = (new[] { "Tv", "Radio", "Digital" }, new string[0]),
            ["LowSignal"] = (new[] { "Tv", "Digital", "Print" }, new string[0]),
            ["NeverSpends"] = (new[] { "Tv", "Digital", "Print", "Podcast" }, new string[0]),
            ["SeasonalConfounding"] = (new[] { "Tv", "Search", "Social" }, new string[0]),
            ["ShortHistory"] = (new[] { "Tv", "Digital", "Print" }, new string[0]),
            ["LongCarryover"] = (new[] { "Tv", "Digital", "Print" }, new string[0]),
            ["WrongSignal"] = (new[] { "Tv", "Display", "Search" }, new string[0]),
            ["Saturated"] = (new[] { "Tv", "Search", "Print" }, new string[0]),
        };

    private static IEnumerable<string> Numbered(string prefix, int count) => Enumerable.Range(1, count).Select(i => $"{prefix}{i:00}");
}
