using System.Collections.Generic;

namespace MmmFixtures.Mmm.Decisions;

/// <summary>One channel of the optimal allocation.</summary>
/// <param name="Channel">The channel's name.</param>
/// <param name="Multiplier">k: the optimal spend over the realised spend (0 for a channel that never spent).</param>
/// <param name="Spend">The optimal total spend.</param>
/// <param name="Contribution">The channel's total contribution (KPI units) at that spend.</param>
/// <param name="MarginalReturn">
/// The marginal return at the optimum: d revenue / d spend, the derivative of the channel's revenue (contribution × revenue
/// per KPI) with respect to its spend, at the optimal spend (the curve's analytic slope, summed over geos and periods). At an interior optimum it is the same for every channel strictly inside its bounds: the Lagrange multiplier λ
/// of the budget (1 for profit with budget left over). Not the truth's marginal ROAS (<see cref="ChannelTruth.MarginalRoas"/>,
/// the return of a 1% spend increase, as Meridian's <c>marginal_roi</c>). At a spend of 0 with a budget of 0 it is the
/// right derivative at 0 (a difference of relative width 1e-9 of the realised spend; 0 for a Hill curve with slope above 1). Null for a channel that never spent
/// (no curve in spend) and where the slope is infinite (a Hill curve with slope below 1 at a spend of 0). Per geo, a
/// channel's national value is the spend-weighted mean of its geos' or, when its optimal spend is 0 in every geo, the
/// largest of its geos' (the return of its first dollar where it returns most); null when one of those geos has none.
/// </param>
public sealed record ChannelAllocation(string Channel, double Multiplier, double Spend, double Contribution, double? MarginalReturn);

/// <summary>One channel in one geo of a per-geo optimal allocation (multiplier and spend relative to that geo's realised spend).</summary>
/// <param name="Geo">The geo's name.</param>
/// <param name="Allocation">The channel's multiplier, spend, contribution and marginal return in that geo.</param>
public sealed record GeoAllocation(string Geo, ChannelAllocation Allocation);

/// <summary>The optimal allocation of a panel's budget on its true response curves, with its certificate.</summary>
/// <param name="Budget">The budget allocated.</param>
/// <param name="Channels">Each channel's multiplier, spend, contribution and marginal return, in declaration order (per geo: its totals over the geos, the marginal return spend-weighted).</param>
/// <param name="TotalContribution">Σ contribution (KPI units).</param>
/// <param name="Objective">The objective reached in revenue: Σ revenue, or Σ revenue − spend for profit.</param>
/// <param name="UpperBound">A proven upper bound on the objective of any allocation within the bounds.</param>
/// <param name="CertificateGap">(UpperBound − Objective) / Objective, relative to the objective asked for (profit itself for profit): how far
/// from the global optimum the allocation can be; null when the objective is not positive but the bound is (no relative gap exists).</param>
public sealed record OptimalAllocation(double Budget, IReadOnlyList<ChannelAllocation> Channels, double TotalContribution,
    double Objective, double UpperBound, double? CertificateGap)
{
    /// <summary>Per geo (when asked for): every channel × geo with spend, channel by channel in geo order; null for a national allocation.</summary>
    public IReadOnlyList<GeoAllocation>? ByGeo { get; init; }
}
