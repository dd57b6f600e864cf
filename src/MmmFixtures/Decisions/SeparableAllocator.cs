using System;
using System.Collections.Generic;
using System.Linq;
using MmmFixtures.Validation;

namespace MmmFixtures.Decisions;

/// <summary>
/// The global optimum of Σ f_c(x_c) subject to Σ x_c = B and lo_c ≤ x_c ≤ hi_c, for non-decreasing, possibly
/// S-shaped f_c. Three steps: (1) dynamic programming over a budget grid finds the best grid allocation, so the
/// global basin, whatever the curves' shape; (2) marginal exchange with halving steps refines it inside that basin
/// to equal marginal returns; (3) the certificate: with λ the common marginal return and x_c = lo_c + j_c·h + r_c,
/// Σ f_c(x_c) ≤ λ(B − Σ lo) + Σ_c [U_c(j_c) − λ·h·j_c] where U_c(j) bounds f_c − λr over grid cell j; a second
/// dynamic program over cells maximises that bound (so non-concave curves keep their shape), and cell bounds are
/// tightened by branch and bound on intervals (f non-decreasing gives f(x) − λx ≤ f(b) − λa on [a, b]) in the
/// cells the program picks, until it picks only tightened ones. Profit (Σ x_c ≤ B) adds an "unspent" channel
/// with f(s) = s.
/// </summary>
public static class SeparableAllocator
{
    /// <summary>The relative gap the certificate aims for.</summary>
    public const double TargetGap = 1e-6;

    private const int MaxGridCells = 2_000;
    private const int MaxBoundEvaluations = 200_000;

