using System.Collections.Generic;

namespace MmmFixtures.Commerce;

/// <summary>A generated commerce dataset held in memory: the spec and every tenant's tables and truth, in spec order.</summary>
/// <param name="Spec">The spec it was generated from.</param>
/// <param name="Tenants">One entry per tenant of the spec, in order.</param>
public sealed record CommerceDataset(CommerceSpec Spec, IReadOnlyList<TenantDataset> Tenants);

/// <summary>One tenant's observable tables and truth. Each is a pure function of (seed, tenant name, tenant spec).</summary>
/// <param name="Spec">The tenant's spec.</param>
/// <param name="Weather">One row per day.</param>
/// <param name="Orders">One row per order line item, in time order.</param>
/// <param name="MetaAds">One row per Meta campaign and day (by date, then campaign).</param>
/// <param name="GoogleAds">One row per Google campaign and day.</param>
/// <param name="Email">Four rows (received, opened, clicked, placed order) per send day.</param>
/// <param name="Daily">The tenant's rows of the joined daily panel, one per day.</param>
/// <param name="Truth">Every parameter and every log-demand term per day.</param>
public sealed record TenantDataset(
    TenantSpec Spec,
    IReadOnlyList<WeatherDay> Weather,
    IReadOnlyList<OrderLine> Orders,
    IReadOnlyList<AdCampaignDay> MetaAds,
    IReadOnlyList<AdCampaignDay> GoogleAds,
    IReadOnlyList<EmailMetricDay> Email,
    IReadOnlyList<TenantDay> Daily,
    TenantTruth Truth);
