namespace MmmFixtures.Generators.Tests;

/// <summary>
/// The generated sources and the diagnostics, pinned as snapshots in Verify.SourceGenerators' layout. Each test
/// also proves that the output compiles without warnings, that neither the generator nor the analyzer throws,
/// and that the pipeline is fully cached on a rerun and after an unrelated edit.
/// </summary>
public class GeneratorSnapshotTests
{
    private const string Class = nameof(GeneratorSnapshotTests);

    [Fact]
    public async Task Attribute_block_in_a_block_namespace()
    {
        var (_, analyzer) = await GeneratorHarness.Verify("""
            using MmmFixtures;
            using MmmFixtures.Mmm;

            namespace Retail.Tests
            {
                [MmmDataset(Seed = 42, Periods = 104, Geos = 3, StartDate = "2022-01-03", NoiseSd = 0.01, HierarchyBeta = 0.2)]
                [Channel("Tv", Pattern = SpendPattern.Seasonal, BaseSpend = 5_000, PeakDayOfYear = 330, MediaUnit = MediaUnit.Cpm, UnitCost = 12,
                         Adstock = AdstockKind.Geometric, AdstockAlpha = 0.6, Saturation = SaturationKind.Hill, HalfSaturation = 0.5, Beta = 2_000)]
                [Channel("Search", Pattern = SpendPattern.LinearTrend, BaseSpend = 3_000, SpendTrend = 0.005)]
                [Control("Price", BaseValue = 10, Effect = -150)]
                [Event("BlackFriday", Dates = new[] { "2022-11-21" }, Effect = 3_000)]
                [Event("Promo", ActivationProbability = 0.1, MaxActivePeriods = 2, Effect = 500)]
                public partial class RetailPanel { }
            }
            """, Class, nameof(Attribute_block_in_a_block_namespace));
        Assert.Empty(analyzer);
    }

    [Fact]
    public async Task Preset_in_a_file_scoped_namespace()
    {
        var (_, analyzer) = await GeneratorHarness.Verify("""
            using MmmFixtures;
            using MmmFixtures.Mmm;

            namespace Retail.Tests;

            [MmmDataset(Preset = MmmPreset.SmallBusiness, Seed = 7, Periods = 52)]
            internal partial class SmallPanel;
            """, Class, nameof(Preset_in_a_file_scoped_namespace));
        Assert.Empty(analyzer);
    }

    [Fact]
    public async Task Nested_partial_types_and_the_global_namespace_with_the_default_seed()
    {
        var (_, analyzer) = await GeneratorHarness.Verify("""
            using MmmFixtures;

            public partial class Outer
            {
                internal partial record Inner
                {
                    [MmmDataset(Periods = 20)]
                    [Channel("Radio")]
                    public partial class NestedPanel { }
                }
            }
            """, Class, nameof(Nested_partial_types_and_the_global_namespace_with_the_default_seed), defaultSeed: "99");
        Assert.Empty(analyzer);
    }

    [Fact]
    public async Task Clickstream_fixture_with_personas_and_categories()
    {
        var (_, analyzer) = await GeneratorHarness.Verify("""
            using MmmFixtures;

            namespace Shop.Tests;

            [ClickstreamDataset(Seed = 3, Users = 1_000, Days = 14, BotUserShare = 0.01)]
            [Persona("Window", Share = 0.7, PurchaseRate = 0.01)]
            [Persona("Loyal", Share = 0.3, SessionsPerWeek = 3, PurchaseRate = 0.2)]
            [Category("books", PriceMedian = 20)]
            public partial class ShopClicks;
            """, Class, nameof(Clickstream_fixture_with_personas_and_categories));
        Assert.Empty(analyzer);
    }

    [Fact]
    public async Task Diagnostics_name_the_argument_and_the_allowed_range()
    {
        var (result, _) = await GeneratorHarness.Verify("""
            using MmmFixtures;
            using MmmFixtures.Mmm;

            [MmmDataset(Periods = 0, StartDate = "2022-13-01")]
            [Channel("Tv", AdstockAlpha = 1.3, BaseSpend = -5)]
            [Channel("Tv")]
            [Channel("2Fast")]
            [Channel("Rows")]
            [Control("Price", Pattern = SpendPattern.Custom)]
            public partial class Broken;

            public class NotPartial
            {
                [MmmDataset]
                public partial class Inner;
            }

            [MmmDataset]
            public class Plain;

            [MmmDataset(Preset = MmmPreset.Basic)]
            [Channel("Extra")]
            public partial class PresetAndChannel;

            [MmmDataset]
            public partial class Generic<T>;
            """, Class, nameof(Diagnostics_name_the_argument_and_the_allowed_range), defaultSeed: "not-a-number");
        // Classes C# cannot extend get nothing; a class with bad names or values keeps its members.
        var hints = result.Results.Single().GeneratedSources.Select(s => s.HintName).ToArray();
        Assert.Equal(new[] { "Broken.g.cs", "PresetAndChannel.g.cs" }, hints.Order());
    }

