using System;
using MmmFixtures.Reporting;
using MmmFixtures.Reports.Drawing;
using ScottPlot;

namespace MmmFixtures.Reports;

/// <summary>
/// Draws one <see cref="Chart"/> of a <see cref="DatasetReport"/> with ScottPlot: an <see cref="XyChart"/> as lines,
/// markers, grouped bars and stacked areas (with error bars where the series has them), a <see cref="HeatmapChart"/> as a
/// colour grid with a colour bar; every chart with its title, axis labels and a legend (a heat map's legend is its
/// colour bar). The same chart and size give the same bytes. Thread-safe.
/// </summary>
public static class ChartRenderer
{
    /// <summary>
    /// The chart as a standalone SVG document (no XML declaration, so it can also be inlined in HTML); its element ids
    /// start with <c>{chart.Key}-</c>. Size: <paramref name="size"/>, or <see cref="DefaultSize"/>.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="chart"/> is null.</exception>
    /// <exception cref="ArgumentException">The chart is malformed; the message names every problem.</exception>
    public static string Svg(Chart chart, ChartSize? size = null)
    {
        var (plot, drawn) = Build(chart, size);
        using (CultureScope.Invariant())
            return SvgNormalizer.Normalize(plot.GetSvgXml(drawn.Width, drawn.Height), chart.Key + "-", chart.Title);
    }

    /// <summary>The chart as PNG bytes (same look and size as <see cref="Svg"/>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="chart"/> is null.</exception>
    /// <exception cref="ArgumentException">The chart is malformed; the message names every problem.</exception>
    public static byte[] Png(Chart chart, ChartSize? size = null)
    {
        var (plot, drawn) = Build(chart, size);
        using (CultureScope.Invariant())
            return plot.GetImageBytes(drawn.Width, drawn.Height, ImageFormat.Png);
    }

    /// <summary>
    /// Loads the drawing library, its native code and fonts, which the first chart of a process otherwise waits for
    /// (about half a second): call it on a background thread while other work runs, e.g. while an export is written.
    /// Drawing gives the same bytes whether or not it ran.
    /// </summary>
    public static void Prepare() => Svg(WarmUpChart);

    private static readonly XyChart WarmUpChart = new("warm-up", "Warm-up", "", new ChartAxis("x"), new ChartAxis("y"),
        new[] { new ChartSeries("s", SeriesKind.Line, new double[] { 0, 1 }, new double[] { 0, 1 }) });

    /// <summary>
    /// The size a chart is drawn at by default: <see cref="ChartSize.Default"/> for x–y charts; heat maps grow with their
    /// rows (28 pixels each) so labels stay readable.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="chart"/> is null.</exception>
    public static ChartSize DefaultSize(Chart chart) => chart switch
    {
        null => throw new ArgumentNullException(nameof(chart)),
        HeatmapChart heatmap => new ChartSize(ChartSize.Default.Width, Math.Clamp(160 + 28 * heatmap.Rows.Count, 300, 1600)),
        _ => ChartSize.Default,
    };

    private static (Plot Plot, ChartSize Size) Build(Chart chart, ChartSize? size)
    {
        ReportValidation.ThrowIfInvalid(chart);
        using (CultureScope.Invariant())
        {
            var plot = chart switch
            {
                XyChart xy => XyPlot.Build(xy),
                HeatmapChart heatmap => HeatmapPlot.Build(heatmap),
                _ => throw new ArgumentException($"Chart '{chart.Key}' is a {chart.GetType().Name}, which this renderer cannot draw.", nameof(chart)),
            };
            return (plot, size ?? DefaultSize(chart));
        }
    }
}
