using System.Globalization;

namespace MmmFixtures.Families;

/// <summary>Counts in words for summaries: <c>1 geo</c>, <c>1,000 users</c>.</summary>
internal static class CountText
{
    /// <summary>
    /// <paramref name="n"/> with thousands separators and <paramref name="noun"/>, plural unless n is 1: the noun plus "s",
    /// or <paramref name="plural"/> when given (e.g. <c>categories</c>).
    /// </summary>
    public static string Of(long n, string noun, string? plural = null) =>
        n.ToString("N0", CultureInfo.InvariantCulture) + " " + (n == 1 ? noun : plural ?? noun + "s");
}
