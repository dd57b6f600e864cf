using System.Collections.Generic;

namespace MmmFixtures.Decisions;

/// <summary>
/// The allocation found and its certificate: <see cref="UpperBound"/> is a proven upper bound on the best
/// objective any feasible allocation reaches (given non-decreasing curves), so the allocation is within
/// <see cref="Gap"/> (relative) of the global optimum.
/// </summary>
/// <param name="Spend">The spend of each channel, in the problem's order; sums to the budget (contribution) or at most it (profit).</param>
/// <param name="Objective">The objective reached: Σ f_c(x_c), or Σ (f_c(x_c) − x_c) for profit.</param>
/// <param name="Contribution">Σ f_c(x_c).</param>
/// <param name="MarginalReturn">Each channel's f'(x_c): its own slope when it gives <see cref="AllocationChannel.Derivatives"/>, else a
/// central difference (one-sided at a bound); at an interior optimum
/// every channel strictly inside its bounds has the same one, the Lagrange multiplier λ. Null when it is not a finite
/// number (a budget of 0 leaves no room and no scale to take a difference: a caller that knows the channel's scale, as the
/// MMM <c>BudgetOptimizer</c> does, takes it there).</param>
/// <param name="UpperBound">A proven upper bound on the objective of every feasible allocation (the Lagrangian dual bound, or its grid refinement).</param>
/// <param name="Gap">(UpperBound − Objective) / Objective, relative to the objective asked for (profit, not profit + budget); 0 when
/// both are 0; null when the objective is not positive but the bound is (no relative gap exists).</param>
public sealed record AllocationResult(IReadOnlyList<double> Spend, double Objective, double Contribution,
    IReadOnlyList<double?> MarginalReturn, double UpperBound, double? Gap);
