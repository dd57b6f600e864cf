using System.Collections.Generic;

namespace MmmFixtures.Reports.Drawing;

/// <summary>
/// Stacks areas the way a decomposition is read: at each point, positive values pile up from zero and negative values
/// pile down from zero, so a negative part (a price control, noise) shows below the axis instead of eating into the parts
/// under it. The positive stack's top plus the negative stack's bottom is the sum of the parts.
/// </summary>
internal sealed class AreaStack
{
    private readonly double[] _top, _bottom;

    public AreaStack(int points)
    {
        _top = new double[points];
        _bottom = new double[points];
    }

    /// <summary>
    /// Adds one part and returns its bands as (lower, upper) edges: the band above zero where the part has positive values,
    /// then the band below zero where it has negative ones; a band the part never reaches is left out, but a part that is
    /// zero everywhere still gets one (flat) band, so it keeps its legend entry.
    /// </summary>
    public IReadOnlyList<(double[] Lower, double[] Upper)> Add(IReadOnlyList<double> values)
    {
        int n = _top.Length;
        double[] aboveLower = (double[])_top.Clone(), belowUpper = (double[])_bottom.Clone();
        bool above = false, below = false;
        for (int i = 0; i < n; i++)
        {
            if (values[i] > 0) { _top[i] += values[i]; above = true; }
            else if (values[i] < 0) { _bottom[i] += values[i]; below = true; }
        }
        var bands = new List<(double[], double[])>(2);
        if (above) bands.Add((aboveLower, (double[])_top.Clone()));
        if (below) bands.Add(((double[])_bottom.Clone(), belowUpper));
        if (bands.Count == 0) bands.Add((aboveLower, aboveLower));
        return bands;
    }
}
