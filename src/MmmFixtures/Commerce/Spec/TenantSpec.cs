using System.Collections.Generic;

namespace MmmFixtures.Commerce;

/// <summary>
/// One shop. Its expected daily net revenue follows
/// <c>ln μ[d] = ln BaseRevenue + seasonality(τ) + weekday(d) + e_T·zT[d] + e_P·zP[d] + Σ_p β_p·f_p(spend_p)[d] + β_email·email[d] + ε[d]</c>.
/// </summary>
/// <param name="Name">The tenant's name, a C# identifier (it becomes an enum member and a folder of the export).</param>
public sealed record TenantSpec(string Name)
{
    /// <summary>What the shop sells: the seasonal curve's peak and the product names.</summary>
    public CommerceCategory Category { get; init; } = CommerceCategory.Fashion;

    /// <summary>Expected daily net revenue with every log term at zero (normal weather, no media, no email, average season, weekday).</summary>
    public double BaseRevenue { get; init; } = 5_000;

    /// <summary>e_T: change of ln μ per standard deviation of the temperature anomaly.</summary>
    public double TemperatureElasticity { get; init; }

    /// <summary>e_P: change of ln μ per standard deviation of precipitation around its normal.</summary>
    public double PrecipitationElasticity { get; init; }

    /// <summary>Amplitude (in ln μ) of the category's seasonal curve.</summary>
    public double SeasonalAmplitude { get; init; } = 0.2;

    /// <summary>Relative lift of Saturdays and Sundays: weekday(d) = ln(1 + WeekendLift) on weekends, 0 otherwise.</summary>
    public double WeekendLift { get; init; } = 0.10;

    /// <summary>σ_ε: standard deviation of the daily log-demand noise ε.</summary>
    public double DemandNoiseSd { get; init; } = 0.05;

    /// <summary>The fixed offset of the shop's time zone from UTC, in hours (dates are local; timestamps are UTC).</summary>
    public double UtcOffsetHours { get; init; }

    /// <summary>ISO 4217 code of the shop's currency, written in the orders.</summary>
    public string Currency { get; init; } = "USD";

    /// <summary>The weather at the shop's location.</summary>
    public WeatherSpec Weather { get; init; } = new();

    /// <summary>Order sizes, the product catalog, discounts, refunds, taxes and shipping.</summary>
    public OrderSpec Orders { get; init; } = new();

    /// <summary>Meta ads.</summary>
    public AdPlatformSpec Meta { get; init; } = AdPlatformSpec.MetaDefault;

    /// <summary>Google Ads.</summary>
    public AdPlatformSpec Google { get; init; } = AdPlatformSpec.GoogleDefault;

    /// <summary>E-mail campaigns (Klaviyo-like).</summary>
    public EmailSpec Email { get; init; } = new();

    /// <summary>The four tenants of the seed design (the <c>Default</c> preset).</summary>
    public static IReadOnlyList<TenantSpec> Defaults => CommercePresets.SeedTenants;
}
