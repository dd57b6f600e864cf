using System.Collections.Generic;
using System.Linq;
using MmmFixtures.Families;
using MmmFixtures.Reporting;

namespace MmmFixtures.Commerce.Report;

/// <summary>
/// The commerce report as data: spec summary, the truth's identities measured on the generated rows, elasticities and
/// ROAS per tenant, and the weather, revenue-vs-temperature and ROAS charts. Tenants are generated one by one and only
/// summarised, and a spec of many tenants is sampled (<see cref="CommerceReportScan"/>), so a spec of 100 tenants ×
/// 1 096 days is reported in bounded memory and time.
/// </summary>
internal static class CommerceReport
{
    public static DatasetReport Build(CommerceSpec spec, ReportOptions options)
    {
        CommerceSpecValidator.ThrowIfInvalid(spec);
        int focus = ReportFocus.Resolve(options.Focus, spec.Tenants.Select(t => t.Name).ToArray(), "tenant");
        var tenants = CommerceReportScan.Run(spec, focus);
        var focused = tenants.Single(t => t.Truth.Tenant == spec.Tenants[focus].Name);
        string sample = tenants.Length == spec.Tenants.Count ? "all" : $"{tenants.Length} of {spec.Tenants.Count} (the first {tenants.Length - 1} and the focus; a sample keeps the report bounded)";
        var charts = new List<Chart> { CommerceWeatherChart.Build(focused), CommerceAnomalyHeatmap.Build(tenants, spec.Tenants.Count) };
        if (focused.TempAnomaly.Length > 0) charts.Add(CommerceElasticityChart.Build(focused, spec.Days));
        if (CommerceRoasChart.Platforms(tenants).Any()) charts.Add(CommerceRoasChart.Build(tenants));
        string names = string.Join(", ", spec.Tenants.Take(8).Select(t => $"{t.Name} ({t.Category})")) + (spec.Tenants.Count > 8 ? ", …" : "");
        return new DatasetReport(
            $"Commerce: {CountText.Of(spec.Tenants.Count, "tenant")} over {CountText.Of(spec.Days, "day")}, seed {spec.Seed}",
            "Independent shops with daily weather at their location, orders, Meta and Google ads and e-mail, whose demand responds to "
            + "temperature, precipitation, media and e-mail with known elasticities; every log-demand term, the counterfactuals and the "
            + "platform-reported vs incremental ROAS are truth.",
            new[]
            {
                new ReportFact("Period", $"{CountText.Of(spec.Days, "day")} from {ReportText.Date(spec.StartDate)}"),
                new ReportFact("Tenants", $"{spec.Tenants.Count}: {names}"),
                new ReportFact("Focus", $"{focused.Truth.Tenant} (the weather and revenue charts)"),
                new ReportFact("Reported tenants", $"{sample}: charts, checks and truth tables cover these"),
                new ReportFact("Generated", $"{CountText.Of(tenants.Sum(t => t.OrderLines), "order line")} over {CountText.Of((long)spec.Days * tenants.Length, "tenant-day")}"),
                new ReportFact("Seed", spec.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            },
            CommerceReportChecks.Build(spec, tenants),
            CommerceTruthTables.Build(tenants),
            charts);
    }
}
