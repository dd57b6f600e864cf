using System.Collections.Generic;
using System.Linq;
using MmmFixtures.Reporting;

namespace MmmFixtures.Commerce.Report;

/// <summary>Platform-reported against true incremental ROAS, per reported tenant and platform with spend.</summary>
internal static class CommerceRoasChart
{
    public const string Key = "commerce-roas";

    public static XyChart Build(IReadOnlyList<CommerceTenantSummary> tenants)
    {
        var bars = Platforms(tenants).ToArray();
        return CategoryBars.Chart(Key, "Platform-reported vs incremental ROAS",
            "Reported ROAS is the platform's conversion value over spend (over-credited by its attribution window); incremental ROAS is the revenue the "
            + "platform truly caused, Σ(μ − μ without it), over spend. Platforms without spend are left out.",
            "Tenant · platform", bars.Select(b => $"{b.Tenant} · {b.Platform}").ToArray(), "ROAS (revenue per unit of spend)", new (string, IReadOnlyList<double>)[]
            {
                ("Platform-reported", bars.Select(b => b.Truth.ReportedRoas!.Value).ToArray()),
                ("Incremental (truth)", bars.Select(b => b.Truth.IncrementalRoas!.Value).ToArray()),
            });
    }

    /// <summary>Each tenant's platforms that spent, Meta before Google.</summary>
    public static IEnumerable<(string Tenant, string Platform, PlatformTruth Truth)> Platforms(IEnumerable<CommerceTenantSummary> tenants) =>
        tenants.SelectMany(t => new[] { (t.Truth.Tenant, "Meta", t.Truth.Meta), (t.Truth.Tenant, "Google", t.Truth.Google) })
            .Where(p => p.Item3.Spend > 0);
}
