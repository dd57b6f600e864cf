using System.Collections.Generic;

namespace MmmFixtures.Mmm.Decisions;

/// <summary>One channel of the optimal allocation.</summary>
/// <param name="Channel">The channel's name.</param>
/// <param name="Multiplier">k: the optimal spend over the realised spend (0 for a channel that never spent).</param>
/// <param name="Spend">The optimal total spend.</param>
/// <param name="Contribution">The channel's total contribution (KPI units) at that spend.</param>
/// <param name="MarginalRoas">Revenue of the next unit of spend at the optimum (the curve's derivative × revenue per KPI).</param>
public sealed record ChannelAllocation(string Channel, double Multiplier, double Spend, double Contribution, double MarginalRoas);

/// <summary>One channel in one geo of a per-geo optimal allocation (multiplier and spend relative to that geo's realised spend).</summary>
/// <param name="Geo">The geo's name.</param>
/// <param name="Allocation">The channel's multiplier, spend, contribution and marginal ROAS in that geo.</param>
public sealed record GeoAllocation(string Geo, ChannelAllocation Allocation);

/// <summary>The optimal allocation of a panel's budget on its true response curves, with its certificate.</summary>
/// <param name="Budget">The budget allocated.</param>
/// <param name="Channels">Each channel's multiplier, spend, contribution and marginal ROAS, in declaration order (per geo: its totals over the geos, the marginal ROAS spend-weighted).</param>
/// <param name="TotalContribution">Σ contribution (KPI units).</param>
/// <param name="Objective">The objective reached in revenue: Σ revenue, or Σ revenue − spend for profit.</param>
/// <param name="UpperBound">A proven upper bound on the objective of any allocation within the bounds.</param>
/// <param name="CertificateGap">(UpperBound − Objective) / Objective, relative to the objective asked for (profit itself for profit): how far from the global optimum the allocation can be.</param>
public sealed record OptimalAllocation(double Budget, IReadOnlyList<ChannelAllocation> Channels, double TotalContribution,
    double Objective, double UpperBound, double CertificateGap)
{
    /// <summary>Per geo (when asked for): every channel × geo with spend, channel by channel in geo order; null for a national allocation.</summary>
    public IReadOnlyList<GeoAllocation>? ByGeo { get; init; }
}
