using System;
using System.Collections.Generic;
using System.Linq;
using MmmFixtures.Reporting;

namespace MmmFixtures.Commerce.Report;

/// <summary>Every tenant's monthly mean temperature anomaly (realised − normal): the weather of all locations at a glance.</summary>
internal static class CommerceAnomalyHeatmap
{
    public const string Key = "commerce-temperature-anomaly";

    public static HeatmapChart Build(IReadOnlyList<CommerceTenantSummary> tenants, int allTenants)
    {
        var months = tenants[0].Dates.Select(d => new DateTime(d.Year, d.Month, 1)).Distinct().ToArray();
        var values = tenants.Select(t => (IReadOnlyList<double?>)months.Select(m =>
        {
            double sum = 0;
            int days = 0;
            for (int d = 0; d < t.Dates.Length; d++)
            {
                if (t.Dates[d].Year != m.Year || t.Dates[d].Month != m.Month) continue;
                sum += t.TempC[d] - t.TempNormalC[d];
                days++;
            }
            return (double?)(sum / days);
        }).ToArray()).ToArray();
        return new HeatmapChart(Key, "Temperature anomaly per tenant and month",
            "Mean of realised − normal daily temperature over each month (°C): persistent warm or cold spells and injected heatwaves or cold snaps show as strong cells; "
            + (tenants.Count == allTenants ? $"{Families.CountText.Of(tenants.Count, "tenant")}." : $"{tenants.Count} of {allTenants} tenants (a sample: the first ones and the focus)."),
            "Tenant", tenants.Select(t => t.Truth.Tenant).ToArray(), "Month", months.Select(m => m.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture)).ToArray(),
            "Mean anomaly (°C)", values);
    }
}
