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
/// <param name="Response">f(x): the return of spending x; must be non-decreasing for the certificate to hold, and safe to call
/// from several threads at once (channels are evaluated in parallel).</param>
/// <param name="Lower">The least spend, at least 0.</param>
/// <param name="Upper">The most spend (may be +∞).</param>
public sealed record AllocationChannel(string Name, Func<double, double> Response, double Lower = 0, double Upper = double.PositiveInfinity)
{
    /// <summary>
    /// Optional shape knowledge: s &gt; 0 declares f(x) = F(x^s) for some concave F (1: f is concave; a Hill curve of
    /// slope s, or a sum of Hill curves sharing s, is concave in x^s). The certificate then bounds f between sampled
    /// points by concavity (second-order tight: few evaluations) instead of by monotonicity alone. A wrong
    /// declaration voids the certificate.
    /// </summary>
    public double? ConcaveExponent { get; init; }

    /// <summary>
    /// Optional: f(x), f′(x) and f″(x) in one evaluation (the value must be <see cref="Response"/>'s). With a
    /// <see cref="ConcaveExponent"/> on every channel, the allocator solves the optimality conditions by Newton's method and
    /// bounds each curve by its tangents: a few evaluations per channel instead of hundreds, the same certificate.
    /// </summary>
    public Func<double, CurvePoint>? Derivatives { get; init; }

    /// <summary>
    /// Optional: <see cref="Derivatives"/> at several spends in one evaluation (each point its bits), for a curve whose
    /// every evaluation has a cost beyond its points (curves read back from storage): the allocator asks for the points a
    /// step of its certificate needs at once.
    /// </summary>
    internal Func<IReadOnlyList<double>, CurvePoint[]>? DerivativesAtEach { get; init; }
}

/// <summary>Maximise the objective over the channels' spends for a total budget.</summary>
/// <param name="Channels">The channels, at least one.</param>
/// <param name="Budget">The total budget B ≥ 0.</param>
/// <param name="Objective">Contribution (spend exactly B) or profit (spend at most B).</param>
public sealed record AllocationProblem(IReadOnlyList<AllocationChannel> Channels, double Budget,
    AllocationObjective Objective = AllocationObjective.Contribution)
{
    /// <summary>
    /// An allocation to start from (one spend per channel), e.g. a related problem's optimum; optional. Problems with
    /// many channels rely on it instead of the global grid search, and their certificate says whether it sufficed.
    /// </summary>
    public IReadOnlyList<double>? Start { get; init; }

    /// <summary>The most threads evaluating curves at once (−1: all cores). The result is the same for any value.</summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;
}
