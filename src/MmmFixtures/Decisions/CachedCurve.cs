using System;
using System.Collections.Generic;

namespace MmmFixtures.Decisions;

/// <summary>
/// A response curve that remembers its values: the grid, the refinement and the bounds revisit the same points.
/// Not thread-safe: parallel work touches each channel's curve from one thread at a time.
/// </summary>
internal sealed class CachedCurve
{
    private readonly Func<double, double> _f;
    private readonly Dictionary<double, double> _values = new();

    public CachedCurve(Func<double, double> f) => _f = f;

    /// <summary>f(x).</summary>
    public double At(double x)
    {
        if (!_values.TryGetValue(x, out double v)) _values[x] = v = _f(x);
        return v;
    }
}
