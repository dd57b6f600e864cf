using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace MmmFixtures.Reports.Tests;

/// <summary>Where drawn SVG puts things, in the chart's pixels: text anchors, a heat map's bitmap, filled paths' points.</summary>
internal static class SvgGeometry
{
    private static readonly XNamespace XLink = "http://www.w3.org/1999/xlink";

    /// <summary>The anchor (the translation of its transform) of every text element, by its trimmed content.</summary>
    public static ILookup<string, (double X, double Y)> TextAnchors(XElement svg) => svg.Descendants(Svg.Ns + "text")
        .Select(t => (Text: t.Value.Trim(), Numbers: Numbers((string?)t.Attribute("transform") ?? "")))
        .Where(t => t.Numbers.Length is 2 or 6)
        .ToLookup(t => t.Text, t => t.Numbers.Length == 2 ? (t.Numbers[0], t.Numbers[1]) : (t.Numbers[4], t.Numbers[5]));

    /// <summary>
    /// The rectangle a <c>columns</c> × <c>rows</c> bitmap (a heat map's cells, one pixel each) is drawn into: the
    /// <c>use</c> of that image and its scale-and-translate matrix.
    /// </summary>
    public static (double Left, double Top, double CellWidth, double CellHeight) Bitmap(XElement svg, int columns, int rows)
    {
        var image = svg.Descendants(Svg.Ns + "image").Single(i => (int?)i.Attribute("width") == columns && (int?)i.Attribute("height") == rows);
        string id = (string)image.Attribute("id")!;
        var use = svg.Descendants(Svg.Ns + "use").Single(u => (string?)u.Attribute(XLink + "href") == "#" + id);
        double[] m = Numbers((string)use.Attribute("transform")!);
        Assert.Equal(6, m.Length);
        Assert.Equal(0, m[1]);
        Assert.Equal(0, m[2]);
        return (m[4], m[5], m[0], m[3]);
    }

    /// <summary>
    /// The left axis of an x–y chart read from its numeric tick labels: the pixel row of value 0 and the pixels per unit
    /// (downwards). Needs a 0 tick and another one.
    /// </summary>
    public static (double ZeroY, double PixelsPerUnit) ValueAxis(XElement svg)
    {
        var ticks = TextAnchors(svg).SelectMany(g => g.Select(anchor => (g.Key, anchor)))
            .Select(t => (Ok: double.TryParse(t.Key.Replace("−", "-"), NumberStyles.Float | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out double v), Value: v, t.anchor.Y))
            .Where(t => t.Ok).ToList();
        double zeroY = ticks.Single(t => t.Value == 0).Y;
        var other = ticks.Where(t => t.Value != 0).MaxBy(t => Math.Abs(t.Value));
        return (zeroY, (other.Y - zeroY) / -other.Value);
    }

    /// <summary>The points of every filled path drawn in <paramref name="fill"/> (e.g. <c>#1F77B4</c>).</summary>
    public static IReadOnlyList<(double X, double Y)[]> FilledPaths(XElement svg, string fill) => svg.Descendants(Svg.Ns + "path")
        .Where(p => string.Equals((string?)p.Attribute("fill"), fill, StringComparison.OrdinalIgnoreCase))
        .Select(p => Numbers((string)p.Attribute("d")!).Chunk(2).Select(xy => (xy[0], xy[1])).ToArray())
        .ToList();

    private static double[] Numbers(string text) => Regex.Matches(text, @"-?\d+(\.\d+)?(e-?\d+)?")
        .Select(m => double.Parse(m.Value, CultureInfo.InvariantCulture)).ToArray();
}
