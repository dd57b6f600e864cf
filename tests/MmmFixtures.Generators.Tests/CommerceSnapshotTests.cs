namespace MmmFixtures.Generators.Tests;

/// <summary>
/// The commerce family's generated sources and diagnostics, pinned as snapshots (Verify.SourceGenerators' layout).
/// Each test also proves that the output compiles without warnings, that neither the generator nor the analyzer
/// throws, and that the pipeline is fully cached on a rerun and after an unrelated edit.
/// </summary>
public class CommerceSnapshotTests
{
    private const string Class = nameof(CommerceSnapshotTests);

    [Fact]
    public async Task Commerce_fixture_with_tenants()
    {
        var (_, analyzer) = await GeneratorHarness.Verify("""
            using MmmFixtures;

            namespace Shop.Tests;

            [CommerceDataset(Seed = 11, StartDate = "2024-03-01", Days = 30)]
            [Tenant("Fashion", Category = CommerceCategory.Fashion, BaseRevenue = 5_000, TemperatureElasticity = 0.15, PrecipitationElasticity = -0.08,
                    WetAfterDry = 0.3, MetaBeta = 0.12, AverageOrderValue = 60)]
            [Tenant("Drinks", Category = CommerceCategory.Beverage, BaseRevenue = 3_500, TemperatureElasticity = -0.2, WarmestDay = 215, UtcOffsetHours = -5,
                    GoogleDailySpend = 150)]
            public partial class Shops;
            """, Class, nameof(Commerce_fixture_with_tenants));
        Assert.Empty(analyzer);
    }

    [Fact]
    public async Task Commerce_preset_gives_its_tenants_with_the_default_seed()
    {
        var (_, analyzer) = await GeneratorHarness.Verify("""
            using MmmFixtures;
            using MmmFixtures.Commerce;

            [CommerceDataset(Preset = CommercePreset.Small, Days = 14)]
            internal partial class SmallShops;
            """, Class, nameof(Commerce_preset_gives_its_tenants_with_the_default_seed), defaultSeed: "5");
        Assert.Empty(analyzer);
    }

    [Fact]
    public async Task Commerce_diagnostics_cover_ranges_names_enums_and_the_calendar()
    {
        var (result, _) = await GeneratorHarness.Verify("""
            using MmmFixtures;
            using MmmFixtures.Commerce;

            [CommerceDataset(Days = 0, StartDate = "2024-02-30")]
            [Tenant("Fashion", WetAfterDry = 1.5, TemperatureAnomalySd = -1, BaseRevenue = double.NaN)]
            [Tenant("fashion")]
            [Tenant("Truth")]
            [Tenant("Klaviyo")]
            [Tenant("Fashion")]
            [Tenant("Outdoor", Category = (CommerceCategory)9, AverageOrderValue = 0.01)]
            public partial class BadShops;

            [CommerceDataset(StartDate = "2200-12-01", Days = 60, Preset = (CommercePreset)(-1))]
            public partial class LateShops;

            [CommerceDataset]
            [MmmDataset]
            public partial class TwoDatasets;

            [CommerceDataset(Preset = CommercePreset.Default)]
            [Tenant("Only", BaseRevenue = 100)]
            public partial class Replaced;

            public static class Uses
            {
                // The members of broken fixtures exist, so their uses compile (no cascade of CS0117).
                public static double Sum() => BadShops.Instance.Truth.Fashion.TemperatureElasticity + (int)BadShops.Tenant.Outdoor
                    + LateShops.Instance.Truth.demo_tenant_4.BaseRevenue + Replaced.Instance.Rows(Replaced.Tenant.Only).Count;
            }
            """, Class, nameof(Commerce_diagnostics_cover_ranges_names_enums_and_the_calendar));
        var hints = result.Results.Single().GeneratedSources.Select(s => s.HintName).Order().ToArray();
        Assert.Equal(new[] { "BadShops.g.cs", "LateShops.g.cs", "Replaced.g.cs", "TwoDatasets.g.cs" }, hints);
    }
}
