using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using MmmFixtures.Validation;
using MmmFixtures.Concurrency;

namespace MmmFixtures.Decisions;

/// <summary>
/// The global optimum of Σ f_c(x_c) subject to Σ x_c = B and lo_c ≤ x_c ≤ hi_c, for non-decreasing, possibly
/// S-shaped f_c. Three steps: (1) dynamic programming over a budget grid finds the best grid allocation, so the
/// global basin, whatever the curves' shape (problems with many channels may start from a given allocation instead);
/// (2) marginal exchange with halving steps refines it inside that basin to equal marginal returns; (3) the
/// certificate, an upper bound on every feasible allocation's value, from two bounds valid for any non-decreasing
/// curves: the Lagrangian bound λB + Σ_c max_x [f_c(x) − λx] (tight when every channel sits at its curve's best
/// point for the common marginal return λ, the usual case), and, when a channel is switched off or otherwise away
/// from that point, a second dynamic program over grid cells that keeps the curves' non-concavity: with
/// x_c = lo_c + j_c·h + r_c, Σ f_c(x_c) ≤ λ(B − Σ lo) + Σ_c [U_c(j_c) − λ·h·j_c] where U_c(j) bounds f_c − λr over
/// cell j; its cell bounds are tightened by branch and bound (<see cref="IntervalMaximum"/>) in the cells the program picks, and the grid is refined until the gap is at most <see cref="TargetGap"/>
/// or the work allowed is spent (the gap is then reported as it is). Profit (Σ x_c ≤ B) adds an "unspent" channel
/// with f(s) = s. Channels that give their derivatives and shape (<see cref="AllocationChannel.Derivatives"/>,
/// <see cref="AllocationChannel.ConcaveExponent"/>) replace steps (1) and (2) by Newton's method on the optimality
/// conditions (<see cref="NewtonAllocation"/>) from the given start, and bound by tangents: a few evaluations per channel;
/// the grid is searched only when the certificate says the start's basin was not the global one.
/// Channels are evaluated in parallel; the result does not depend on the number of threads.
/// </summary>
public static class SeparableAllocator
{
    /// <summary>The relative gap the certificate aims for.</summary>
    public const double TargetGap = 1e-6;

    // Work limits: grid cells × cells × channels per dynamic program, and curve evaluations per bounded interval.
    private const double MaxDpWork = 1e8;
    private const int MaxGridCells = 300;
    private const int MinGridCells = 200;
    private const int ShapedGridCells = 32;
    private const int MaxBoundEvaluations = 100_000;
    private const int MaxSwitchRounds = 4;
    private const double RefineFloor = 1e-8;
    private const double MinRefineStep = 1e-13;
    private const double RoundingNoise = 4 * 2.220446049250313e-16;
    private const int MaxMovesPerStep = 8;

