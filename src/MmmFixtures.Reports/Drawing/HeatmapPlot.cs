using System;
using System.Globalization;
using System.Linq;
using MmmFixtures.Reporting;
using ScottPlot;

namespace MmmFixtures.Reports.Drawing;

/// <summary>Draws a <see cref="HeatmapChart"/> (already validated): first row at the top, a colour bar, values written in the cells of small grids.</summary>
internal static class HeatmapPlot
{
    /// <summary>Grids up to this many cells show their values as text (larger ones would be unreadable).</summary>
    private const int LabelledCells = 200;

    public static Plot Build(HeatmapChart chart)
    {
        var plot = PlotStyle.NewPlot(chart.Title, chart.ColumnLabel, chart.RowLabel);
        int rows = chart.Rows.Count, columns = chart.Columns.Count;
        // ScottPlot draws row 0 of its grid at the top of the extent.
        var grid = new double[rows, columns];
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < columns; c++)
                grid[r, c] = chart.Values[r][c] ?? double.NaN;
        var heatmap = plot.Add.Heatmap(grid);
        // Rectangle sets the cells' outer edges (Extent would set the outer cells' centres): cell (r, c) is centred on tick c and row tick r.
        heatmap.Rectangle = new CoordinateRect(-0.5, columns - 0.5, -0.5, rows - 0.5);
        heatmap.NaNCellColor = Colors.Transparent;
        heatmap.Smooth = false;
        var bar = plot.Add.ColorBar(heatmap);
        bar.Label = chart.ValueLabel;

        if (rows * columns <= LabelledCells)
        {
            var range = heatmap.DataRange;
            for (int r = 0; r < rows; r++)
                for (int c = 0; c < columns; c++)
                    if (chart.Values[r][c] is double value)
                    {
                        var text = plot.Add.Text(Format(value), c, rows - 1 - r);
                        text.LabelAlignment = Alignment.MiddleCenter;
                        text.LabelFontSize = 11;
                        // Dark text on the bright upper half of the colour map, white on the dark lower half.
                        double span = range.Max - range.Min, t = span > 0 ? (value - range.Min) / span : 0.5;
                        text.LabelFontColor = t > 0.6 ? Colors.Black : Colors.White;
                    }
        }
        PlotStyle.CategoryTicks(plot.Axes.Bottom, chart.Columns, Enumerable.Range(0, columns).Select(c => (double)c).ToArray(), isX: true);
        PlotStyle.CategoryTicks(plot.Axes.Left, chart.Rows, Enumerable.Range(0, rows).Select(r => (double)(rows - 1 - r)).ToArray(), isX: false);
        plot.Axes.SetLimits(-0.5, columns - 0.5, -0.5, rows - 0.5);
        plot.HideGrid();
        return plot;
    }

    private static string Format(double value) => value.ToString(Math.Abs(value) >= 1000 ? "N0" : "G3", CultureInfo.InvariantCulture);
}
