using System.Collections.Generic;
using System.Linq;
using MmmFixtures.Reporting;

namespace MmmFixtures.Commerce.Report;

/// <summary>The commerce truth highlights: per tenant the weather elasticities with their oracle SEs, and per platform reported vs incremental ROAS.</summary>
internal static class CommerceTruthTables
{
    public static IReadOnlyList<ReportTable> Build(IReadOnlyList<CommerceTenantSummary> tenants) => new[]
    {
        new ReportTable("Weather elasticities (oracle SE: of the recoverability fit, from the true error variance)",
            new[] { "Tenant", "Category", "Base revenue", "e_T", "SE(e_T)", "e_P", "SE(e_P)", "σ_T (°C)" },
            tenants.Select(t => (IReadOnlyList<string>)new[]
            {
                t.Truth.Tenant, t.Truth.Category.ToString(), ReportText.Number(t.Truth.BaseRevenue, "N0"),
                ReportText.Number(t.Truth.TemperatureElasticity), ReportText.Number(t.Truth.TemperatureElasticitySe, "G3"),
                ReportText.Number(t.Truth.PrecipitationElasticity), ReportText.Number(t.Truth.PrecipitationElasticitySe, "G3"),
                ReportText.Number(t.Truth.Weather.TemperatureAnomalySd),
            }).ToArray()),
        new ReportTable("Ad platforms: platform-reported vs incremental ROAS (platforms with spend)",
            new[] { "Tenant", "Platform", "Spend", "Reported ROAS", "Incremental ROAS", "Reported / incremental" },
            CommerceRoasChart.Platforms(tenants).Select(p => (IReadOnlyList<string>)new[]
            {
                p.Tenant, p.Platform, ReportText.Number(p.Truth.Spend, "N0"), ReportText.Number(p.Truth.ReportedRoas, "F3"),
                ReportText.Number(p.Truth.IncrementalRoas, "F3"),
                p.Truth.IncrementalRoas > 0 ? ReportText.Number(p.Truth.ReportedRoas!.Value / p.Truth.IncrementalRoas.Value, "F2") : "—",
            }).ToArray()),
    };
}