    /// <summary>Maximises the problem's objective; throws <see cref="SpecValidationException"/> naming every bad input.</summary>
    public static AllocationResult Maximize(AllocationProblem problem)
    {
        Validate(problem);
        var channels = problem.Channels.ToList();
        double budget = problem.Budget;
        // Profit maximises Σ f + unspent − B: the work below sees Σ f + unspent, so the gap and every tolerance are
        // taken against the objective itself (value − B), not against the larger unshifted value.
        double shift = problem.Objective == AllocationObjective.Profit ? -budget : 0;
        double Gap(double value, double upper) => GapOf(value + shift, upper + shift);
        if (problem.Objective == AllocationObjective.Profit)
            channels.Add(new AllocationChannel("(unspent)", s => s, 0, budget) { ConcaveExponent = 1, Derivatives = s => new CurvePoint(s, 1, 0) });
        int n = channels.Count;
        var lo = channels.Select(c => c.Lower).ToArray();
        var hi = channels.Select(c => Math.Min(c.Upper, budget - (SumLower(channels) - c.Lower))).ToArray();
        var curves = channels.Select(c => new CachedCurve(c.Response, c.Derivatives, c.DerivativesAtEach)).ToArray();
        var exponents = channels.Select(c => c.ConcaveExponent).ToArray();
        var parallel = CallingThread.Options(problem.MaxDegreeOfParallelism);
        bool severalAtOnce = channels.Any(c => c.DerivativesAtEach is not null);

        int m = problem.Channels.Count;
        if (!(budget - lo.Sum() > 0))
        {
            // No budget above the lower bounds: the lower bounds are the only feasible allocation, optimal and exact.
            double forced = Sum(n, c => curves[c].At(lo[c]));
            return new AllocationResult(lo.Take(m).ToArray(), forced + shift, Sum(m, c => curves[c].At(lo[c])),
                Enumerable.Range(0, m).Select(c => Finite(Marginal(curves[c], lo[c], hi[c], lo[c], budget))).ToArray(), forced + shift, 0);
        }
        // Curves with derivatives and a declared shape: Newton's method from the given start (or an even split) finds a
        // local optimum in a few evaluations; the grid's global search is only needed when the certificate says it was not global.
        bool newton = channels.All(c => c.Derivatives is not null && c.ConcaveExponent is not null || c.Lower == c.Upper);
        int cells = GridCells(n, problem.Start is not null, exponents.All(e => e is not null));
        double step = 0;
        double[] x;
        if (newton) x = GivenStart(problem.Start, lo, hi, budget);
        else x = StartingPoint(problem, curves, lo, hi, budget, cells, parallel, out step);
        void Improve(double[] y)
        {
            if (!newton) { Refine(curves, lo, hi, budget, y, step, m); return; }
            NewtonAllocation.Solve(curves, lo, hi, budget, y, parallel);
            SpendExactly(y, lo, hi, budget);
        }
        Improve(x);
        var (marginal, achieved, bound, lambda) = Certify(x);
        if (newton && Gap(achieved, bound) > TargetGap)
        {
            var grid = GridOptimum(curves, lo, hi, budget, ShapedGridCells, parallel, out step);
            Improve(grid);
            var other = Certify(grid);
            if (other.Achieved > achieved) (x, marginal, achieved, lambda) = (grid, other.Marginal, other.Achieved, other.Lambda);
            bound = Math.Max(achieved, Math.Min(bound, other.Bound)); // both bounds hold
        }

        // The Lagrangian bound also says where the allocation falls short: a channel whose best point at price λ beats
        // its current one (a switched-off S-shaped channel worth switching on). Moving it there, paid for by the others,
        // and improving again is tried while it pays. Moves x to the best allocation reached.
        (double[] Marginal, double Achieved, double Bound, double Lambda) Certify(double[] x)
        {
            for (int round = 0; ; round++)
            {
                // Each channel's point and bounds, which its marginal, the value reached and the Lagrangian bound read: one
                // evaluation per channel, in parallel, for curves that evaluate several points at once.
                if (severalAtOnce)
                    Parallel.For(0, n, parallel, c => curves[c].Evaluate(hi[c] > lo[c] ? new[] { x[c], lo[c], hi[c] } : new[] { x[c], lo[c] }));
                var marginal = Enumerable.Range(0, n).Select(c => Marginal(curves[c], lo[c], hi[c], x[c], budget)).ToArray();
                double achieved = Sum(n, c => curves[c].At(x[c]));
                var (bound, lambda) = (double.PositiveInfinity, 0.0);
                double[] best = x;
                // Profit with budget left over: the unspent channel's marginal return, exactly 1, is λ (a median of rounded
                // marginals off by 1e-8 costs 1e-8 × the unspent budget in the bound).
                bool unspentInside = problem.Objective == AllocationObjective.Profit && x[n - 1] > lo[n - 1] && x[n - 1] < hi[n - 1];
                foreach (double candidate in unspentInside ? new[] { 1.0 } : MarginalCandidates(x, lo, hi, marginal))
                {
                    double lagrangian = Math.Max(achieved, LagrangianBound(curves, exponents, lo, hi, x, candidate, budget, achieved + shift, parallel, out var argmax));
                    if (lagrangian < bound) (bound, lambda, best) = (lagrangian, candidate, argmax);
                }
                if (Gap(achieved, bound) <= TargetGap || round == MaxSwitchRounds) return (marginal, achieved, bound, lambda);
                var moved = Switched(curves, lo, hi, budget, x, best, lambda, achieved, achieved + shift, Improve);
                if (moved is null) return (marginal, achieved, bound, lambda);
                Array.Copy(moved, x, n);
            }
        }
        for (int gridCells = Math.Max(cells, MinGridCells); Gap(achieved, bound) > TargetGap && n * (double)gridCells * gridCells <= 4 * MaxDpWork; gridCells *= 2)
            bound = Math.Min(bound, Math.Max(achieved, GridBound(curves, exponents, lo, hi, x, lambda, budget, achieved, achieved + shift, gridCells, parallel)));

        var spend = x.Take(m).ToArray();
        double contribution = Sum(m, c => curves[c].At(x[c]));
        return new AllocationResult(spend, achieved + shift, contribution, marginal.Take(m).Select(Finite).ToArray(), bound + shift,
            Finite(Gap(achieved, bound)));
    }

