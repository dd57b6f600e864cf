using System;
using System.Collections.Generic;
using System.Linq;
using MmmFixtures.Decisions;
using MmmFixtures.Media;
using MmmFixtures.Validation;

namespace MmmFixtures.Mmm.Decisions;

/// <summary>
/// The optimal national allocation of a panel's budget on its true response curves: channel c's curve is its total
/// revenue with its spend in every geo scaled by k = x / realised spend (S and noise fixed, exactly as
/// <see cref="ChannelTruth.ResponseCurve"/>), solved globally by <see cref="SeparableAllocator"/>.
/// </summary>
public static class BudgetOptimizer
{
    /// <summary>Optimises <paramref name="panel"/>'s budget; throws <see cref="SpecValidationException"/> naming every bad option.</summary>
    public static OptimalAllocation Optimize(MmmPanel panel, BudgetOptions? options = null)
    {
        if (panel is null) throw new ArgumentNullException(nameof(panel));
        options ??= new BudgetOptions();
        var truth = panel.Truth.Channels;
        var unknown = options.Bounds.Keys.Where(name => truth.All(c => c.Name != name)).ToArray();
        if (unknown.Length > 0)
            throw new SpecValidationException("budget allocation",
                unknown.Select(name => new SpecError($"bounds[{name}]", name, "must name a channel of the panel")).ToArray());
        double rpk = panel.Spec.RevenuePerKpi;
        double budget = options.Budget ?? truth.Sum(c => c.TotalSpend);
        var curves = truth.Select(c => c.TotalSpend > 0 ? c.Curves.Prepare() : Array.Empty<MediaResponse>()).ToArray();
        double Contribution(int c, double x) => ResponseCurves.National(curves[c], x / truth[c].TotalSpend);
        var channels = truth.Select((c, i) =>
        {
            var bounds = options.Bounds.TryGetValue(c.Name, out var b) ? b : new MultiplierBounds();
            if (!(c.TotalSpend > 0)) return new AllocationChannel(c.Name, _ => 0, 0, 0);
            return new AllocationChannel(c.Name, x => Contribution(i, x) * rpk, bounds.Min * c.TotalSpend, bounds.Max * c.TotalSpend)
            {
                ConcaveExponent = ConcaveExponent(c.ParametersByGeo),
            };
        }).ToArray();
        var result = SeparableAllocator.Maximize(new AllocationProblem(channels, budget, options.Objective)
        {
            MaxDegreeOfParallelism = options.MaxDegreeOfParallelism,
        });
        var allocations = truth.Select((c, i) => new ChannelAllocation(c.Name,
            c.TotalSpend > 0 ? result.Spend[i] / c.TotalSpend : 0, result.Spend[i],
            c.TotalSpend > 0 ? Contribution(i, result.Spend[i]) : 0, result.MarginalReturn[i])).ToArray();
        return new OptimalAllocation(budget, allocations, allocations.Sum(a => a.Contribution), result.Objective,
            result.UpperBound, result.Gap);
    }

    // Every saturation curve is concave in k except Hill with slope s > 1, which is concave in k^s; a sum of curves
    // (periods, geos) is concave in k^s when they share s, which geos do (the hierarchy does not vary the slope).
    internal static double? ConcaveExponent(IReadOnlyList<ChannelGeoParameters> geos)
    {
        var exponents = geos.Select(p => p.SaturationKind == SaturationKind.Hill ? Math.Max(1, p.Slope ?? 1) : 1).Distinct().ToArray();
        return exponents.Length == 1 ? exponents[0] : null;
    }
}
