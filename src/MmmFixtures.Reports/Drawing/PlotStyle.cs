using System;
using System.Collections.Generic;
using System.Linq;
using ScottPlot;

namespace MmmFixtures.Reports.Drawing;

/// <summary>The look every chart shares: one embedded sans-serif font (<see cref="EmbeddedFont"/>); 10 strong colours, or 20 (in light/dark pairs) when a chart has more series.</summary>
internal static class PlotStyle
{

    /// <summary>The font list written into SVG text, so a browser shows the same family whichever font drew the chart.</summary>
    public const string SvgFontFamily = "DejaVu Sans, Verdana, Arial, sans-serif";

    // ScottPlot's font settings are process-wide: set once, before any plot. The embedded font answers first, so no
    // system font is ever asked for.
    static PlotStyle()
    {
        Fonts.FontResolvers.Insert(0, new EmbeddedFont());
        Fonts.Default = EmbeddedFont.Family;
    }

    /// <summary>A new plot with the shared look, title and axis labels.</summary>
    public static Plot NewPlot(string title, string xLabel, string yLabel, int series = 1)
    {
        var plot = new Plot();
        plot.Add.Palette = series <= 10 ? new ScottPlot.Palettes.Category10() : new ScottPlot.Palettes.Category20();
        plot.Title(title);
        plot.XLabel(xLabel);
        plot.YLabel(yLabel);
        return plot;
    }

    /// <summary>Names the ticks of <paramref name="axis"/> at <paramref name="positions"/>; on an x axis, long or many names are slanted so they do not overlap.</summary>
    public static void CategoryTicks(IAxis axis, IReadOnlyList<string> names, IReadOnlyList<double> positions, bool isX)
    {
        axis.SetTicks(positions.ToArray(), names.ToArray());
        axis.MajorTickStyle.Length = 0;
        int longest = names.Select(c => c.Length).DefaultIfEmpty(0).Max();
        if (isX && longest * names.Count > 90)
        {
            axis.TickLabelStyle.Rotation = 45;
            axis.TickLabelStyle.Alignment = Alignment.MiddleLeft;
            axis.MinimumSize = 30 + 6 * Math.Min(longest, 30);
        }
    }
}