    // A result holds numbers or null, never NaN or ∞ (JSON has neither).
    private static double? Finite(double value) => double.IsNaN(value) || double.IsInfinity(value) ? null : value;

    private static double GapOf(double achieved, double bound) =>
        achieved > 0 ? Math.Max(0, (bound - achieved) / achieved) : bound > 0 ? double.PositiveInfinity : 0;

    // Σ in channel order, so the sums do not depend on how the work was scheduled.
    private static double Sum(int count, Func<int, double> term)
    {
        double sum = 0;
        for (int c = 0; c < count; c++) sum += term(c);
        return sum;
    }

    // The budget grid: as fine as the dynamic program's work allows (C·N² operations); 0 (no grid search) for a
    // problem with too many channels for a useful grid that has a starting allocation instead. Curves that all declare a
    // concave exponent have one basin each (marginal return rising then falling), so a coarse grid finds it; refinement
    // and the certificate do the rest.
    private static int GridCells(int channels, bool hasStart, bool shaped)
    {
        if (shaped) return ShapedGridCells;
        int cells = (int)Math.Min(MaxGridCells, Math.Sqrt(MaxDpWork / channels));
        return cells >= MinGridCells ? cells : hasStart ? 0 : MinGridCells;
    }

    // The better of the grid optimum and the given start (moved into the bounds and onto the budget).
    private static double[] StartingPoint(AllocationProblem problem, CachedCurve[] curves, double[] lo, double[] hi, double budget,
        int cells, ParallelOptions parallel, out double step)
    {
        int n = curves.Length;
        step = 0;
        double[]? grid = cells > 0 ? GridOptimum(curves, lo, hi, budget, cells, parallel, out step) : null;
        if (problem.Start is null) return grid!;
        var start = GivenStart(problem.Start, lo, hi, budget);
        if (grid is null) return start;
        return Sum(n, c => curves[c].At(start[c])) > Sum(n, c => curves[c].At(grid[c])) ? start : grid;
    }

    // The given start moved into the bounds and onto the budget (channels it does not name at their lower bound); without
    // one, the budget above the lower bounds split evenly.
    private static double[] GivenStart(IReadOnlyList<double>? given, double[] lo, double[] hi, double budget)
    {
        int n = lo.Length;
        double share = (budget - lo.Sum()) / n;
        var start = new double[n];
        for (int c = 0; c < n; c++)
            start[c] = Math.Min(hi[c], Math.Max(lo[c], given is null ? lo[c] + share : c < given.Count ? given[c] : lo[c]));
        OntoBudget(start, lo, hi, budget);
        return start;
    }

