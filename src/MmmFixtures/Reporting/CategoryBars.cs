using System.Collections.Generic;
using System.Linq;

namespace MmmFixtures.Reporting;

/// <summary>Bar charts on a category axis: one bar series per named list of values, grouped side by side per category.</summary>
internal static class CategoryBars
{
    /// <summary>
    /// An <see cref="XyChart"/> whose x axis holds <paramref name="categories"/> (x = 0, 1, …) and whose series are the bars
    /// <paramref name="series"/> (one value per category each).
    /// </summary>
    public static XyChart Chart(string key, string title, string caption, string categoryLabel, IReadOnlyList<string> categories, string valueLabel,
        IEnumerable<(string Name, IReadOnlyList<double> Values)> series)
    {
        double[] x = Enumerable.Range(0, categories.Count).Select(i => (double)i).ToArray();
        return new XyChart(key, title, caption, new ChartAxis(categoryLabel, AxisScale.Category, categories.ToArray()), new ChartAxis(valueLabel),
            series.Select(s => new ChartSeries(s.Name, SeriesKind.Bars, x, s.Values.ToArray())).ToArray());
    }
}
