using MmmFixtures.Commerce;
using MmmFixtures.Families;

namespace MmmFixtures.Tests.Commerce;

public class CommerceFamilyTests
{
    [Fact]
    public void The_descriptor_names_its_presets_layouts_and_spec()
    {
        var family = DatasetFamilies.Find("Commerce");
        Assert.Same(CommerceFamily.Instance, family);
        Assert.Equal("commerce spec", family!.SpecName);
        Assert.Equal(typeof(CommerceSpec), family.SpecType);
        Assert.Equal(new[] { "Default", "Small", "Large" }, family.Presets.Select(p => p.Name));
        Assert.Equal("1 tenant × 90 days from 2024-01-01: demo_tenant_1 (Fashion)", family.FindPreset("small")!.Summary);
        Assert.Equal(new[] { "shopify", "fivetran", "google-ads", "klaviyo", "open-meteo" }, family.Layouts.Select(l => l.Name));
        Assert.All(family.Layouts, l => Assert.False(string.IsNullOrWhiteSpace(l.Description)));
    }

    [Fact]
    public void A_preset_takes_the_seed_it_is_given_and_nothing_else_changes()
    {
        var spec = CommerceFamily.Instance.Presets[0].Create(7);
        Assert.Equal(7UL, spec.Seed);
        Assert.Equal(CommerceSpecJson.Write(CommercePresets.Default with { Seed = 7 }), CommerceFamily.Instance.WriteSpec(spec));
    }

    [Fact]
    public void The_estimate_counts_rows_from_the_spec_alone()
    {
        // Small: one tenant, 90 days, two Meta and two Google campaigns, e-mail on 2/7 of the days.
        var spec = CommercePresets.Small;
        var files = CommerceFamily.Instance.Estimate(spec).Files.ToDictionary(f => f.Name);
        Assert.Equal(new[] { "daily_panel.csv", "truth_daily.csv", "truth.json" }, files.Keys.Take(3));
        Assert.Equal("manifest.json", files.Keys.Last());
        Assert.Equal(90, files["daily_panel.csv"].Rows);
        Assert.Equal(90, files["truth_daily.csv"].Rows);
        Assert.Equal(90, files["demo_tenant_1/weather_daily.csv"].Rows);
        Assert.Equal(180, files["demo_tenant_1/meta_ads.csv"].Rows);
        Assert.Equal(180, files["demo_tenant_1/google_ads.csv"].Rows);
        Assert.Equal(103, files["demo_tenant_1/klaviyo_events.csv"].Rows); // 4 metrics × 90 days × 2/7 = 102.9
        // 90 days × 5 000 / 80 orders × 1.6 lines = 9 000 at base demand; weekends, ads and e-mail lift it by 15 %.
        Assert.InRange(files["demo_tenant_1/orders.csv"].Rows!.Value, 9_000, 9_000 * 1.2);
        Assert.Null(files["truth.json"].Rows);
    }

    [Fact]
    public void The_estimate_grows_with_tenants_and_days()
    {
        var small = CommerceFamily.Instance.Estimate(CommercePresets.Small);
        var spec = CommercePresets.Small with { Days = 180, Tenants = new[] { CommercePresets.Small.Tenants[0], CommercePresets.Small.Tenants[0] with { Name = "second" } } };
        var larger = CommerceFamily.Instance.Estimate(spec);
        Assert.Equal(4 * small.Files.Single(f => f.Name == "daily_panel.csv").Rows, larger.Files.Single(f => f.Name == "daily_panel.csv").Rows);
        Assert.Equal(2 * small.Files.Single(f => f.Name == "demo_tenant_1/weather_daily.csv").Rows, larger.Files.Single(f => f.Name == "second/weather_daily.csv").Rows);
        Assert.InRange(larger.TotalBytes, 3.5 * small.TotalBytes, 4.5 * small.TotalBytes);
    }

    [Fact]
    public void The_largest_allowed_spec_is_estimated_without_overflow()
    {
        var tenant = CommercePresets.Small.Tenants[0] with { BaseRevenue = 1e9, Orders = CommercePresets.Small.Tenants[0].Orders with { AverageOrderValue = 1e4, LineItemsMean = 100, MaxLineItems = 100 } };
        var spec = new CommerceSpec { Days = 2_000, Tenants = Enumerable.Range(0, 10_000).Select(i => tenant with { Name = $"t{i}" }).ToArray() };
        Assert.Empty(CommerceFamily.Instance.Validate(spec));
        var estimate = CommerceFamily.Instance.Estimate(spec);
        Assert.InRange(estimate.TotalBytes, 1L << 40, long.MaxValue - 1);
        Assert.All(estimate.Files, f => Assert.True(f.Bytes > 0));
    }
}
