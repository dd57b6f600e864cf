using System;
using System.Collections.Generic;
using System.Linq;
using MmmFixtures.Numerics;

namespace MmmFixtures.Decisions;

/// <summary>
/// An upper bound on max over [lo, hi] of f(x) − λx, by branch and bound on sampled points: every round bounds f
/// between each pair of neighbouring samples and halves the intervals whose bound still exceeds the best value found
/// plus the tolerance. Between samples a ≤ x ≤ b, f non-decreasing gives f(x) ≤ f(b) (first-order tight); when
/// f(x) = F(x^s) with F concave, F also lies below the extensions of its neighbouring secants (second-order tight,
/// so a handful of rounds suffice); when the curve also gives its slope, F lies below its tangents at the samples, which
/// are tighter still and need no neighbours: three starting samples (the bounds and the point given) suffice.
/// </summary>
internal static class IntervalMaximum
{
    // Curves concave in x^s need few starting samples: the secant bound is second-order tight.
    private const int InitialPoints = 64;
    private const int ShapedInitialPoints = 16;
    private const int TangentInitialPoints = 1;

    /// <summary>The bound; <paramref name="exponent"/> s declares f(x) = F(x^s) with F concave (null: monotone only).</summary>
    public static double UpperBound(CachedCurve curve, double? exponent, double lo, double hi, double lambda, double start,
        double tolerance, int maxEvaluations) => UpperBound(curve, exponent, lo, hi, lambda, start, tolerance, maxEvaluations, out _);

    /// <summary>The bound, and in <paramref name="argmax"/> the sampled point with the largest f(x) − λx.</summary>
    public static double UpperBound(CachedCurve curve, double? exponent, double lo, double hi, double lambda, double start,
        double tolerance, int maxEvaluations, out double argmax)
    {
        argmax = lo;
        if (hi <= lo) return curve.At(lo) - lambda * lo;
        bool tangents = exponent is not null && curve.HasDerivatives;
        int points = exponent is null ? InitialPoints : tangents ? TangentInitialPoints : ShapedInitialPoints;
        var xs = new List<double>(points + 2);
        for (int i = 0; i <= points; i++) xs.Add(i == points ? hi : lo + (hi - lo) * i / points);
        double s = Math.Max(1, exponent ?? 1);
        if (start > lo && start < hi && !xs.Contains(start))
        {
            xs.Add(start);
            if (tangents && s > 1) xs.AddRange(Neighbours(curve.Point(start), start, lo, hi, lambda, s, tolerance));
        }
        // Tangents at points already evaluated (Newton's iterates, earlier bounds) cost nothing and tighten the bound.
        if (tangents) xs.AddRange(curve.Evaluated.Where(v => v > lo && v < hi).ToArray());
        xs = xs.Distinct().ToList();
        xs.Sort();
        int evaluations = 0;
        while (true)
        {
            int n = xs.Count;
            var f = new double[n];
            var y = new double[n];
            var g = new double[n];
            double best = double.NegativeInfinity;
            curve.Evaluate(xs); // the round's new samples at once
            for (int i = 0; i < n; i++)
            {
                var point = curve.Point(xs[i]);
                f[i] = point.Value;
                y[i] = s == 1 ? xs[i] : DeterministicMath.Pow(xs[i], s);
                // dF/dy = f′(x) / (s·x^(s−1)) = f′(x)·x / (s·y): unknown (NaN) at x = 0 when s > 1.
                g[i] = s == 1 ? point.Slope : point.Slope * xs[i] / (s * y[i]);
                if (f[i] - lambda * xs[i] > best) (best, argmax) = (f[i] - lambda * xs[i], xs[i]);
            }
            double threshold = best + tolerance, bound = best;
            var open = new List<int>();
            var split = new List<double>();
            for (int i = 0; i + 1 < n; i++)
            {
                double at = xs[i] + (xs[i + 1] - xs[i]) / 2;
                double b = exponent is null ? f[i + 1] - lambda * xs[i] : tangents ? TangentBound(xs, y, f, g, i, lambda, s, ref at) : ConcaveBound(xs, y, f, i, lambda, s);
                bound = Math.Max(bound, b);
                if (b > threshold) { open.Add(i); split.Add(at); }
            }
            if (open.Count == 0) return bound;
            if (evaluations + open.Count > maxEvaluations) return bound; // honest: the evaluations allowed ran out
            var next = new List<double>(n + open.Count);
            int o = 0;
            for (int i = 0; i < n; i++)
            {
                next.Add(xs[i]);
                if (o < open.Count && open[o] == i)
                {
                    o++;
                    double mid = split[o - 1];
                    if (!(mid > xs[i] && mid < xs[i + 1])) return bound; // no room left to split: the bound is what it is
                    next.Add(mid);
                    evaluations++;
                }
            }
            xs = next;
        }
    }