    // Spreads the budget's excess (or shortfall) over the channels in proportion to their room above (below) them.
    private static void OntoBudget(double[] x, double[] lo, double[] hi, double budget)
    {
        double missing = budget - x.Sum();
        double room = missing > 0 ? Sum(x.Length, c => hi[c] - x[c]) : Sum(x.Length, c => x[c] - lo[c]);
        if (missing == 0 || !(room > 0)) return;
        double share = Math.Min(1, Math.Abs(missing) / room);
        for (int c = 0; c < x.Length; c++)
            x[c] += missing > 0 ? share * (hi[c] - x[c]) : -share * (x[c] - lo[c]);
    }

    private static double SumLower(IEnumerable<AllocationChannel> channels) => channels.Sum(c => c.Lower);

    private static void Validate(AllocationProblem problem)
    {
        var errors = new List<SpecError>();
        if (problem is null) throw new ArgumentNullException(nameof(problem));
        if (!(problem.Budget >= 0) || double.IsInfinity(problem.Budget))
            errors.Add(new SpecError("budget", Text(problem.Budget), "must be a finite number ≥ 0"));
        if (problem.Channels is null || problem.Channels.Count == 0)
            errors.Add(new SpecError("channels", null, "must have at least one channel"));
        else
        {
            for (int c = 0; c < problem.Channels.Count; c++)
            {
                var ch = problem.Channels[c];
                if (ch is null) { errors.Add(new SpecError($"channels[{c}]", null, "must not be null")); continue; }
                if (ch.Response is null) errors.Add(new SpecError($"channels[{c}].response", null, "must be a function"));
                if (!(ch.Lower >= 0) || double.IsInfinity(ch.Lower))
                    errors.Add(new SpecError($"channels[{c}].lower", Text(ch.Lower), "must be a finite number ≥ 0"));
                if (ch.ConcaveExponent is double e && !(e > 0 && !double.IsInfinity(e)))
                    errors.Add(new SpecError($"channels[{c}].concaveExponent", Text(e), "must be a finite number > 0 (or unset)"));
                if (double.IsNaN(ch.Upper) || ch.Upper < ch.Lower)
                    errors.Add(new SpecError($"channels[{c}].upper", Text(ch.Upper), $"must be ≥ lower ({Text(ch.Lower)})"));
            }
            if (problem.Budget >= 0 && problem.Channels.All(c => c is not null))
            {
                double lower = SumLower(problem.Channels), upper = problem.Channels.Sum(c => c.Upper);
                if (lower > problem.Budget)
                    errors.Add(new SpecError("channels[*].lower", Text(lower), $"must sum to at most the budget ({Text(problem.Budget)})"));
                if (problem.Objective == AllocationObjective.Contribution && upper < problem.Budget)
                    errors.Add(new SpecError("channels[*].upper", Text(upper), $"must sum to at least the budget ({Text(problem.Budget)})"));
            }
        }
        if (errors.Count > 0) throw new SpecValidationException("budget allocation", errors);
    }

    private static string Text(double value) => value.ToString("R", System.Globalization.CultureInfo.InvariantCulture);

    // Best allocation with x_c = lo_c + j_c·h, Σ j_c ≤ N, h = (B − Σ lo)/N: O(C·N²), global over any curve shape.
    private static double[] GridOptimum(CachedCurve[] curves, double[] lo, double[] hi, double budget, int cells, ParallelOptions parallel, out double step)
    {
        int n = curves.Length;
        double free = budget - lo.Sum();
        double h = step = free / cells;
        var x = (double[])lo.Clone();
        if (h <= 0) return x;
        var values = new double[n][];
        Parallel.For(0, n, parallel, c =>
        {
            int top = (int)Math.Min(cells, Math.Floor((hi[c] - lo[c]) / h));
            values[c] = new double[top + 1];
            for (int j = 0; j <= top; j++) values[c][j] = curves[c].At(lo[c] + j * h);
        });
        var best = new double[cells + 1];
        var choice = new int[n, cells + 1];
        var next = new double[cells + 1];
        for (int c = 0; c < n; c++)
        {
            var value = values[c];
            int top = value.Length - 1;
            for (int used = 0; used <= cells; used++)
            {
                double bestValue = double.NegativeInfinity;
                int bestJ = 0;
                for (int j = 0; j <= Math.Min(top, used); j++)
                {
                    double v = best[used - j] + value[j];
                    if (v > bestValue) { bestValue = v; bestJ = j; }
                }
                next[used] = bestValue;
                choice[c, used] = bestJ;
            }
            (best, next) = (next, best);
        }
        int remaining = Array.IndexOf(best, best.Max());
        for (int c = n - 1; c >= 0; c--)
        {
            int j = choice[c, remaining];
            x[c] = lo[c] + j * step;
            remaining -= j;
        }
        return x;
    }

