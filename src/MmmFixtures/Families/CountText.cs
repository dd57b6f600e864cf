using System.Globalization;

namespace MmmFixtures.Families;

/// <summary>Counts in words for summaries: <c>1 geo</c>, <c>1,000 users</c>.</summary>
internal static class CountText
{
    /// <summary><paramref name="n"/> with thousands separators and <paramref name="noun"/>, plural unless n is 1.</summary>
    public static string Of(long n, string noun) => n.ToString("N0", CultureInfo.InvariantCulture) + " " + noun + (n == 1 ? "" : "s");
}
