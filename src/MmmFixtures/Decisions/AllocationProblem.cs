using System;
using System.Collections.Generic;

namespace MmmFixtures.Decisions;

/// <summary>What an allocation maximises.</summary>
public enum AllocationObjective
{
    /// <summary>Σ f_c(x_c) with the whole budget spent (Σ x_c = B).</summary>
    Contribution,

    /// <summary>Σ (f_c(x_c) − x_c) with the budget as a cap (Σ x_c ≤ B): unspent budget is kept.</summary>
    Profit,
}

/// <summary>
/// One channel of an allocation: its response curve f (non-decreasing, f(0) = 0, possibly S-shaped) and
/// its spend bounds; <c>Lower == Upper</c> locks it.
/// </summary>
/// <param name="Name">The channel's name, used in error messages and results.</param>
/// <param name="Response">f(x): the return of spending x; must be non-decreasing for the certificate to hold.</param>
/// <param name="Lower">The least spend, at least 0.</param>
/// <param name="Upper">The most spend (may be +∞).</param>
public sealed record AllocationChannel(string Name, Func<double, double> Response, double Lower = 0, double Upper = double.PositiveInfinity);

/// <summary>Maximise the objective over the channels' spends for a total budget.</summary>
/// <param name="Channels">The channels, at least one.</param>
/// <param name="Budget">The total budget B ≥ 0.</param>
/// <param name="Objective">Contribution (spend exactly B) or profit (spend at most B).</param>
public sealed record AllocationProblem(IReadOnlyList<AllocationChannel> Channels, double Budget,
    AllocationObjective Objective = AllocationObjective.Contribution);
