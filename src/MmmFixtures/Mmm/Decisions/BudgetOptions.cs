using System.Collections.Generic;
using MmmFixtures.Decisions;

namespace MmmFixtures.Mmm.Decisions;

/// <summary>
/// Bounds on one channel's spend multiplier k (national: k scales its spend in every geo; per geo: each geo's own
/// multiplier, its spend there over its realised spend there, gets these bounds); Min == Max locks it.
/// </summary>
/// <param name="Min">The least multiplier, at least 0.</param>
/// <param name="Max">The most multiplier (may be +∞).</param>
public sealed record MultiplierBounds(double Min = 0, double Max = double.PositiveInfinity);

/// <summary>What to optimise for a panel: the budget (default: the realised total spend), bounds per channel name, the objective.</summary>
public sealed record BudgetOptions
{
    /// <summary>The total budget over the panel's periods; null means the realised total spend.</summary>
    public double? Budget { get; init; }

    /// <summary>Multiplier bounds by channel name; channels not named are free (k ≥ 0).</summary>
    public IReadOnlyDictionary<string, MultiplierBounds> Bounds { get; init; } = new Dictionary<string, MultiplierBounds>();

    /// <summary>Contribution (spend the whole budget) or profit (revenue − spend, budget as a cap).</summary>
    public AllocationObjective Objective { get; init; } = AllocationObjective.Contribution;

    /// <summary>
    /// One variable per channel and geo (C_{c,g}(k) on the geo's realised spend) instead of one multiplier per channel
    /// over every geo; a channel's bounds then apply to each of its geos' multipliers.
    /// </summary>
    public bool PerGeo { get; init; }

    /// <summary>The most threads evaluating curves at once (−1: all cores); the result is the same for any value.</summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;
}
