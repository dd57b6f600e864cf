using System;
using System.Collections.Generic;
using MmmFixtures.Numerics;

namespace MmmFixtures.Decisions;

/// <summary>
/// An upper bound on max over [lo, hi] of f(x) − λx, by branch and bound on sampled points: every round bounds f
/// between each pair of neighbouring samples and halves the intervals whose bound still exceeds the best value found
/// plus the tolerance. Between samples a ≤ x ≤ b, f non-decreasing gives f(x) ≤ f(b) (first-order tight); when
/// f(x) = F(x^s) with F concave, F also lies below the extensions of its neighbouring secants (second-order tight,
/// so a handful of rounds suffice).
/// </summary>
internal static class IntervalMaximum
{
    // Curves concave in x^s need few starting samples: the secant bound is second-order tight.
    private const int InitialPoints = 64;
    private const int ShapedInitialPoints = 16;

    /// <summary>The bound; <paramref name="exponent"/> s declares f(x) = F(x^s) with F concave (null: monotone only).</summary>
    public static double UpperBound(CachedCurve curve, double? exponent, double lo, double hi, double lambda, double start,
        double tolerance, int maxEvaluations) => UpperBound(curve, exponent, lo, hi, lambda, start, tolerance, maxEvaluations, out _);

    /// <summary>The bound, and in <paramref name="argmax"/> the sampled point with the largest f(x) − λx.</summary>
    public static double UpperBound(CachedCurve curve, double? exponent, double lo, double hi, double lambda, double start,
        double tolerance, int maxEvaluations, out double argmax)
    {
        argmax = lo;
        if (hi <= lo) return curve.At(lo) - lambda * lo;
        int points = exponent is null ? InitialPoints : ShapedInitialPoints;
        var xs = new List<double>(points + 2);
        for (int i = 0; i <= points; i++) xs.Add(i == points ? hi : lo + (hi - lo) * i / points);
        if (start > lo && start < hi && !xs.Contains(start))
        {
            xs.Add(start);
            xs.Sort();
        }
        double s = Math.Max(1, exponent ?? 1);
        int evaluations = 0;
        while (true)
        {
            int n = xs.Count;
            var f = new double[n];
            var y = new double[n];
            double best = double.NegativeInfinity;
            for (int i = 0; i < n; i++)
            {
                f[i] = curve.At(xs[i]);
                y[i] = s == 1 ? xs[i] : DeterministicMath.Pow(xs[i], s);
                if (f[i] - lambda * xs[i] > best) (best, argmax) = (f[i] - lambda * xs[i], xs[i]);
            }
            double threshold = best + tolerance, bound = best;
            var open = new List<int>();
            for (int i = 0; i + 1 < n; i++)
            {
                double b = exponent is null ? f[i + 1] - lambda * xs[i] : ConcaveBound(xs, y, f, i, lambda, s);
                bound = Math.Max(bound, b);
                if (b > threshold) open.Add(i);
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
                    double mid = xs[i] + (xs[i + 1] - xs[i]) / 2;
                    if (!(mid > xs[i] && mid < xs[i + 1])) return bound; // no room left to split: the bound is what it is
                    next.Add(mid);
                    evaluations++;
                }
            }
            xs = next;
        }
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
