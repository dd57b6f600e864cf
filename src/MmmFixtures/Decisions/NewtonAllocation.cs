using System;
using System.Threading.Tasks;

namespace MmmFixtures.Decisions;

/// <summary>
/// Newton's method on the optimality conditions of max Σ f_c(x_c), Σ x_c = B, lo ≤ x ≤ hi: f_c′(x_c) = λ for every channel
/// strictly inside its bounds. Each step evaluates every channel once (value, slope, curvature), models its slope by its
/// tangent line, finds the λ at which the spends where the modelled slopes equal λ (clamped to the bounds) add up to the
/// budget, and moves there: quadratic convergence inside a concave basin, so a handful of evaluations per channel. A
/// channel in the convex part of an S-shaped curve is modelled as if its slope fell to 0 at twice its spend (it moves
/// up by at most that, or down); a linear one takes any spend at λ = its slope. Which basin is global is not this
/// method's business: the certificate checks it.
/// </summary>
internal static class NewtonAllocation
{
    private const int MaxSteps = 40;
    // After a step that moves every spend by less than this (relative), the slopes agree to about its square (quadratic
    // convergence): the point is not evaluated again to confirm it (the certificate evaluates it).
    private const double Converged = 1e-5;
    private const int Bisections = 200;

    /// <summary>Moves <paramref name="x"/> (feasible: within the bounds, summing to the budget) to the optimality conditions' solution.</summary>
    public static void Solve(CachedCurve[] curves, double[] lo, double[] hi, double budget, double[] x, ParallelOptions parallel)
    {
        int n = x.Length;
        var points = new CurvePoint[n];
        var below = new double[n];
        var above = new double[n];
        // Each channel's previous point: where its slope and the current one lie either side of λ, the root is between them.
        var previous = new double[n];
        var previousSlope = new double[n];
        double free = Math.Max(0, budget - Sum(lo));
        for (int c = 0; c < n; c++) (previous[c], previousSlope[c]) = (double.NaN, double.NaN);
        double Targets(double lambda, double[] target)
        {
            double sum = 0;
            for (int c = 0; c < n; c++)
            {
                target[c] = Target(points[c], x[c], previous[c], previousSlope[c], lo[c], hi[c], free / n, lambda);
                sum += target[c];
            }
            return sum;
        }
        for (int step = 0; step < MaxSteps; step++)
        {
            Parallel.For(0, n, parallel, c => points[c] = curves[c].Point(x[c]));
            // Σ target(λ) falls as λ rises; λ → −∞ puts every channel at its upper bound (Σ ≥ B), λ → ∞ at its lower one.
            double low = double.PositiveInfinity, high = double.NegativeInfinity;
            for (int c = 0; c < n; c++)
            {
                double slope = points[c].Slope;
                if (Math.Abs(slope) < double.PositiveInfinity) (low, high) = (Math.Min(low, slope), Math.Max(high, slope));
            }
            if (low > high) (low, high) = (0, 0);
            double spread = high - low + Math.Abs(high) + Math.Abs(low) + 1;
            (low, high) = (low - spread, high + spread);
            double widen = spread;
            while (Targets(low, below) < budget && widen < double.MaxValue / 4) (low, widen) = (low - widen, widen * 2);
            widen = spread;
            while (Targets(high, above) > budget && widen < double.MaxValue / 4) (high, widen) = (high + widen, widen * 2);
            for (int i = 0; i < Bisections; i++)
            {
                double mid = low + (high - low) / 2;
                if (!(mid > low && mid < high)) break;
                if (Targets(mid, below) >= budget) low = mid;
                else high = mid;
            }
            double sumBelow = Targets(low, below), sumAbove = Targets(high, above);
            // Between two neighbouring λ only the channels whose target jumps there (linear ones) differ: they share the rest.
            double share = sumBelow > sumAbove ? (budget - sumAbove) / (sumBelow - sumAbove) : 0;
            double moved = 0;
            for (int c = 0; c < n; c++)
            {
                double target = Math.Min(hi[c], Math.Max(lo[c], above[c] + share * (below[c] - above[c])));
                moved = Math.Max(moved, Math.Abs(target - x[c]) / Math.Max(Math.Abs(x[c]), free * 1e-6));
                below[c] = target;
            }
            for (int c = 0; c < n; c++)
                if (below[c] != x[c]) (previous[c], previousSlope[c]) = (x[c], points[c].Slope);
            Array.Copy(below, x, n);
            if (moved <= Converged) return;
        }
    }

    // A channel's modelled best spend at price λ: its Newton step, kept inside the bracket its previous point gives (else the
    // secant through both), as safeguarded Newton does in one dimension.
    private static double Target(CurvePoint p, double x, double previous, double previousSlope, double lo, double hi, double share, double lambda)
    {
        if (!(hi > lo)) return lo;
        double slope = p.Slope, curvature = p.Curvature, t;
        if (!(Math.Abs(slope) < double.PositiveInfinity)) t = slope > 0 ? lo + share : lo; // infinitely steep at a bound: off it by a share of the budget
        else if (curvature < 0) t = x + (lambda - slope) / curvature;
        else if (curvature == 0 && x > lo) t = lambda < slope ? hi : lo; // linear: all or nothing, shared at λ = slope
        else if (curvature == 0) t = lambda < slope ? lo + share : lo; // flat at the bound (tanh at 0, say): off it by a share
        else t = slope > 0 && x > lo ? x + (slope - lambda) * (x - lo) / slope : lo;
        if (double.IsNaN(t)) t = x;
        if ((previousSlope - lambda) * (slope - lambda) < 0 && !(t > Math.Min(x, previous) && t < Math.Max(x, previous)))
            t = x + (lambda - slope) * (previous - x) / (previousSlope - slope);
        return Math.Min(hi, Math.Max(lo, t));
    }

    private static double Sum(double[] values)
    {
        double sum = 0;
        foreach (double v in values) sum += v;
        return sum;
    }
}
