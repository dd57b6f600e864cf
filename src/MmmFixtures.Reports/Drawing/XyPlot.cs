using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using MmmFixtures.Reporting;
using ScottPlot;

namespace MmmFixtures.Reports.Drawing;

/// <summary>Draws an <see cref="XyChart"/> (already validated) on a ScottPlot plot.</summary>
internal static class XyPlot
{
    /// <summary>Days from 1899-12-30 (the OLE automation epoch ScottPlot's date axis reads) to 1970-01-01.</summary>
    private const double UnixEpochInOleDays = 25569;

    private const double BarGroupWidth = 0.8;

    public static Plot Build(XyChart chart)
    {
        var plot = PlotStyle.NewPlot(chart.Title, chart.X.Label, chart.Y.Label, chart.Series.Count);
        bool dates = chart.X.Scale == AxisScale.Date;
        double[] X(ChartSeries s) => s.X.Select(x => dates ? x + UnixEpochInOleDays : x).ToArray();

        var bars = chart.Series.Where(s => s.Kind == SeriesKind.Bars).ToList();
        double barWidth = BarWidth(bars.Select(X));
        var stack = chart.Series.Any(s => s.Kind == SeriesKind.StackedArea) ? new AreaStack(chart.Series.First(s => s.Kind == SeriesKind.StackedArea).Y.Count) : null;
        for (int i = 0; i < chart.Series.Count; i++)
        {
            var series = chart.Series[i];
            // By series, not by ScottPlot's count of plottables: error bars and the bands of a stacked part add plottables,
            // which would skip colours and, past the palette's end, give two series one colour.
            var color = plot.Add.Palette.GetColor(i);
            double[] xs = X(series), ys = series.Y.ToArray();
            switch (series.Kind)
            {
                case SeriesKind.Line:
                case SeriesKind.Markers:
                    var scatter = series.Kind == SeriesKind.Line ? plot.Add.ScatterLine(xs, ys, color) : plot.Add.ScatterPoints(xs, ys, color);
                    scatter.LegendText = series.Name;
                    if (series.Kind == SeriesKind.Line) scatter.LineWidth = 2;
                    else scatter.MarkerSize = 8;
                    if (series.Error is { } error)
                    {
                        var errorBars = plot.Add.ErrorBar(xs, ys, error.ToArray());
                        errorBars.Color = color;
                    }
                    break;
                case SeriesKind.Bars:
                    int index = bars.IndexOf(series);
                    double offset = (index - (bars.Count - 1) / 2.0) * barWidth;
                    var barPlot = plot.Add.Bars(xs.Select((x, i) => new Bar
                    {
                        Position = x + offset,
                        Value = ys[i],
                        Size = barWidth,
                        FillColor = color,
                        LineColor = color, // the error bar's colour; the outline matches the fill
                        LineWidth = 1.5f,
                        Error = series.Error?[i] ?? 0,
                    }).ToArray());
                    barPlot.LegendText = series.Name;
                    break;
                case SeriesKind.StackedArea:
                    bool named = false;
                    foreach (var (lower, upper) in stack!.Add(ys))
                    {
                        var fill = plot.Add.FillY(xs, lower, upper);
                        fill.FillColor = color.WithAlpha(0.75);
                        fill.LineWidth = 0; // an outline would draw the zero-height stretches of a part as lines across the others
                        fill.MarkerSize = 0;
                        if (!named) fill.LegendText = series.Name; // one legend entry for the part's bands above and below zero
                        named = true;
                    }
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(chart), series.Kind, "unknown series kind");
            }
        }

        if (dates)
        {
            // The date axis replaces the bottom axis (and its label); dates read as ISO whatever the locale.
            var dateAxis = plot.Axes.DateTimeTicksBottom();
            if (dateAxis.TickGenerator is ScottPlot.TickGenerators.DateTimeAutomatic ticks)
                ticks.LabelFormatter = date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            plot.XLabel(chart.X.Label);
        }
        if (chart.X.Scale == AxisScale.Category) PlotStyle.CategoryTicks(plot.Axes.Bottom, chart.X.Categories!, Indexes(chart.X.Categories!.Count), isX: true);
        if (chart.Y.Scale == AxisScale.Category) PlotStyle.CategoryTicks(plot.Axes.Left, chart.Y.Categories!, Indexes(chart.Y.Categories!.Count), isX: false);
        if (bars.Count > 0 || stack is not null) plot.Axes.Margins(bottom: 0);
        plot.Axes.AutoScale();
        if (chart.X.Scale == AxisScale.Category) plot.Axes.SetLimitsX(-0.5, chart.X.Categories!.Count - 0.5);
        if (chart.Y.Scale == AxisScale.Category) plot.Axes.SetLimitsY(-0.5, chart.Y.Categories!.Count - 0.5);
        plot.ShowLegend(Edge.Right);
        return plot;
    }

    // Bars of several series share each x: the group fills 80% of the smallest gap between neighbouring x values.
    private static double BarWidth(IEnumerable<double[]> xs)
    {
        var distinct = xs.SelectMany(x => x).Distinct().OrderBy(x => x).ToArray();
        int series = Math.Max(1, xs.Count());
        double gap = 1;
        for (int i = 1; i < distinct.Length; i++) gap = i == 1 ? distinct[1] - distinct[0] : Math.Min(gap, distinct[i] - distinct[i - 1]);
        return gap * BarGroupWidth / series;
    }

    private static double[] Indexes(int count) => Enumerable.Range(0, count).Select(i => (double)i).ToArray();
}