    // Samples either side of the start where the tangents' overshoot is about the tolerance. Between tangents at x and
    // x(1 + δ) the bound exceeds f − λx by about δ²/8 · (x²|f″(x)| + λ(s − 1)x) (|F″|Δy²/8 in y = x^s, with F″ from f″ and
    // F′ = λ/(s·x^(s−1)) at a point of slope λ): bisecting down to that δ from the bounds would take a dozen samples a side.
    // (A concave curve, s = 1, needs none: its tangent at a point of slope λ bounds it everywhere.)
    private static IEnumerable<double> Neighbours(CurvePoint point, double start, double lo, double hi, double lambda, double s, double tolerance)
    {
        double spread = start * start * Math.Abs(point.Curvature) + Math.Max(0, lambda) * (s - 1) * start;
        if (!(spread > 0 && spread < double.PositiveInfinity)) yield break;
        double delta = Math.Sqrt(2 * tolerance / spread);
        if (!(delta < 0.25)) yield break;
        if (start * (1 - delta) > lo) yield return start * (1 - delta);
        if (start * (1 + delta) < hi) yield return start * (1 + delta);
    }

    // max over [x_i, x_{i+1}] of U(y) − λx(y), U = min(f_{i+1}, tangent at y_i, tangent at y_{i+1}) in y = x^s (a tangent with
    // an unknown or infinite slope left out). As in ConcaveBound, the maximum is at U's breakpoints.
    // at: where the bound is reached, kept away from the ends (the next sample there tightens the bound most).
    private static double TangentBound(List<double> xs, double[] y, double[] f, double[] g, int i, double lambda, double s, ref double at)
    {
        double width = xs[i + 1] - xs[i], reached = double.NegativeInfinity, where = at;
        double y0 = y[i], y1 = y[i + 1], g0 = g[i], g1 = g[i + 1];
        bool hasLeft = Math.Abs(g0) < double.PositiveInfinity, hasRight = Math.Abs(g1) < double.PositiveInfinity;
        double U(double v)
        {
            double u = f[i + 1];
            if (hasLeft) u = Math.Min(u, f[i] + g0 * (v - y0));
            if (hasRight) u = Math.Min(u, f[i + 1] + g1 * (v - y1));
            return u;
        }
        double best = Math.Max(U(y0) - lambda * xs[i], U(y1) - lambda * xs[i + 1]);
        void Candidate(double v)
        {
            if (!(v > y0 && v < y1)) return;
            double x = s == 1 ? v : DeterministicMath.Pow(v, 1 / s), value = U(v) - lambda * x;
            best = Math.Max(best, value);
            if (value > reached) (reached, where) = (value, Math.Min(xs[i + 1] - width / 16, Math.Max(xs[i] + width / 16, x)));
        }
        if (hasLeft && g0 > 0) Candidate(y0 + (f[i + 1] - f[i]) / g0);
        if (hasLeft && hasRight && g0 != g1) Candidate((f[i + 1] - g1 * y1 - f[i] + g0 * y0) / (g0 - g1));
        at = where;
        return best;
    }

    // max over [x_i, x_{i+1}] of U(y) − λx(y), U = min(f_{i+1}, left secant's extension, right secant's extension) in
    // y = x^s. U is concave piecewise linear and −λ·y^(1/s) convex (s ≥ 1), so the maximum is at U's breakpoints.
    private static double ConcaveBound(List<double> xs, double[] y, double[] f, int i, double lambda, double s)
    {
        double y0 = y[i], y1 = y[i + 1];
        bool hasLeft = i >= 1 && y[i] > y[i - 1], hasRight = i + 2 < y.Length && y[i + 2] > y[i + 1];
        double sl = hasLeft ? (f[i] - f[i - 1]) / (y[i] - y[i - 1]) : 0;
        double sr = hasRight ? (f[i + 2] - f[i + 1]) / (y[i + 2] - y[i + 1]) : 0;
        double U(double v)
        {
            double u = f[i + 1];
            if (hasLeft) u = Math.Min(u, f[i] + sl * (v - y0));
            if (hasRight) u = Math.Min(u, f[i + 1] + sr * (v - y1));
            return u;
        }
        double X(double v) => s == 1 ? v : DeterministicMath.Pow(v, 1 / s);
        double best = Math.Max(U(y0) - lambda * xs[i], U(y1) - lambda * xs[i + 1]);
        void Candidate(double v)
        {
            if (v > y0 && v < y1) best = Math.Max(best, U(v) - lambda * X(v));
        }
        if (hasLeft && sl > 0) Candidate(y0 + (f[i + 1] - f[i]) / sl);
        if (hasLeft && hasRight && sl != sr) Candidate((f[i + 1] - sr * y1 - f[i] + sl * y0) / (sl - sr));
        return best;
    }
}
