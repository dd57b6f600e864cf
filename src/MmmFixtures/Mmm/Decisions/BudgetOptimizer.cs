using System;
using System.Collections.Generic;
using System.Linq;
using MmmFixtures.Decisions;
using MmmFixtures.Media;
using MmmFixtures.Validation;

namespace MmmFixtures.Mmm.Decisions;

/// <summary>
/// The optimal allocation of a panel's budget on its true response curves, solved globally by
/// <see cref="SeparableAllocator"/>. National (the default): channel c's curve is its total revenue with its spend in
/// every geo scaled by k = x / realised spend (S and noise fixed, exactly as <see cref="ChannelTruth.ContributionAt(double)"/>).
/// Per geo (<see cref="BudgetOptions.PerGeo"/>): one variable per channel and geo, C_{c,g}(k) with k = x / realised
/// spend in that geo (<see cref="ChannelTruth.ContributionAt(string, double)"/>), started from the national optimum.
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
        double budget = options.Budget ?? truth.Sum(c => c.TotalSpend);
        // A panel without channels has nothing to allocate: the empty allocation is the only one, exactly optimal.
        if (truth.Count == 0)
            return new OptimalAllocation(budget, Array.Empty<ChannelAllocation>(), 0, 0, 0, 0) { ByGeo = options.PerGeo ? Array.Empty<GeoAllocation>() : null };
        var curves = CurveAccess(truth);
        // Newton's method starts from the realised allocation scaled to the budget, the per-geo problem from the national optimum.
        double realised = truth.Sum(c => c.TotalSpend);
        var scaled = truth.Select(c => realised > 0 ? c.TotalSpend * budget / realised : 0).ToArray();
        var national = Solve(panel, options, budget, NationalVariables(truth, curves), scaled, perGeo: false);
        if (!options.PerGeo) return national.Allocation;
        var perGeo = GeoVariables(truth);
        // No channel spends in any geo: nothing moves, the national allocation (every channel at 0) is the per-geo one too.
        if (perGeo.Length == 0) return national.Allocation with { ByGeo = Array.Empty<GeoAllocation>() };
        var start = perGeo.Select(v => national.Result.Spend[v.Channel] / truth[v.Channel].TotalSpend * truth[v.Channel].SpendByGeo[v.Geo]).ToArray();
        return Solve(panel, options, budget, perGeo, start, perGeo: true).Allocation;
    }

    // Each channel's curves in every geo: read back at each evaluation when a streamed export's scratch file holds them (one
    // read into a reused buffer costs about what touching fresh memory to hold them would, and the optimiser's memory then
    // grows with neither the geos nor the channels), else prepared once and held.
    private static ChannelCurves[] CurveAccess(IReadOnlyList<ChannelTruth> truth) =>
        truth.Select(c => !(c.TotalSpend > 0) ? new ChannelCurves(Array.Empty<MediaResponse>(), c.Curves)
            : c.Curves.ReadsBack ? new ChannelCurves(null, c.Curves)
            : new ChannelCurves(c.Curves.Prepare(), c.Curves)).ToArray();

    private sealed class ChannelCurves(MediaResponse[]? held, ResponseCurves curves)
    {
        public void ForEachBlock(Action<ArraySegment<MediaResponse>> use)
        {
            if (held is not null) use(new ArraySegment<MediaResponse>(held));
            else curves.ForEachBlock(use);
        }
    }

    // One allocation variable: a channel (nationally, Geo = −1) or a channel in one geo, with its curve C(k) and its derivatives
    // in k, its realised spend, and (nationally, where an evaluation may read the curves back) its points at several k in one evaluation.
    private sealed record Variable(int Channel, int Geo, double Spend, Func<double, CurvePoint> Points, double? Exponent)
    {
        public Func<IReadOnlyList<double>, CurvePoint[]>? PointsAtEach { get; init; }
    }

    private static Variable[] NationalVariables(IReadOnlyList<ChannelTruth> truth, ChannelCurves[] curves) =>
        truth.Select((c, i) => new Variable(i, -1, c.TotalSpend, k => NationalPoints(curves[i], new[] { k })[0],
            ConcaveExponent(c.ParametersByGeo))
        {
            PointsAtEach = ks => NationalPoints(curves[i], ks),
        }).ToArray();

    // A geo's variable evaluates one geo's curve: each channel's are prepared once here.
    private static Variable[] GeoVariables(IReadOnlyList<ChannelTruth> truth)
    {
        var curves = truth.Select(c => c.TotalSpend > 0 ? c.Curves.Prepare() : Array.Empty<MediaResponse>()).ToArray();
        return truth.SelectMany((c, i) => Enumerable.Range(0, c.SpendByGeo.Count).Where(g => c.SpendByGeo[g] > 0 && c.TotalSpend > 0)
            .Select(g => new Variable(i, g, c.SpendByGeo[g], k => Point(curves[i][g].TotalWithDerivatives(k)),
                ConcaveExponent(new[] { c.ParametersByGeo[g] }))))
            .ToArray();
    }

    // Σ_g of C_g(k) and its derivatives at each k, in geo order (the value has the bits of ResponseCurves.National, as
    // ChannelTruth.ContributionAt): the curves are read a block of geos at a time, and a geo's series is evaluated at every
    // k while it is in cache, each k's sums its own.
    private static CurvePoint[] NationalPoints(ChannelCurves curves, IReadOnlyList<double> ks)
    {
        var value = new double[ks.Count];
        var slope = new double[ks.Count];
        var curvature = new double[ks.Count];
        curves.ForEachBlock(geos =>
        {
            for (int g = geos.Offset; g < geos.Offset + geos.Count; g++)
                for (int i = 0; i < ks.Count; i++)
                {
                    var (v, d1, d2) = geos.Array![g].TotalWithDerivatives(ks[i]);
                    (value[i], slope[i], curvature[i]) = (value[i] + v, slope[i] + d1, curvature[i] + d2);
                }
        });
        var points = new CurvePoint[ks.Count];
        for (int i = 0; i < points.Length; i++) points[i] = new CurvePoint(value[i], slope[i], curvature[i]);
        return points;
    }

    private static CurvePoint Point((double Total, double Slope, double Curvature) p) => new(p.Total, p.Slope, p.Curvature);

    private static (OptimalAllocation Allocation, AllocationResult Result) Solve(MmmPanel panel, BudgetOptions options, double budget,
        Variable[] variables, double[] start, bool perGeo)
    {
        var truth = panel.Truth.Channels;
        double rpk = panel.Spec.RevenuePerKpi;
        // Each variable's curve remembers its points by k: spends an ulp apart (the budget made exact) share a k, and the
        // result reads its optimum's value again. A point's value has the bits of C(k) evaluated alone.
        var curves = variables.Select(v => new CachedCurve(v.Points, v.PointsAtEach)).ToArray();
        var channels = variables.Select((v, i) =>
        {
            var bounds = options.Bounds.TryGetValue(truth[v.Channel].Name, out var b) ? b : new MultiplierBounds();
            string name = v.Geo < 0 ? truth[v.Channel].Name : $"{truth[v.Channel].Name}@{panel.GeoNames[v.Geo]}";
            if (!(v.Spend > 0)) return new AllocationChannel(name, _ => 0, 0, 0);
            var curve = curves[i];
            // x = k·spend: f′(x) = C′(k)·rpk / spend, f″(x) = C″(k)·rpk / spend².
            CurvePoint Derivatives(double x)
            {
                var p = curve.Point(x / v.Spend);
                return new CurvePoint(p.Value * rpk, p.Slope * rpk / v.Spend, p.Curvature * rpk / (v.Spend * v.Spend));
            }
            return new AllocationChannel(name, x => curve.At(x / v.Spend) * rpk, bounds.Min * v.Spend, bounds.Max * v.Spend)
            {
                ConcaveExponent = v.Exponent,
                Derivatives = Derivatives,
                DerivativesAtEach = v.PointsAtEach is null ? null : xs =>
                {
                    curve.Evaluate(xs.Select(x => x / v.Spend));
                    return xs.Select(Derivatives).ToArray();
                },
            };
        }).ToArray();
        var result = SeparableAllocator.Maximize(new AllocationProblem(channels, budget, options.Objective)
        {
            Start = start,
            MaxDegreeOfParallelism = options.MaxDegreeOfParallelism,
        });
        var cells = variables.Select((v, i) => new ChannelAllocation(truth[v.Channel].Name, v.Spend > 0 ? result.Spend[i] / v.Spend : 0,
            result.Spend[i], v.Spend > 0 ? curves[i].At(result.Spend[i] / v.Spend) : 0,
            v.Spend > 0 ? result.MarginalReturn[i] ?? RightDerivative(curves[i], v.Spend, result.Spend[i], rpk) : null)).ToArray();
        IReadOnlyList<ChannelAllocation> byChannel = cells;
        IReadOnlyList<GeoAllocation>? byGeo = null;
        if (perGeo)
        {
            byGeo = variables.Select((v, i) => new GeoAllocation(panel.GeoNames[v.Geo], cells[i])).ToArray();
            byChannel = truth.Select((c, i) => ChannelTotal(c, cells.Where((_, j) => variables[j].Channel == i).ToArray())).ToArray();
        }
        var allocation = new OptimalAllocation(budget, byChannel, byChannel.Sum(a => a.Contribution), result.Objective,
            result.UpperBound, result.Gap) { ByGeo = byGeo };
        return (allocation, result);
    }

    // With a budget of 0 every spend is 0 and the allocator has no scale for its difference: the realised spend gives
    // one. Near 0 a curve grows like x^p (p = the Hill slope, 1 for the others), so the right derivative is read from
    // two steps 1000× apart: a quotient that grows as the step shrinks is an infinite slope (p < 1), which stays null;
    // one that shrinks is a slope of 0 (p > 1); a steady one is the slope, the finer quotient.
    private static double? RightDerivative(CachedCurve curve, double spend, double x, double rpk)
    {
        double Quotient(double d) => (curve.At((x + d) / spend) - curve.At(x / spend)) * rpk / d;
        double step = spend * 1e-6, coarse = Quotient(step), fine = Quotient(step / 1000);
        if (double.IsNaN(fine) || double.IsInfinity(fine) || fine > coarse * 1.01) return null;
        return fine < coarse * 0.99 ? 0 : fine;
    }

    // A channel's totals over its geos: multiplier = Σ spend / realised spend; marginal return = the spend-weighted mean
    // of the geos' (the return of scaling the channel's whole allocation up by a little) or, when it spends nothing, the
    // largest of its geos' (where its first dollar returns most); null when a geo that counts has none (infinite slope).
    private static ChannelAllocation ChannelTotal(ChannelTruth channel, ChannelAllocation[] geos)
    {
        double spend = geos.Sum(g => g.Spend);
        double? marginal = spend > 0
            ? geos.All(g => g.MarginalReturn is not null || g.Spend == 0) ? geos.Sum(g => g.Spend > 0 ? g.Spend * g.MarginalReturn!.Value : 0) / spend : null
            : geos.Length > 0 && geos.All(g => g.MarginalReturn is not null) ? geos.Max(g => g.MarginalReturn!.Value) : null;
        return new ChannelAllocation(channel.Name, channel.TotalSpend > 0 ? spend / channel.TotalSpend : 0, spend,
            geos.Sum(g => g.Contribution), marginal);
    }

    // Every saturation curve is concave in k except Hill with slope s > 1, which is concave in k^s; a sum of curves
    // (periods, geos) is concave in k^s when they share s, which geos do (the hierarchy does not vary the slope).
    internal static double? ConcaveExponent(IReadOnlyList<ChannelGeoParameters> geos)
    {
        var exponents = geos.Select(p => p.SaturationKind == SaturationKind.Hill ? Math.Max(1, p.Slope ?? 1) : 1).Distinct().ToArray();
        return exponents.Length == 1 ? exponents[0] : null;
    }
}