    // Spends what the grid left over, then moves money from the channel losing least to the channel gaining most,
    // halving the step when no move pays; ends with Σ x = B exactly.
    private static void Refine(CachedCurve[] curves, double[] lo, double[] hi, double budget, double[] x, double step, int spending)
    {
        int n = x.Length;
        double left = budget - x.Sum();
        for (int c = 0; c < n && left > 0; c++)
        {
            double add = Math.Min(left, hi[c] - x[c]);
            x[c] += add;
            left -= add;
        }
        // Steps below RefineFloor of the largest spend (of the first `spending` channels: not profit's unspent budget) move the
        // objective by less than its rounding (the loss of stopping there is second order in the step); a move must gain
        // more than the rounding of the four values it compares, else noise drives the walk (seen: 8 million moves of the
        // last step on a profit problem); and a step size gets at most a few moves per channel, which exact arithmetic
        // never needs more than.
        double s = Math.Max(step, budget * 1e-3) / 2;
        int moves = 0;
        while (s > Math.Max(budget * MinRefineStep, RefineFloor * Largest(x, spending)) && s > 0)
        {
            int gainer = -1, loser = -1;
            double gain = 0, loss = double.PositiveInfinity, noise = 0;
            for (int c = 0; c < n; c++)
            {
                double fx = curves[c].At(x[c]);
                if (x[c] + s <= hi[c]) { double up = curves[c].At(x[c] + s), g = up - fx; if (g > gain) { gain = g; gainer = c; noise = Math.Abs(up) + Math.Abs(fx); } }
                if (x[c] - s >= lo[c]) { double l = fx - curves[c].At(x[c] - s); if (l < loss) { loss = l; loser = c; } }
            }
            if (loser >= 0) noise += Math.Abs(curves[loser].At(x[loser])) + Math.Abs(curves[loser].At(x[loser] - s));
            if (gainer >= 0 && loser >= 0 && gainer != loser && gain - loss > noise * RoundingNoise && moves < MaxMovesPerStep * n)
            {
                x[gainer] += s;
                x[loser] -= s;
                moves++;
            }
            else (s, moves) = (s / 2, 0);
        }
        for (int c = 0; c < n; c++)
        {
            if (hi[c] - x[c] < 2 * s) x[c] = hi[c]; // within the last step of a bound: at it
            if (x[c] - lo[c] < 2 * s) x[c] = lo[c];
        }
        SpendExactly(x, lo, hi, budget);
    }

    // Exact budget: the residual goes to the largest channel that stays inside its bounds.
    private static void SpendExactly(double[] x, double[] lo, double[] hi, double budget)
    {
        double residual = budget - x.Sum();
        int slack = -1;
        for (int c = 0; c < x.Length; c++)
            if (x[c] + residual >= lo[c] && x[c] + residual <= hi[c] && (slack < 0 || x[c] > x[slack])) slack = c;
        if (slack >= 0) x[slack] = budget - (x.Sum() - x[slack]);
    }

    private static double Largest(double[] x, int count)
    {
        double largest = 0;
        for (int c = 0; c < count; c++) largest = Math.Max(largest, x[c]);
        return largest;
    }

    // f′(x): the curve's own slope when it has one, else a central difference (one-sided at a bound).
    private static double Marginal(CachedCurve curve, double lo, double hi, double x, double budget)
    {
        if (curve.HasDerivatives) return curve.Point(x).Slope;
        double d = Math.Max(x, budget * 1e-3) * 1e-6;
        double a = Math.Max(lo, x - d), b = Math.Min(hi, x + d);
        if (b <= a) { a = x; b = x + d; }
        return (curve.At(b) - curve.At(a)) / (b - a);
    }

