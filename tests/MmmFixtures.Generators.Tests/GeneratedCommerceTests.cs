using MmmFixtures.Commerce;

namespace MmmFixtures.Generators.Tests;

[CommerceDataset(Seed = 9, StartDate = "2024-05-01", Days = 21)]
[Tenant("Fashion", Category = CommerceCategory.Fashion, BaseRevenue = 5_000, TemperatureElasticity = 0.15, PrecipitationElasticity = -0.08, WetAfterWet = 0.5)]
[Tenant("Drinks", Category = CommerceCategory.Beverage, BaseRevenue = 3_500, TemperatureElasticity = -0.2, MeanTemperature = 24, EmailBeta = 0.03,
        AverageOrderValue = 40, MetaDailySpend = 300)]
public partial class WeatherShops;

[CommerceDataset(Preset = CommercePreset.Small, Days = 10)]
public partial class SmallShops;

/// <summary>A generated commerce fixture returns exactly the runtime API's data, with tenants, rows and truth typed.</summary>
public class GeneratedCommerceTests
{
    private static CommerceSpec WeatherShopsByHand() => new()
    {
        Seed = 9, StartDate = new DateTime(2024, 5, 1), Days = 21,
        Tenants = new[]
        {
            new TenantSpec("Fashion")
            {
                Category = CommerceCategory.Fashion, BaseRevenue = 5_000, TemperatureElasticity = 0.15, PrecipitationElasticity = -0.08,
                Weather = new WeatherSpec { WetAfterWet = 0.5 },
            },
            new TenantSpec("Drinks")
            {
                Category = CommerceCategory.Beverage, BaseRevenue = 3_500, TemperatureElasticity = -0.2,
                Weather = new WeatherSpec { MeanTemperature = 24 }, Email = new EmailSpec { Beta = 0.03 }, Orders = new OrderSpec { AverageOrderValue = 40 },
                Meta = AdPlatformSpec.MetaDefault with { Campaigns = AdPlatformSpec.MetaDefault.Campaigns.Select(c => c with { DailySpend = 300 }).ToArray() },
            },
        },
    };

    [Fact]
    public void Attribute_fixture_equals_the_runtime_api_with_typed_tenants_rows_and_truth()
    {
        var fixture = WeatherShops.Instance;
        var data = CommerceGenerator.Generate(WeatherShopsByHand());
        Assert.Equal(new[] { WeatherShops.Tenant.Fashion, WeatherShops.Tenant.Drinks }, Enum.GetValues<WeatherShops.Tenant>());
        Assert.Equal(0.15, fixture.Truth.Fashion.TemperatureElasticity);
        Assert.Equal(-0.2, fixture.Truth[WeatherShops.Tenant.Drinks].TemperatureElasticity);
        Assert.Equal(0.03, fixture.Truth.Drinks.EmailBeta);
        for (int t = 0; t < 2; t++)
        {
            var tenant = (WeatherShops.Tenant)t;
            var expected = data.Tenants[t];
            Assert.Equal(tenant.ToString(), fixture.Truth[tenant].Tenant);
            Assert.Equal(expected.Daily, fixture.Rows(tenant));
            Assert.Equal(21, fixture.Rows(tenant).Count);
            Assert.All(fixture.Rows(tenant), row => Assert.Equal(tenant.ToString(), row.Tenant));
            Assert.Equal(expected.Weather, fixture.Tenants[tenant].Weather);
            Assert.Equal(expected.Orders, fixture.Tenants[tenant].Orders);
            Assert.Equal(expected.MetaAds, fixture.Tenants[tenant].MetaAds);
            Assert.Equal(expected.Truth.Days, fixture.Truth[tenant].Days);
            Assert.Equal(expected.Truth.PrecipitationElasticity, fixture.Truth[tenant].PrecipitationElasticity);
            Assert.Equal(expected.Truth.AverageOrderValue, fixture.Truth[tenant].AverageOrderValue);
            Assert.Equal(expected.Truth.Weather.TemperatureAnomalySd, fixture.Truth[tenant].Weather.TemperatureAnomalySd);
        }
        Assert.Same(fixture.Tenants.Fashion, fixture.Dataset.Tenants[0]);
        Assert.Same(fixture.Truth.Drinks, fixture.Dataset.Tenants[1].Truth);
    }

    [Fact]
    public void A_preset_fixture_has_the_presets_tenants_period_and_values()
    {
        var spec = SmallShops.CreateSpec();
        Assert.Equal(1234UL, spec.Seed); // MmmFixturesDefaultSeed replaces the preset's 42, as for MMM presets
        Assert.Equal(10, spec.Days);
        Assert.Equal(CommercePresets.Small.Tenants, spec.Tenants);
        Assert.Equal(new[] { "demo_tenant_1" }, Enum.GetNames<SmallShops.Tenant>());
        var data = CommerceGenerator.Generate(CommercePresets.Small with { Seed = 1234, Days = 10 });
        Assert.Equal(data.Tenants[0].Daily, SmallShops.Instance.Rows(SmallShops.Tenant.demo_tenant_1));
        Assert.Equal(CommercePresets.Small.Tenants[0].TemperatureElasticity, SmallShops.Instance.Truth.demo_tenant_1.TemperatureElasticity);
    }

    [Fact]
    public void The_generators_preset_catalog_matches_the_runtime_presets()
    {
        foreach (var preset in Enum.GetValues<CommercePreset>())
        {
            var spec = (CommerceSpec)typeof(CommercePresets).GetProperty(preset.ToString())!.GetValue(null)!;
            var (start, days, tenants) = CommercePresetCatalog.Presets[preset.ToString()];
            Assert.Equal((spec.StartDate, spec.Days), (start, days));
            Assert.Equal(spec.Tenants.Select(t => t.Name), tenants);
        }
        Assert.Equal(Enum.GetNames<CommercePreset>().Order(), CommercePresetCatalog.Presets.Keys.Order());
        var none = new CommerceSpec();
        Assert.Equal((none.StartDate, none.Days), (CommercePresetCatalog.NoPreset.Start, CommercePresetCatalog.NoPreset.Days));
        Assert.Equal(none.Tenants.Select(t => t.Name), CommercePresetCatalog.NoPreset.Tenants);
    }
}
