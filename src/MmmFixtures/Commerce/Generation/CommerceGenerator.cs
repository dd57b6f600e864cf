using System;
using System.Threading.Tasks;
using MmmFixtures.Commerce.Generation;
using MmmFixtures.Concurrency;
using MmmFixtures.Validation;

namespace MmmFixtures.Commerce;

/// <summary>
/// Generates commerce datasets, whole or one tenant at a time. Each tenant draws only from its own streams
/// (<c>tenant/&lt;name&gt;/…</c>), so a tenant's values are a pure function of (seed, period, its name, its spec): the
/// same alone or among others, for any degree of parallelism, and unchanged when another tenant is added, removed or
/// edited.
/// </summary>
/// <remarks>
/// Per tenant and local day d (τ its day of the year):
/// <list type="bullet">
/// <item>weather: <c>temp = T̄(τ) + a_d (+ heatwave/cold-snap °C)</c>, <c>T̄(τ) = MeanTemperature + TemperatureAmplitude·cos(2π(τ − WarmestDay)/365.25)</c>,
/// a a stationary AR(1) with persistence φ and sd σ_T; precipitation from a wet/dry Markov chain (both wet probabilities times
/// <c>1 + RainSeasonality·cos(2π(τ − WettestDay)/365.25)</c>, clipped to [0, 1]) with Gamma(RainShape, RainMeanMm/RainShape) wet-day
/// amounts; <c>zT = (temp − T̄)/σ_T</c>, <c>zP = (precip − π_d·RainMeanMm)/sd_P</c> with π_d the day's stationary P(wet) and
/// <c>sd_P = √(π m²(1 + 1/k) − π² m²)</c> of the annual chain;</item>
/// <item>demand: <c>ln μ = ln BaseRevenue + seasonality(τ) + weekday + e_T·zT + e_P·zP + β_meta·f_meta + β_google·f_google + β_email·email + ε</c>,
/// summed in that order, ε ~ N(0, σ_ε²), f_p the shared media transform of the platform's daily spend (scale S = its maximum),
/// <c>email[d] = send_d + Carryover·email[d−1]</c>; counterfactuals set terms to 0 with the same ε;</item>
/// <item>orders: Poisson(μ/AOV) a day, AOV the exact expected net order value of the basket law over the rounded catalog;
/// ads: impressions, clicks and platform-reported conversions from CPM, CTR and a conversion rate over the attribution
/// window; e-mail: nested binomial counts on send days.</item>
/// </list>
/// </remarks>
public static class CommerceGenerator
{
    /// <summary>Generates every tenant of a spec, in memory, tenants in parallel.</summary>
    /// <param name="spec">The spec; validated first.</param>
    /// <param name="maxDegreeOfParallelism">Threads to use for tenants; −1 (default) for all cores. The output does not depend on it.</param>
    /// <exception cref="SpecValidationException">The spec is invalid: every problem is listed with its path and allowed range.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDegreeOfParallelism"/> is 0 or below −1.</exception>
    public static CommerceDataset Generate(CommerceSpec spec, int maxDegreeOfParallelism = -1)
    {
        if (maxDegreeOfParallelism == 0 || maxDegreeOfParallelism < -1)
            throw new ArgumentOutOfRangeException(nameof(maxDegreeOfParallelism), maxDegreeOfParallelism, "Use -1 (one thread per processor) or a positive number of threads.");
        CommerceSpecValidator.ThrowIfInvalid(spec);
        var tenants = new TenantDataset[spec.Tenants.Count];
        var options = CallingThread.Options(maxDegreeOfParallelism);
        FirstFailure.Unwrap(() => Parallel.For(0, tenants.Length, options, i => tenants[i] = TenantGenerator.Generate(spec, i)));
        return new CommerceDataset(spec, tenants);
    }

    /// <summary>Generates tenant <paramref name="tenant"/> (index into <see cref="CommerceSpec.Tenants"/>) of a spec; thread-safe, the same values as <see cref="Generate"/>.</summary>
    /// <exception cref="SpecValidationException">The spec is invalid: every problem is listed with its path and allowed range.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tenant"/> is not an index of the spec's tenants.</exception>
    public static TenantDataset GenerateTenant(CommerceSpec spec, int tenant)
    {
        CommerceSpecValidator.ThrowIfInvalid(spec);
        if (tenant < 0 || tenant >= spec.Tenants.Count)
            throw new ArgumentOutOfRangeException(nameof(tenant), tenant, $"The spec has {spec.Tenants.Count} tenants: use an index in [0, {spec.Tenants.Count - 1}].");
        return TenantGenerator.Generate(spec, tenant);
    }
}
