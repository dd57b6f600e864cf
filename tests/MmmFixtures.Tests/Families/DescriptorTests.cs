using MmmFixtures.Clickstream;
using MmmFixtures.Families;
using MmmFixtures.Mmm;
using MmmFixtures.Validation;

namespace MmmFixtures.Tests.Families;

/// <summary>The built-in descriptors and the registry: names, presets, JSON round trips, validation, typed checks, estimates.</summary>
public sealed class DescriptorTests
{
    [Fact]
    public void The_registry_lists_mmm_clickstream_and_commerce_and_finds_them_case_insensitively()
    {
        Assert.Equal(new[] { "mmm", "clickstream", "commerce" }, DatasetFamilies.BuiltIn.Select(f => f.Name));
        Assert.Same(MmmFamily.Instance, DatasetFamilies.Find("MMM"));
        Assert.Same(ClickstreamFamily.Instance, DatasetFamilies.Find("clickstream"));
        Assert.Same(MmmFixtures.Commerce.CommerceFamily.Instance, DatasetFamilies.Find("Commerce"));
        Assert.Null(DatasetFamilies.Find("weather"));
        Assert.Equal(typeof(MmmSpec), MmmFamily.Instance.SpecType);
    }

    [Fact]
    public void The_presets_are_the_enums_in_order()
    {
        Assert.Equal(Enum.GetNames<MmmPreset>(), MmmFamily.Instance.Presets.Select(p => p.Name));
        Assert.Equal(Enum.GetNames<ClickstreamPreset>(), ClickstreamFamily.Instance.Presets.Select(p => p.Name));
        Assert.Equal(MmmSpecJson.Write(MmmPresets.Get(MmmPreset.Seasonal, 7)), MmmFamily.Instance.WriteSpec(MmmFamily.Instance.Presets[1].Create(7)));
        Assert.Same(MmmFamily.Instance.Presets[1], MmmFamily.Instance.FindPreset("seasonal"));
        Assert.Null(MmmFamily.Instance.FindPreset("Huge"));
        Assert.Equal("1,000 users, 200 items, 14 days; personas Browser 70%, Researcher 25%, Buyer 5%", ClickstreamFamily.Instance.FindPreset("Small")!.Summary);
        Assert.Equal("52 weeks × 1 geo, 3 channels (Tv, Digital, Print), no controls", MmmFamily.Instance.FindPreset("Basic")!.Summary);
    }

    /// <summary>(family, preset) of every built-in preset.</summary>
    public static TheoryData<string, string> EveryPreset()
    {
        var data = new TheoryData<string, string>();
        foreach (var family in DatasetFamilies.BuiltIn)
            foreach (var preset in family.Presets) data.Add(family.Name, preset.Name);
        return data;
    }

    /// <summary>
    /// (family, preset) of every preset a unit test may export: all but commerce <c>Large</c> (100 tenants × 3 years,
    /// gigabytes of order lines), which the benchmark exports instead.
    /// </summary>
    public static TheoryData<string, string> EveryExportablePreset()
    {
        var data = new TheoryData<string, string>();
        foreach (var family in DatasetFamilies.BuiltIn)
            foreach (var preset in family.Presets.Where(p => !(family.Name == "commerce" && p.Name == "Large"))) data.Add(family.Name, preset.Name);
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryPreset))]
    public void Every_preset_is_valid_and_its_JSON_reads_back_with_the_seed(string familyName, string presetName)
    {
        var family = DatasetFamilies.Find(familyName)!;
        object spec = family.WithSeed(family.FindPreset(presetName)!.Create(1), 9);
        Assert.Empty(family.Validate(spec));
        string json = family.WriteSpec(spec);
        Assert.Contains("\"seed\": 9", json);
        Assert.Equal(json, family.WriteSpec(family.ReadSpec(json)));
    }

    [Fact]
    public void A_spec_of_another_family_is_an_argument_error_naming_both_types()
    {
        IDatasetFamily mmm = MmmFamily.Instance;
        var ex = Assert.Throws<ArgumentException>(() => mmm.Validate(ClickstreamPresets.Get(ClickstreamPreset.Small)));
        Assert.Contains("The mmm family takes a MmmSpec, not a ClickstreamSpec", ex.Message);
    }

    [Fact]
    public void ThrowIfInvalid_lists_every_problem()
    {
        var ex = Assert.Throws<SpecValidationException>(() => MmmFamily.Instance.ThrowIfInvalid(new MmmSpec { Periods = 0, NoiseSd = 2 }));
        Assert.StartsWith("Invalid MMM spec (2 problems):", ex.Message); // named as the family's own validator names it
        Assert.Contains("periods = 0: must be in [1, 100000]", ex.Message);
        Assert.Contains("noise.sd = 2", ex.Message);
    }

    [Fact]
    public void The_MMM_estimate_follows_its_formula()
    {
        // 10 periods × 3 geos of one-letter names, one channel without exposure: data rows are
        // date (10) + geo (1) + y and spend (2 × 17) + 4 separators = 49 bytes under the header "date,geo,y,x1_tv\n" (17).
        var spec = new MmmSpecBuilder().Periods(10).Geos("a", "b", "c").Channel("Tv", c => c.BaseSpend(100)).Build();
        var data = MmmFamily.Instance.Estimate(spec).Files.Single(f => f.Name == "data.csv");
        Assert.Equal(30, data.Rows);
        Assert.Equal(17 + 30 * 49, data.Bytes);
    }

    [Fact]
    public void Estimates_saturate_instead_of_overflowing()
    {
        Assert.Equal(long.MaxValue, OutputEstimate.Saturate(1e30));
        Assert.Equal(0, OutputEstimate.Saturate(double.NaN));
        Assert.Equal(3, OutputEstimate.Saturate(2.1));
        var total = new OutputEstimate(new[] { new FileEstimate("a", null, long.MaxValue), new FileEstimate("b", null, long.MaxValue) });
        Assert.Equal(long.MaxValue, total.TotalBytes);
    }

    [Fact]
    public void The_largest_allowed_clickstream_spec_is_estimated_in_petabytes_without_overflow()
    {
        var spec = new ClickstreamSpec
        {
            Users = 50_000_000, Days = 200, Catalog = new CatalogSpec { Items = 10_000_000 },
            Personas = new[] { new PersonaSpec("Heavy") { Share = 1, SessionsPerWeek = 500, ViewsPerSession = 1_000, ScrollRate = 1, CartRate = 1, RemoveRate = 1 } },
            Defects = new DefectSpec { DuplicateEventRate = 0.5, LateEventRate = 0.5, BotUserShare = 0.5 },
        };
        Assert.Empty(ClickstreamFamily.Instance.Validate(spec));
        var estimate = ClickstreamFamily.Instance.Estimate(spec);
        Assert.InRange(estimate.TotalBytes, 1L << 50, long.MaxValue - 1);
        Assert.All(estimate.Files, f => Assert.True(f.Bytes > 0));
    }
}
