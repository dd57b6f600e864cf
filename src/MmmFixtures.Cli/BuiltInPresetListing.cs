namespace MmmFixtures.Cli;

/// <summary>
/// The built-in families' presets as <c>presets</c> lists them (family, preset, summary), written out so that listing them
/// builds no spec: a summary is computed from its preset's spec, and building all 21 specs to describe them costs a
/// quarter of the command's start-up. A test compares these rows with the summaries computed from the specs, so a
/// preset that changes without its row here fails the build.
/// </summary>
internal static class BuiltInPresetListing
{
    /// <summary>One row per built-in preset, in <see cref="MmmFixtures.Families.DatasetFamilies.BuiltIn"/>'s order.</summary>
    public static readonly string[][] Rows =
    {
        new[] { "mmm", "Basic", "52 weeks × 1 geo, 3 channels (Tv, Digital, Print), no controls" },
        new[] { "mmm", "Seasonal", "104 weeks × 1 geo, 3 channels (Tv, Digital, Radio), no controls" },
        new[] { "mmm", "MultiRegion", "78 weeks × 4 geos, 3 channels (Tv, Digital, Radio), no controls" },
        new[] { "mmm", "SmallBusiness", "104 weeks × 1 geo, 4 channels (Search, Social, LocalAds, Email), 2 controls" },
        new[] { "mmm", "GrowingBusiness", "131 weeks × 2 geos, 6 channels (Tv, Search, Social, Display, Video, Email), 2 controls" },
        new[] { "mmm", "MediumBusiness", "156 weeks × 8 geos, 8 channels (Tv, Radio, Search, Social, Display, Video, Video2, Affiliate), 4 controls" },
        new[] { "mmm", "LargeBusiness", "208 weeks × 50 geos, 30 channels (Linear01, Linear02, Linear03, Linear04, Linear05, Linear06,…), 10 controls" },
        new[] { "mmm", "Collinear", "104 weeks × 1 geo, 3 channels (Tv, Radio, Digital), no controls; pathology: Collinear" },
        new[] { "mmm", "LowSignal", "104 weeks × 1 geo, 3 channels (Tv, Digital, Print), no controls; pathology: LowSignal" },
        new[] { "mmm", "NeverSpends", "104 weeks × 1 geo, 4 channels (Tv, Digital, Print, Podcast), no controls; pathology: NeverSpends" },
        new[] { "mmm", "SeasonalConfounding", "104 weeks × 1 geo, 3 channels (Tv, Search, Social), no controls; pathology: SeasonalConfounding" },
        new[] { "mmm", "ShortHistory", "26 weeks × 1 geo, 3 channels (Tv, Digital, Print), no controls; pathology: ShortHistory" },
        new[] { "mmm", "LongCarryover", "156 weeks × 1 geo, 3 channels (Tv, Digital, Print), no controls; pathology: LongCarryover" },
        new[] { "mmm", "WrongSignal", "104 weeks × 1 geo, 3 channels (Tv, Display, Search), no controls; pathology: WrongSignal" },
        new[] { "mmm", "Saturated", "104 weeks × 1 geo, 3 channels (Tv, Search, Print), no controls; pathology: Saturated" },
        new[] { "clickstream", "Small", "1,000 users, 200 items, 14 days; personas Browser 70%, Researcher 25%, Buyer 5%" },
        new[] { "clickstream", "Default", "10,000 users, 1,000 items, 28 days; personas Browser 70%, Researcher 25%, Buyer 5%" },
        new[] { "clickstream", "Large", "40,000 users, 5,000 items, 28 days; personas Browser 70%, Researcher 25%, Buyer 5%" },
        new[] { "commerce", "Default", "4 tenants × 366 days from 2024-01-01: demo_tenant_1 (Fashion), demo_tenant_2 (Outdoor), demo_tenant_3 (Home…" },
        new[] { "commerce", "Small", "1 tenant × 90 days from 2024-01-01: demo_tenant_1 (Fashion)" },
        new[] { "commerce", "Large", "100 tenants × 1,096 days from 2022-01-01: tenant_001 (Fashion), tenant_002 (Outdoor), tenant_003 (HomeAndGarden…" },
    };
}
