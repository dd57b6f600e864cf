using System.Collections.Generic;
using System.Linq;
using MmmFixtures.Reporting;

namespace MmmFixtures.Commerce.Report;

/// <summary>
/// The commerce validation section: the spec's rules, then every identity of the truth measured on the generated rows
/// (largest error over the reported tenants' days, with its tolerance), and the over-crediting the platforms should show.
/// </summary>
internal static class CommerceReportChecks
{
    // Exact sums are summed again in the generator's order: no error at all; relative checks allow the floating-point
    // rounding of sums over a few thousand days. Money is compared in whole cents (rules, not tolerances).
    private const double Exact = 0, Rounding = 1e-9;

    public static IReadOnlyList<ReportCheck> Build(CommerceSpec spec, IReadOnlyList<CommerceTenantSummary> tenants)
    {
        var e = new CommerceIdentityErrors();
        foreach (var t in tenants) e.Add(t.Errors);
        string days = Families.CountText.Of(e.TenantDays, "tenant-day");
        var errors = CommerceSpecValidator.Validate(spec);
        var platforms = CommerceRoasChart.Platforms(tenants).ToArray();
        return new[]
        {
            new ReportCheck("spec", errors.Count == 0 ? ReportCheckStatus.Passed : ReportCheckStatus.Failed,
                errors.Count == 0 ? "every field within its allowed range" : string.Join("; ", errors)),
            ReportChecks.Identity("demand-decomposition", "ln μ = ln base + seasonality + weekday + e_T·zT + e_P·zP + Meta + Google + e-mail + ε", e.LogDemand, Exact, days),
            ReportChecks.Identity("counterfactuals", "μ = exp ln μ, and each counterfactual = exp of the sum without its terms", e.Counterfactuals, Exact, days, "|error| / μ"),
            ReportChecks.Identity("weather-terms", "the temperature and precipitation terms = e_T·zT and e_P·zP of the panel", e.WeatherTerms, Exact, days),
            ReportChecks.Identity("revenue-noise", "PoissonNoise + BasketNoise = realised net revenue − μ", e.RevenueNoise, Rounding, days, "|error| / μ"),
            ReportChecks.Rule("order-revenue", "the panel's net revenue = Σ the day's order lines' net, to the cent", e.OrderRevenueMismatches, e.TenantDays, "tenant-day"),
            ReportChecks.Rule("order-count", "the panel's and the truth's order counts = the day's distinct orders", e.OrderCountMismatches, e.TenantDays, "tenant-day"),
            ReportChecks.Rule("ad-spend", "the panel's Meta and Google spend = Σ the day's campaign rows, to the cent", e.CampaignSpendMismatches, e.TenantDays, "tenant-day"),
            ReportChecks.Identity("ad-totals", "each platform's truth: spend = Σ panel spend, reported value = Σ rows, ROAS = value / spend",
                e.PlatformTotals, Rounding, Families.CountText.Of(tenants.Count * 2, "tenant-platform"), "relative |error|"),
            ReportChecks.Rule("ad-conversion-value", "a campaign row's conversion value = conversions × AOV to the cent", e.ConversionValueMismatches, e.CampaignRows, "campaign row"),
            ReportChecks.Identity("incremental-revenue", "each platform's and the e-mail's incremental revenue = Σ(μ − μ without it)",
                e.IncrementalRevenue, Rounding, Families.CountText.Of(tenants.Count * 3, "tenant-channel"), "|error| / Σμ"),
            ReportChecks.Rule("email-funnel", "on a send day: list ≥ received ≥ opened ≥ clicked ≥ placed, attributed revenue = placed × AOV, and the panel's sends agree",
                e.EmailMismatches, e.EmailSendDays, "send day"),
            ReportChecks.Rule("over-credit", "a platform with spend reports a higher ROAS than its incremental ROAS (attribution over-credits)",
                platforms.Count(p => !(p.Truth.ReportedRoas > p.Truth.IncrementalRoas)), platforms.Length, "platform", ReportCheckStatus.Warning),
            ReportChecks.Rule("oracle-se", "the oracle standard errors of e_T and e_P exist (their columns are estimable)",
                tenants.Count(t => t.Truth.TemperatureElasticitySe is null || t.Truth.PrecipitationElasticitySe is null), tenants.Count, "tenant", ReportCheckStatus.Warning),
        };
    }
}