    // Candidates for λ, the common marginal return: the median marginal of the channels strictly inside their bounds;
    // when none is, any λ between the largest marginal of the channels at their lower bound and the smallest of those at
    // their upper bound meets the optimality conditions, so both ends and their middle are tried.
    private static double[] MarginalCandidates(double[] x, double[] lo, double[] hi, double[] marginal)
    {
        var range = Enumerable.Range(0, x.Length).Where(c => lo[c] < hi[c]).ToArray();
        var inside = range.Where(c => x[c] > lo[c] && x[c] < hi[c]).Select(c => marginal[c]).OrderBy(v => v).ToArray();
        if (inside.Length > 0) return new[] { Math.Max(0, inside[inside.Length / 2]) };
        double low = range.Where(c => x[c] <= lo[c]).Select(c => marginal[c]).DefaultIfEmpty(0).Max();
        double high = range.Where(c => x[c] >= hi[c]).Select(c => marginal[c]).DefaultIfEmpty(low).Min();
        low = Math.Max(0, low);
        high = Math.Max(low, high);
        return new[] { low, (low + high) / 2, high };
    }

    // Any feasible x has Σ f_c(x_c) = Σ_c [f_c(x_c) − λx_c] + λB ≤ λB + Σ_c max over [lo_c, hi_c] of (f_c − λx).
    // argmax: each channel's sampled point with the largest f_c(x) − λx.
    private static double LagrangianBound(CachedCurve[] curves, double?[] exponents, double[] lo, double[] hi, double[] x, double lambda, double budget,
        double objective, ParallelOptions parallel, out double[] argmax)
    {
        int n = curves.Length;
        double tolerance = TargetGap * Math.Max(Math.Abs(objective), double.Epsilon) / (4 * n);
        var best = new double[n];
        var at = new double[n];
        Parallel.For(0, n, parallel, c => best[c] = IntervalMaximum.UpperBound(curves[c], exponents[c], lo[c], hi[c], lambda, x[c], tolerance, MaxBoundEvaluations, out at[c]));
        argmax = at;
        return lambda * budget + Sum(n, c => best[c]);
    }

    // Moves every channel whose best point at price λ beats its current one by more than the target gap there, takes the
    // difference from (or gives it to) the other channels in proportion to their room, and refines; null unless that
    // reaches more than the allocation it started from.
    private static double[]? Switched(CachedCurve[] curves, double[] lo, double[] hi, double budget, double[] x, double[] best, double lambda,
        double achieved, double objective, Action<double[]> improve)
    {
        int n = x.Length;
        double slack = TargetGap * Math.Abs(objective) / n;
        var movedChannels = Enumerable.Range(0, n)
            .Where(c => curves[c].At(best[c]) - lambda * best[c] > curves[c].At(x[c]) - lambda * x[c] + slack).ToArray();
        if (movedChannels.Length == 0) return null;
        var y = (double[])x.Clone();
        foreach (int c in movedChannels) y[c] = best[c];
        var freeLo = (double[])lo.Clone();
        var freeHi = (double[])hi.Clone();
        foreach (int c in movedChannels) freeLo[c] = freeHi[c] = y[c];
        OntoBudget(y, freeLo, freeHi, budget);
        if (Math.Abs(y.Sum() - budget) > budget * 1e-9) return null;
        improve(y);
        return Sum(n, c => curves[c].At(y[c])) > achieved ? y : null;
    }

