using System.Collections.Generic;
using MmmFixtures.Decisions;
using MmmFixtures.Mmm.Decisions;

namespace MmmFixtures.Mmm.Scoring;

/// <summary>
/// An estimated allocation evaluated on the true response curves (channel c's revenue at spend x is
/// <c>C_c(x / realised spend) × revenue per KPI</c>), against the certified optimum for the same budget, bounds and objective.
/// </summary>
/// <param name="Objective">What is maximised: revenue (contribution) or revenue − spend (profit).</param>
/// <param name="Budget">The budget: the allocation's total unless the options set one.</param>
/// <param name="EstimatedObjective">The objective the estimated allocation reaches on the true curves.</param>
/// <param name="OptimalObjective">The objective at the true optimum (<see cref="OptimalAllocation.Objective"/>).</param>
/// <param name="AbsoluteRegret">Optimal − estimated objective (revenue units).</param>
/// <param name="Regret">(optimal − estimated) / optimal; null when the optimal objective is not positive. At least −<see cref="CertificateGap"/>.</param>
/// <param name="CertificateGap">The optimum's certified relative gap: regrets within it are indistinguishable from 0; null when the optimum is not positive.</param>
/// <param name="Optimum">The true optimal allocation.</param>
public sealed record AllocationScore(AllocationObjective Objective, double Budget, double EstimatedObjective, double OptimalObjective,
    double AbsoluteRegret, double? Regret, double? CertificateGap, OptimalAllocation Optimum)
{
    /// <summary>The estimated spend per channel, in declaration order (per geo: its totals over the geos).</summary>
    public IReadOnlyList<ChannelSpend> Spend { get; init; } = System.Array.Empty<ChannelSpend>();

    /// <summary>For an allocation given per geo: every channel × geo, channel by channel in geo order, against the per-geo optimum; else null.</summary>
    public IReadOnlyList<GeoSpend>? ByGeo { get; init; }
}

/// <summary>A channel's estimated spend in one geo.</summary>
/// <param name="Geo">The geo's name.</param>
/// <param name="Spend">The spend there, the per-geo optimum's spend there, and the revenue it earns on the geo's true curve (0 where the channel never spent).</param>
public sealed record GeoSpend(string Geo, ChannelSpend Spend);

/// <summary>A channel's estimated spend and the revenue it earns on the channel's true curve.</summary>
/// <param name="Channel">The channel's name.</param>
/// <param name="Spend">The estimated total spend.</param>
/// <param name="OptimalSpend">The spend at the true optimum.</param>
/// <param name="TrueRevenue">C(spend / realised spend) × revenue per KPI (per geo: the sum of the geos' C_g).</param>
public sealed record ChannelSpend(string Channel, double Spend, double OptimalSpend, double TrueRevenue);
