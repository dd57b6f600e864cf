using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;

namespace MmmFixtures.Reports.Drawing;

/// <summary>
/// Makes Skia's SVG fit to inline and byte-stable: Skia numbers clip paths from a process-wide counter (so the same
/// chart gets other ids on a second draw, and two inline charts could collide), lists glyph positions with a
/// trailing comma, names the font it found on this machine, and leaves bitmap scaling (heat-map cells) to the browser's smoothing. Here ids become <c>{prefix}{n}</c> in order of
/// appearance, position lists are space-separated, every text names one font list, bitmaps scale without blur, and the root gets a viewBox so
/// the page can scale it.
/// </summary>
internal static class SvgNormalizer
{
    private static readonly Regex Declaration = new(@"^\s*<\?xml[^>]*\?>\s*", RegexOptions.CultureInvariant);
    private static readonly Regex Root = new(@"<svg [^>]*width=""(\d+)"" height=""(\d+)"">", RegexOptions.CultureInvariant);
    private static readonly Regex Id = new(@"\bid=""([^""]+)""", RegexOptions.CultureInvariant);
    private static readonly Regex Reference = new(@"(url\(#|href=""#)([^)""]+)", RegexOptions.CultureInvariant);
    private static readonly Regex PositionList = new(@"\b(x|y)=""([^""]*,[^""]*)""", RegexOptions.CultureInvariant);
    private static readonly Regex FontFamily = new(@"font-family=""[^""]*""", RegexOptions.CultureInvariant);
    private static readonly Regex ListSeparator = new(@"[,\s]+", RegexOptions.CultureInvariant);

    /// <summary>The normalised SVG of <paramref name="svg"/>, its ids prefixed with <paramref name="idPrefix"/>, labelled <paramref name="title"/> for screen readers.</summary>
    public static string Normalize(string svg, string idPrefix, string title)
    {
        svg = svg.Replace("\r\n", "\n");
        svg = Declaration.Replace(svg, "");
        svg = Root.Replace(svg, m => string.Create(CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" viewBox=\"0 0 {m.Groups[1].Value} {m.Groups[2].Value}\" width=\"{m.Groups[1].Value}\" height=\"{m.Groups[2].Value}\" role=\"img\" aria-label=\"{Escape(title)}\">"), 1);
        var ids = new Dictionary<string, string>();
        svg = Id.Replace(svg, m => $"id=\"{Renamed(ids, m.Groups[1].Value, idPrefix)}\"");
        svg = Reference.Replace(svg, m => m.Groups[1].Value + (ids.TryGetValue(m.Groups[2].Value, out var renamed) ? renamed : m.Groups[2].Value));
        svg = PositionList.Replace(svg, m => $"{m.Groups[1].Value}=\"{ListSeparator.Replace(m.Groups[2].Value, " ").Trim()}\"");
        svg = FontFamily.Replace(svg, $"font-family=\"{PlotStyle.SvgFontFamily}\"");
        // A heat map is a bitmap of one pixel per cell, scaled up: a browser would blur its cells into each other.
        svg = svg.Replace("<image ", "<image style=\"image-rendering:pixelated\" ");
        return svg.TrimEnd() + "\n";
    }

    private static string Renamed(Dictionary<string, string> ids, string id, string prefix)
    {
        if (!ids.TryGetValue(id, out var renamed)) ids[id] = renamed = prefix + (ids.Count + 1).ToString(CultureInfo.InvariantCulture);
        return renamed;
    }

    private static string Escape(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace("\"", "&quot;");
}
