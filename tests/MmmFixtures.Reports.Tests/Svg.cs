using System.Xml.Linq;

namespace MmmFixtures.Reports.Tests;

/// <summary>Reading drawn SVG: its text elements' content (titles, axis labels, legend entries, tick labels).</summary>
internal static class Svg
{
    public static readonly XNamespace Ns = "http://www.w3.org/2000/svg";

    public static XElement Parse(string svg) => XElement.Parse(svg);

    public static IReadOnlyList<string> Texts(XElement svg) => svg.Descendants(Ns + "text").Select(t => t.Value.Trim()).ToList();
}