    // The certificate's dynamic program. Any feasible x lies in grid cells j_c (x_c = lo_c + j_c·h + r_c, 0 ≤ r_c ≤ h), so
    // Σ f_c(x_c) = Σ_c [f_c(x_c) − λ r_c] + λ Σ r_c ≤ Σ_c [U_c(j_c) − λ h j_c] + λ (B − Σ lo) with N − C ≤ Σ j_c ≤ N and
    // U_c(j) ≥ max over the cell of f_c(lo_c + jh + r) − λ r. The program keeps the curves' non-concavity; λ (the common
    // marginal return) makes each cell's bound tight. U_c starts at the monotone bound f_c(cell end) and is tightened by
    // branch and bound only in the cells the program picks, until it picks only tightened cells. Cells that cannot lift
    // the bound above the value reached (their bound plus every other channel's best is below it) are left out.
    private static double GridBound(CachedCurve[] curves, double?[] exponents, double[] lo, double[] hi, double[] x, double lambda, double budget,
        double achieved, double objective, int cells, ParallelOptions parallel)
    {
        int n = curves.Length;
        double free = budget - lo.Sum();
        if (!(free > 0)) return achieved;
        double h = free / cells;
        double tolerance = TargetGap * Math.Max(Math.Abs(objective), double.Epsilon) / (4 * n);
        var cellBound = new double[n][];
        var tight = new bool[n][];
        Parallel.For(0, n, parallel, c =>
        {
            int top = (int)Math.Min(cells, Math.Floor((hi[c] - lo[c]) / h));
            cellBound[c] = new double[top + 1];
            tight[c] = new bool[top + 1];
            for (int j = 0; j <= top; j++) cellBound[c][j] = curves[c].At(Math.Min(hi[c], lo[c] + (j + 1) * h)) - lambda * h * j;
        });
        while (true)
        {
            var picked = CellDp(cellBound, achieved - lambda * free, cells, out double value);
            if (picked is null) return achieved;
            double bound = value + lambda * free;
            var changed = new bool[n];
            Parallel.For(0, n, parallel, c =>
            {
                int j = picked[c];
                if (tight[c][j]) return;
                double a = lo[c] + j * h, b = Math.Min(hi[c], lo[c] + (j + 1) * h);
                cellBound[c][j] = Math.Min(cellBound[c][j], IntervalMaximum.UpperBound(curves[c], exponents[c], a, b, lambda, Math.Min(b, Math.Max(a, x[c])), tolerance, MaxBoundEvaluations) + lambda * a - lambda * h * j);
                tight[c][j] = changed[c] = true;
            });
            if (!changed.Contains(true)) return bound;
        }
    }

    // max Σ_c g_c(j_c) over N − C ≤ Σ j_c ≤ N, and the cells that reach it; null when no choice exceeds floor. A cell
    // with g_c(j) + Σ_{other c} max g ≤ floor cannot exceed it and is skipped.
    private static int[]? CellDp(double[][] g, double floor, int cells, out double value)
    {
        int n = g.Length;
        var top = g.Select(v => v.Max()).ToArray();
        double all = Sum(n, c => top[c]);
        value = all;
        if (all <= floor) return null;
        var best = new double[cells + 1];
        var next = new double[cells + 1];
        var choice = new int[n, cells + 1];
        for (int used = 1; used <= cells; used++) best[used] = double.NegativeInfinity;
        for (int c = 0; c < n; c++)
        {
            double keep = floor - (all - top[c]);
            var useful = Enumerable.Range(0, g[c].Length).Where(j => g[c][j] > keep).ToArray();
            for (int used = 0; used <= cells; used++)
            {
                double bestValue = double.NegativeInfinity;
                int bestJ = useful[0];
                foreach (int j in useful)
                {
                    if (j > used) break;
                    double v = best[used - j] + g[c][j];
                    if (v > bestValue) { bestValue = v; bestJ = j; }
                }
                next[used] = bestValue;
                choice[c, used] = bestJ;
            }
            (best, next) = (next, best);
        }
        int remaining = cells;
        for (int used = Math.Max(0, cells - n); used <= cells; used++)
            if (best[used] > best[remaining]) remaining = used;
        value = best[remaining];
        if (!(value > floor)) return null;
        var picked = new int[n];
        for (int c = n - 1; c >= 0; c--)
        {
            picked[c] = choice[c, remaining];
            remaining -= picked[c];
        }
        return picked;
    }
}
