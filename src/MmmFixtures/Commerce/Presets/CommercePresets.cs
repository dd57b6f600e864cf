using System;
using System.Collections.Generic;
using System.Linq;

namespace MmmFixtures.Commerce;

/// <summary>Ready-made commerce specs: <c>Default</c> (the seed design's four tenants, 2024), <c>Small</c> and <c>Large</c>.</summary>
public static class CommercePresets
{
    // Declared first: the presets below read it while the class initialises.
    internal static IReadOnlyList<TenantSpec> SeedTenants { get; } = new[]
    {
        new TenantSpec("demo_tenant_1")
        {
            Category = CommerceCategory.Fashion, BaseRevenue = 5_000, TemperatureElasticity = 0.15, PrecipitationElasticity = -0.08, UtcOffsetHours = -5,
            Weather = new WeatherSpec { MeanTemperature = 13, TemperatureAmplitude = 12, WarmestDay = 202, TemperatureAnomalySd = 3.5, WetAfterDry = 0.25, WetAfterWet = 0.55, RainMeanMm = 8 },
        },
        new TenantSpec("demo_tenant_2")
        {
            Category = CommerceCategory.Outdoor, BaseRevenue = 8_000, TemperatureElasticity = 0.12, PrecipitationElasticity = -0.18, UtcOffsetHours = -7,
            Weather = new WeatherSpec { MeanTemperature = 10, TemperatureAmplitude = 12, WarmestDay = 198, TemperatureAnomalySd = 4, WetAfterDry = 0.18, WetAfterWet = 0.5, RainMeanMm = 5, RainShape = 0.65 },
        },
        new TenantSpec("demo_tenant_3")
        {
            Category = CommerceCategory.HomeAndGarden, BaseRevenue = 4_500, TemperatureElasticity = 0.10, PrecipitationElasticity = 0.06, UtcOffsetHours = -8,
            Weather = new WeatherSpec { MeanTemperature = 11, TemperatureAmplitude = 7, WarmestDay = 210, TemperatureAnomalySd = 2.5, WetAfterDry = 0.35, WetAfterWet = 0.7, RainMeanMm = 6, RainSeasonality = 0.5, WettestDay = 340 },
        },
        new TenantSpec("demo_tenant_4")
        {
            Category = CommerceCategory.Beverage, BaseRevenue = 3_500, TemperatureElasticity = -0.20, PrecipitationElasticity = 0.09, UtcOffsetHours = -5,
            Weather = new WeatherSpec { MeanTemperature = 25, TemperatureAmplitude = 4, WarmestDay = 215, TemperatureAnomalySd = 2, WetAfterDry = 0.3, WetAfterWet = 0.6, RainMeanMm = 12, RainShape = 0.6 },
        },
    };

    /// <summary>The seed design's four tenants for 2024 (366 days), with the elasticities of its table.</summary>
    public static CommerceSpec Default { get; } = new() { Seed = 42, StartDate = new DateTime(2024, 1, 1), Days = 366, Tenants = SeedTenants };

    /// <summary>One tenant (the seed's Fashion shop) for 90 days: the quickest complete dataset.</summary>
    public static CommerceSpec Small { get; } = new() { Seed = 42, StartDate = new DateTime(2024, 1, 1), Days = 90, Tenants = new[] { SeedTenants[0] } };

    /// <summary>100 tenants (the seed's four, repeated with varied locations and sizes) over three years, 2022–2024 (1 096 days).</summary>
    public static CommerceSpec Large { get; } = new()
    {
        Seed = 42, StartDate = new DateTime(2022, 1, 1), Days = 1_096,
        Tenants = Enumerable.Range(0, 100).Select(LargeTenant).ToArray(),
    };

    // Tenant i of Large: the seed tenant i mod 4, renamed, with its size and location shifted deterministically by i.
    // Ad budgets and the e-mail list grow with the shop, so every tenant keeps the seed's incremental ROAS (below the
    // platform-reported one).
    private static TenantSpec LargeTenant(int i)
    {
        var seed = SeedTenants[i % SeedTenants.Count];
        double size = 0.5 + (i * 37 % 100) / 50.0;
        return seed with
        {
            Name = $"tenant_{i + 1:000}",
            BaseRevenue = seed.BaseRevenue * size,
            Weather = seed.Weather with { MeanTemperature = seed.Weather.MeanTemperature + (i * 13 % 11) - 5 },
            Meta = Scaled(seed.Meta, size),
            Google = Scaled(seed.Google, size),
            Email = seed.Email with { ListSize = (int)Math.Round(seed.Email.ListSize * size) },
        };
    }

    private static AdPlatformSpec Scaled(AdPlatformSpec platform, double size) =>
        platform with { Campaigns = platform.Campaigns.Select(c => c with { DailySpend = Math.Round(c.DailySpend * size, 2) }).ToArray() };
}