    /// <summary>Maximises the problem's objective; throws <see cref="SpecValidationException"/> naming every bad input.</summary>
    public static AllocationResult Maximize(AllocationProblem problem)
    {
        Validate(problem);
        var channels = problem.Channels.ToList();
        double budget = problem.Budget;
        if (problem.Objective == AllocationObjective.Profit)
            channels.Add(new AllocationChannel("(unspent)", s => s, 0, budget));
        int n = channels.Count;
        var lo = channels.Select(c => c.Lower).ToArray();
        var hi = channels.Select(c => Math.Min(c.Upper, budget - (SumLower(channels) - c.Lower))).ToArray();
        var curves = channels.Select(c => new CachedCurve(c.Response)).ToArray();

        int cells = Math.Max(200, Math.Min(MaxGridCells, 40_000 / n));
        double[] x = GridOptimum(curves, lo, hi, budget, cells, out double step);
        Refine(curves, lo, hi, budget, x, step);
        double[] marginal = Enumerable.Range(0, n).Select(c => Marginal(curves[c], lo[c], hi[c], x[c], budget)).ToArray();
        double achieved = Enumerable.Range(0, n).Sum(c => curves[c].At(x[c]));
        double bound = Math.Max(achieved, GridBound(curves, lo, hi, x, marginal, budget, achieved, cells));
        double gap = achieved > 0 ? Math.Max(0, (bound - achieved) / achieved) : bound > 0 ? double.PositiveInfinity : 0;

        int m = problem.Channels.Count;
        var spend = x.Take(m).ToArray();
        double contribution = Enumerable.Range(0, m).Sum(c => curves[c].At(x[c]));
        double shift = problem.Objective == AllocationObjective.Profit ? -budget : 0;
        return new AllocationResult(spend, achieved + shift, contribution, marginal.Take(m).ToArray(), bound + shift, gap);
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
    private static double[] GridOptimum(CachedCurve[] curves, double[] lo, double[] hi, double budget, int cells, out double step)
    {
        int n = curves.Length;
        double free = budget - lo.Sum();
        step = free / cells;
        var x = (double[])lo.Clone();
        if (step <= 0) return x;
        var best = new double[cells + 1];
        var choice = new int[n, cells + 1];
        var next = new double[cells + 1];
        for (int c = 0; c < n; c++)
        {
            int top = (int)Math.Min(cells, Math.Floor((hi[c] - lo[c]) / step));
            var value = new double[top + 1];
            for (int j = 0; j <= top; j++) value[j] = curves[c].At(lo[c] + j * step);
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
    private static void Refine(CachedCurve[] curves, double[] lo, double[] hi, double budget, double[] x, double step)
    {
        int n = x.Length;
        double left = budget - x.Sum();
        for (int c = 0; c < n && left > 0; c++)
        {
            double add = Math.Min(left, hi[c] - x[c]);
            x[c] += add;
            left -= add;
        }
        double s = Math.Max(step, budget * 1e-3) / 2;
        while (s > budget * 1e-13 && s > 0)
        {
            int gainer = -1, loser = -1;
            double gain = 0, loss = double.PositiveInfinity;
            for (int c = 0; c < n; c++)
            {
                double fx = curves[c].At(x[c]);
                if (x[c] + s <= hi[c]) { double g = curves[c].At(x[c] + s) - fx; if (g > gain) { gain = g; gainer = c; } }
                if (x[c] - s >= lo[c]) { double l = fx - curves[c].At(x[c] - s); if (l < loss) { loss = l; loser = c; } }
            }
            if (gainer >= 0 && loser >= 0 && gainer != loser && gain > loss) { x[gainer] += s; x[loser] -= s; }
            else s /= 2;
        }
        for (int c = 0; c < n; c++)
        {
            if (hi[c] - x[c] < budget * 1e-12) x[c] = hi[c];
            if (x[c] - lo[c] < budget * 1e-12) x[c] = lo[c];
        }
        // Exact budget: the residual goes to the largest channel strictly inside its bounds.
        double residual = budget - x.Sum();
        int slack = -1;
        for (int c = 0; c < n; c++)
            if (x[c] + residual >= lo[c] && x[c] + residual <= hi[c] && (slack < 0 || x[c] > x[slack])) slack = c;
        if (slack >= 0) x[slack] = budget - (x.Sum() - x[slack]);
    }

    private static double Marginal(CachedCurve curve, double lo, double hi, double x, double budget)
    {
        double d = Math.Max(x, budget * 1e-3) * 1e-6;
        double a = Math.Max(lo, x - d), b = Math.Min(hi, x + d);
        if (b <= a) { a = x; b = x + d; }
        return (curve.At(b) - curve.At(a)) / (b - a);
    }

    // The certificate. Any feasible x lies in grid cells j_c (x_c = lo_c + j_c·h + r_c, 0 ≤ r_c ≤ w_cj), so for any λ ≥ 0
    // Σ f_c(x_c) = Σ_c [f_c(x_c) − λ r_c] + λ Σ r_c ≤ Σ_c [U_c(j_c) − λ h j_c] + λ (B − Σ lo) with N − C ≤ Σ j_c ≤ N and
    // U_c(j) ≥ max over the cell of f_c(lo_c + jh + r) − λ r. A DP over cells keeps the curves' non-concavity, λ
    // (the common marginal return) makes each cell's bound tight; U_c starts at the monotone bound f_c(cell end) and
    // is tightened by branch and bound only in the cells the DP picks, until the DP picks only tightened cells.
    private static double GridBound(CachedCurve[] curves, double[] lo, double[] hi, double[] x, double[] marginal, double budget, double achieved, int cells)
    {
        int n = curves.Length;
        double free = budget - lo.Sum();
        if (!(free > 0)) return achieved;
        double h = free / cells;
        var inside = Enumerable.Range(0, n).Where(c => x[c] > lo[c] && x[c] < hi[c]).Select(c => marginal[c]).OrderBy(v => v).ToArray();
        if (inside.Length == 0) inside = marginal.Where(v => v > 0).OrderBy(v => v).ToArray();
        double lambda = inside.Length > 0 ? Math.Max(0, inside[inside.Length / 2]) : 0;
        double tolerance = TargetGap * Math.Max(achieved, double.Epsilon) / (4 * n);
        var top = new int[n];
        var cellBound = new double[n][];
        var tight = new bool[n][];
        for (int c = 0; c < n; c++)
        {
            top[c] = (int)Math.Min(cells, Math.Floor((hi[c] - lo[c]) / h));
            cellBound[c] = new double[top[c] + 1];
            tight[c] = new bool[top[c] + 1];
            for (int j = 0; j <= top[c]; j++) cellBound[c][j] = curves[c].At(Math.Min(hi[c], lo[c] + (j + 1) * h));
        }
        while (true)
        {
            var picked = CellDp(cellBound, top, lambda, h, cells, n, out double value);
            double bound = value + lambda * free;
            bool changed = false;
            for (int c = 0; c < n; c++)
            {
                int j = picked[c];
                if (tight[c][j]) continue;
                double a = lo[c] + j * h, b = Math.Min(hi[c], lo[c] + (j + 1) * h);
                cellBound[c][j] = Math.Min(cellBound[c][j], IntervalMax(curves[c], a, b, lambda, a, tolerance) + lambda * a);
                tight[c][j] = changed = true;
            }
            if (!changed) return bound;
        }
    }

    // max Σ_c [bound_c(j_c) − λ h j_c] over N − C ≤ Σ j_c ≤ N, and the cells that reach it.
    private static int[] CellDp(double[][] cellBound, int[] top, double lambda, double h, int cells, int n, out double value)
    {
        var best = new double[cells + 1];
        var next = new double[cells + 1];
        var choice = new int[n, cells + 1];
        for (int used = 1; used <= cells; used++) best[used] = double.NegativeInfinity;
        for (int c = 0; c < n; c++)
        {
            for (int used = 0; used <= cells; used++)
            {
                double bestValue = double.NegativeInfinity;
                int bestJ = 0;
                for (int j = 0; j <= Math.Min(top[c], used); j++)
                {
                    double v = best[used - j] + cellBound[c][j] - lambda * h * j;
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
        var picked = new int[n];
        for (int c = n - 1; c >= 0; c--)
        {
            picked[c] = choice[c, remaining];
            remaining -= picked[c];
        }
        return picked;
    }

    // Upper bound on max_{x∈[lo,hi]} f(x) − λx by branch and bound: f non-decreasing gives f(b) − λa on [a, b].
    // Each round halves every interval whose bound still exceeds the best value found plus the tolerance.
    private static double IntervalMax(CachedCurve curve, double lo, double hi, double lambda, double start, double tolerance)
    {
        double Value(double v) => curve.At(v) - lambda * v;
        if (hi <= lo) return Value(lo);
        const int initial = 64;
        var points = Enumerable.Range(0, initial + 1).Select(i => i == initial ? hi : lo + (hi - lo) * i / initial).ToList();
        double best = Math.Max(Value(start), points.Max(Value));
        var open = new List<(double A, double B)>();
        for (int i = 0; i < initial; i++) open.Add((points[i], points[i + 1]));
        int evaluations = 0;
        while (true)
        {
            double threshold = best + tolerance;
            open.RemoveAll(iv => curve.At(iv.B) - lambda * iv.A <= threshold);
            if (open.Count == 0) return threshold;
            if (evaluations > MaxBoundEvaluations || open.Any(iv => !(iv.A + (iv.B - iv.A) / 2 > iv.A && iv.A + (iv.B - iv.A) / 2 < iv.B)))
                return Math.Max(threshold, open.Max(iv => curve.At(iv.B) - lambda * iv.A)); // honest: the budget of evaluations ran out
            var split = new List<(double A, double B)>(open.Count * 2);
            foreach (var iv in open)
            {
                double mid = iv.A + (iv.B - iv.A) / 2;
                best = Math.Max(best, Value(mid));
                evaluations++;
                split.Add((iv.A, mid));
                split.Add((mid, iv.B));
            }
            open = split;
        }
    }
}
