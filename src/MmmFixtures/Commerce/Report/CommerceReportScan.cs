using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using MmmFixtures.Commerce.Generation;
using MmmFixtures.Concurrency;

namespace MmmFixtures.Commerce.Report;

/// <summary>
/// Generates the tenants a report shows, one by one (several at a time on worker threads), and keeps only their
/// summaries, so no more than one tenant's rows per thread are ever held. A spec of more than
/// <see cref="MaxTenants"/> tenants is sampled: its first tenants and the focus, in spec order (a tenant is a pure
/// function of the seed and its own spec, so the sample's values are the full dataset's).
/// </summary>
internal static class CommerceReportScan
{
    /// <summary>Most tenants a report generates: 12 covers each category of the seed's cycle of four three times.</summary>
    public const int MaxTenants = 12;

    /// <summary>The reported tenants' summaries, in spec order (the spec must be valid: the caller validated it).</summary>
    public static CommerceTenantSummary[] Run(CommerceSpec spec, int focus)
    {
        int[] chosen = Sample(spec.Tenants.Count, focus);
        var summaries = new CommerceTenantSummary[chosen.Length];
        FirstFailure.Unwrap(() => Parallel.For(0, summaries.Length, i => summaries[i] = CommerceTenantSummary.Of(TenantGenerator.Generate(spec, chosen[i]))));
        return summaries;
    }

    /// <summary>Every tenant when there are at most <see cref="MaxTenants"/>, else the first ones and the focus, in spec order.</summary>
    public static int[] Sample(int tenants, int focus) => tenants <= MaxTenants
        ? Enumerable.Range(0, tenants).ToArray()
        : Enumerable.Range(0, MaxTenants - 1).Append(focus < MaxTenants - 1 ? MaxTenants - 1 : focus).ToArray();
}
