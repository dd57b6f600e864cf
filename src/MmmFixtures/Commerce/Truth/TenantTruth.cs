using System.Collections.Generic;

namespace MmmFixtures.Commerce;

/// <summary>Everything that shaped one tenant's data: its demand parameters, weather, media and e-mail truth, and every log-demand term per day.</summary>
/// <param name="Tenant">The tenant's name.</param>
/// <param name="Category">What it sells.</param>
/// <param name="BaseRevenue">The base of μ.</param>
/// <param name="TemperatureElasticity">e_T.</param>
/// <param name="PrecipitationElasticity">e_P.</param>
/// <param name="TemperatureElasticitySe">Oracle standard error of e_T for the recoverability fit (ln net revenue on zT, zP, weekday dummies, Fourier seasonality and the true media terms), from the design and the true per-day error variance; null when zT cannot be estimated (e.g. a one-day period).</param>
/// <param name="PrecipitationElasticitySe">Oracle standard error of e_P for the same fit; null when zP cannot be estimated (e.g. no rain at all).</param>
/// <param name="WeekdayEffects">The weekday term for Monday … Sunday.</param>
/// <param name="SeasonalCoefficients">The seasonal curve's Fourier coefficients: cos 1, sin 1, cos 2, sin 2 (of 2πτ/365.25).</param>
/// <param name="AverageOrderValue">The exact expected net value of an order (μ / AOV is the order count's Poisson mean).</param>
/// <param name="Weather">The weather parameters and anomalies.</param>
/// <param name="Meta">Meta's truth.</param>
/// <param name="Google">Google's truth.</param>
/// <param name="EmailBeta">β_email.</param>
/// <param name="EmailIncrementalRevenue">Σ_d (μ[d] − μ without the e-mail term).</param>
/// <param name="Days">Every log-demand term per day.</param>
public sealed record TenantTruth(string Tenant, CommerceCategory Category, double BaseRevenue, double TemperatureElasticity, double PrecipitationElasticity,
    double? TemperatureElasticitySe, double? PrecipitationElasticitySe, IReadOnlyList<double> WeekdayEffects, IReadOnlyList<double> SeasonalCoefficients,
    double AverageOrderValue, WeatherTruth Weather, PlatformTruth Meta, PlatformTruth Google, double EmailBeta, double EmailIncrementalRevenue,
    IReadOnlyList<DemandDay> Days);
