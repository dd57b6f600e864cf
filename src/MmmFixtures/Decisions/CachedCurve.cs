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
    private readonly Dictionary<double, CurvePoint> _points = new();

    public CachedCurve(Func<double, double> f, Func<double, CurvePoint>? derivatives = null)
    {
        _f = f;
        _derivatives = derivatives;
    }

    /// <summary>A curve given by its points (value, slope and curvature), each evaluated once.</summary>
    public CachedCurve(Func<double, CurvePoint> points) : this(x => points(x).Value, points)
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
}
