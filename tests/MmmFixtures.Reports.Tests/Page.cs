using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace MmmFixtures.Reports.Tests;

/// <summary>Strict checks of a report page: it parses as XML (so it is well-formed) and refers to nothing outside itself.</summary>
internal static class Page
{
    public static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    public static XDocument Parse(string html)
    {
        using var reader = XmlReader.Create(new StringReader(html), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
        return XDocument.Load(reader);
    }

    /// <summary>Every way the page could reach outside itself: scripts, and src/href/url() other than its own anchors or inline data.</summary>
    public static IReadOnlyList<string> OutsideReferences(string html)
    {
        var found = new List<string>();
        if (html.Contains("<script", StringComparison.OrdinalIgnoreCase)) found.Add("<script>");
        if (html.Contains("@import", StringComparison.OrdinalIgnoreCase)) found.Add("@import");
        foreach (Match m in Regex.Matches(html, @"\b(?:src|href|xlink:href|action|srcset)\s*=\s*""([^""]*)""", RegexOptions.IgnoreCase))
            if (!m.Groups[1].Value.StartsWith('#') && !m.Groups[1].Value.StartsWith("data:image/png;base64,", StringComparison.Ordinal)) found.Add(m.Value);
        foreach (Match m in Regex.Matches(html, @"url\(\s*([^)]*)\)", RegexOptions.IgnoreCase))
            if (!m.Groups[1].Value.StartsWith('#')) found.Add(m.Value);
        // Namespace names are identifiers, not fetched; any other address would be.
        string withoutNamespaces = Regex.Replace(html, @"xmlns(:\w+)?=""[^""]*""", "");
        foreach (Match m in Regex.Matches(withoutNamespaces, @"(https?|ftp|file)://[^\s""'<>]*", RegexOptions.IgnoreCase)) found.Add(m.Value);
        return found;
    }
}
