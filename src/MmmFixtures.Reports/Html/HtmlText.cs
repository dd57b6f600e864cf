namespace MmmFixtures.Reports.Html;

/// <summary>Escaping for text and attribute values: the page is also well-formed XML, so only XML's five entities are used.</summary>
internal static class HtmlText
{
    public static string Escape(string text) =>
        text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\"", "&quot;").Replace("'", "&#39;");
}
