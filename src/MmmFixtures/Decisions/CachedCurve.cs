using System;
using System.Collections.Generic;

namespace MmmFixtures.Decisions;

/// <summary>
/// A response curve that remembers its values (and, when it has them, its derivatives): the start, the refinement and
/// the bounds revisit the same points. Not thread-safe: parallel work touches each channel's curve from one thread at a time.
/// </summary>
internal sealed class CachedCurve
{
    private readonly Func<double, double> _f;
    private readonly Func<double, CurvePoint>? _derivatives;
    private readonly Func<IReadOnlyList<double>, CurvePoint[]>? _derivativesAtEach;
    private readonly Dictionary<double, CurvePoint> _points = new();

    /// <param name="f">f(x).</param>
    /// <param name="derivatives">f(x), f′(x), f″(x) in one evaluation, if the curve has them.</param>
    /// <param name="derivativesAtEach">The points at several x in one evaluation (each the bits of <paramref name="derivatives"/>'),
    /// for a curve whose every evaluation has a cost beyond its points (read back from storage); see <see cref="Evaluate"/>.</param>
    public CachedCurve(Func<double, double> f, Func<double, CurvePoint>? derivatives = null,
        Func<IReadOnlyList<double>, CurvePoint[]>? derivativesAtEach = null)
    {
        _f = f;
        _derivatives = derivatives;
        _derivativesAtEach = derivatives is null ? null : derivativesAtEach;
    }

    /// <summary>A curve given by its points (value, slope and curvature), each evaluated once, several at once when <paramref name="pointsAtEach"/> is given.</summary>
    public CachedCurve(Func<double, CurvePoint> points, Func<IReadOnlyList<double>, CurvePoint[]>? pointsAtEach = null)
        : this(x => points(x).Value, points, pointsAtEach)
    {
    }

    /// <summary>Whether <see cref="Point"/> carries the slope and curvature (else they are NaN).</summary>
    public bool HasDerivatives => _derivatives is not null;

    /// <summary>The points evaluated so far, in no particular order.</summary>
    public IEnumerable<double> Evaluated => _points.Keys;

    /// <summary>f(x).</summary>
    public double At(double x) => Point(x).Value;

    /// <summary>f(x), f′(x), f″(x): one evaluation of the curve, however many of them are used.</summary>
    public CurvePoint Point(double x)
    {
        if (!_points.TryGetValue(x, out var p))
            _points[x] = p = _derivatives is null ? new CurvePoint(_f(x), double.NaN, double.NaN) : _derivatives(x);
        return p;
    }

    /// <summary>
    /// Evaluates the points of <paramref name="xs"/> not yet evaluated in one evaluation of the curve, when it evaluates several
    /// at once (else leaves them to <see cref="Point"/>): for a caller about to read all of them. Each point has the bits
    /// <see cref="Point"/> would give it alone.
    /// </summary>
    public void Evaluate(IEnumerable<double> xs)
    {
        if (_derivativesAtEach is null) return;
        var missing = new List<double>();
        var seen = new HashSet<double>();
        foreach (double x in xs)
            if (!_points.ContainsKey(x) && seen.Add(x)) missing.Add(x);
        if (missing.Count == 0) return;
        var points = _derivativesAtEach(missing);
        for (int i = 0; i < missing.Count; i++) _points[missing[i]] = points[i];
    }
}
