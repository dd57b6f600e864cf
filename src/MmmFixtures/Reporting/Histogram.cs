using System;
using System.Collections.Generic;
using System.Linq;

namespace MmmFixtures.Reporting;

/// <summary>
/// Histogram bins given by their edges: bin i holds the values in [Edges[i], Edges[i+1]), the last bin also its upper
/// edge; the end bins also take the values beyond them, so every value is counted once (prices rounded to the cent can
/// fall just outside their bounds).
/// </summary>
internal sealed class Histogram
{
    private Histogram(double[] edges) => Edges = edges;

    /// <summary>The bin edges, increasing: one more than the bins.</summary>
    public IReadOnlyList<double> Edges { get; }

    /// <summary>The number of bins.</summary>
    public int Bins => Edges.Count - 1;

    /// <summary>
    /// <paramref name="bins"/> bins whose edges grow geometrically from <paramref name="low"/> to <paramref name="high"/>
    /// (equal widths on a log scale, for skewed positive values such as prices), rounded to 2 significant digits.
    /// </summary>
    public static Histogram Geometric(double low, double high, int bins)
    {
        if (!(low > 0 && high > low && bins > 0)) throw new ArgumentOutOfRangeException(nameof(bins), "need 0 < low < high and at least one bin");
        var edges = new double[bins + 1];
        edges[0] = low;
        edges[bins] = high;
        double ratio = Numerics.DeterministicMath.Pow(high / low, 1.0 / bins);
        for (int i = 1; i < bins; i++) edges[i] = RoundToTwoDigits(edges[i - 1] * ratio);
        // Rounding keeps them increasing (the ratio is above 1) unless bins are far too narrow for two digits: then drop the repeats.
        return new Histogram(edges.Distinct().ToArray());
    }

    /// <summary>How many of <paramref name="values"/> fall in each bin.</summary>
    public double[] Count(IEnumerable<double> values)
    {
        var counts = new double[Bins];
        foreach (double v in values)
        {
            int bin = 0;
            while (bin < Bins - 1 && v >= Edges[bin + 1]) bin++;
            counts[bin]++;
        }
        return counts;
    }

    /// <summary>The bins' labels, e.g. <c>10–15</c>.</summary>
    public string[] Labels() => Enumerable.Range(0, Bins).Select(i => $"{ReportText.Number(Edges[i], "G6")}–{ReportText.Number(Edges[i + 1], "G6")}").ToArray();

    private static double RoundToTwoDigits(double x)
    {
        double scale = 1;
        while (x >= 100 * scale) scale *= 10;
        while (x < 10 * scale) scale /= 10;
        return Math.Round(x / scale) * scale;
    }
}