    [Fact]
    public async Task Clickstream_diagnostics_cover_shares_funnels_and_names()
    {
        await GeneratorHarness.Verify("""
            using MmmFixtures;
            [ClickstreamDataset(Users = 0)]
            [Persona("Window", Share = 0.7)]
            [Persona("Loyal", Share = 0.2, SessionsPerWeek = 0, PurchaseRate = 0.3)]
            [Persona("Window", Share = 0.2)]
            [Persona("Persona", Share = 0)]
            [Category("a,b")]
            public partial class BadClicks;
            """, Class, nameof(Clickstream_diagnostics_cover_shares_funnels_and_names));
    }

    [Fact]
    public async Task Hostile_input_is_reported_on_its_fixture_and_every_other_fixture_still_generates()
    {
        string longName = new('A', 100_000);
        var (result, analyzer) = await GeneratorHarness.Verify($$"""
            using MmmFixtures;
            using MmmFixtures.Media;
            using MmmFixtures.Mmm;

            [MmmDataset(GeoNames = null)]
            [Event("Launch", Dates = null, Effect = 1)]
            public partial class NullArrays;

            [MmmDataset(Frequency = (Frequency)7)]
            [Channel("Tv", Pattern = (SpendPattern)(-1), Adstock = (AdstockKind)99)]
            public partial class UndefinedEnums;

            [MmmDataset]
            [ClickstreamDataset]
            public partial class TwoDatasets;

            [MmmDataset]
            [Channel("Tv")]
            [Channel("TV")]
            [Channel("PaidSearch")]
            [Control("Paid_Search")]
            public partial class CollidingColumns;

            [MmmDataset]
            [Channel("Télé")]
            [Channel("@class")]
            [Channel("{{longName}}")]
            [Channel("Radio")]
            public partial class BadNames;

            [MmmDataset(StartDate = "2024-01-03", Periods = 10)]
            [Event("NoDates", Effect = 1)]
            [Event("Late", Dates = new[] { "2030-01-01" })]
            [Event("Both", Dates = new[] { "2024-01-10" }, ActivationProbability = 0.5)]
            public partial class ConstantChecks;

            [MmmDataset(GeoNames = new[] { "north", "north" })]
            [Channel(null!)]
            public partial class DuplicateGeos;

            [ClickstreamDataset]
            [Persona("Buyer", Share = 0.5)]
            [Persona("BUYER", Share = 0.5, PurchaseRate = double.NaN)]
            public partial class CaseOnlyPersonas;

            [MmmDataset(Periods = 100000, Geos = 100000)]
            public partial class TooManyRows;

            [MmmDataset(Periods = 20000, Geos = 5000, Frequency = Frequency.Daily, StartDate = "1900-01-01")]
            [Channel("Tv")]
            [Channel("Radio")]
            [Channel("Search")]
            [Control("Price")]
            [Control("Weather")]
            public partial class TooManyValues;

            [ClickstreamDataset(Users = 50000000, Days = 3660)]
            public partial class TooManyUserDays;

            [MmmDataset(Periods = 12)]
            [Channel("Tv")]
            public partial class Healthy;

            public static class Uses
            {
                // The members of broken fixtures exist, so their uses compile (no cascade of CS0117).
                public static double Sum() => BadNames.Instance.Truth.Radio.TotalContribution + NullArrays.Instance.Rows[0].Y
                    + CollidingColumns.Instance.Rows[0].Tv + UndefinedEnums.Instance.Truth.Tv.TotalContribution + TwoDatasets.Instance.Rows.Count
                    + DuplicateGeos.Instance.Rows.Count + (int)CaseOnlyPersonas.Persona.Buyer;
            }
            """, Class, nameof(Hostile_input_is_reported_on_its_fixture_and_every_other_fixture_still_generates));
        var hints = result.Results.Single().GeneratedSources.Select(s => s.HintName).ToHashSet();
        Assert.Superset(new HashSet<string> { "Healthy.g.cs", "BadNames.g.cs", "NullArrays.g.cs", "CollidingColumns.g.cs", "UndefinedEnums.g.cs", "TwoDatasets.g.cs",
            "DuplicateGeos.g.cs", "CaseOnlyPersonas.g.cs", "ConstantChecks.g.cs" }, hints);
        Assert.All(analyzer, d => Assert.StartsWith("MMMF", d.Id));
        Assert.All(analyzer, d => Assert.True(d.GetMessage().Length < 1_000, d.Id + " carries the whole 100 000-character name"));
    }
}
