using System.Collections.Generic;
using System.Linq;

namespace MmmFixtures.Mmm.Report;

/// <summary>
/// Which channels a chart draws one series each: all of them when they fit, else the largest (by the chart's own measure)
/// and the rest summed as one "other" series, so a 30-channel panel stays readable.
/// </summary>
internal sealed class ChannelGroups
{
    /// <summary>The most series a group of channels takes in one chart.</summary>
    public const int MaxSeries = 8;

    private ChannelGroups(IReadOnlyList<int> drawn, IReadOnlyList<int> other)
    {
        Drawn = drawn;
        Other = other;
    }

    /// <summary>The channels drawn one by one (declaration indexes), largest first.</summary>
    public IReadOnlyList<int> Drawn { get; }

    /// <summary>The channels summed as "other", in declaration order (empty when all fit).</summary>
    public IReadOnlyList<int> Other { get; }

    /// <summary>Groups channels by <paramref name="size"/> (ties in declaration order); all fit when there are at most <see cref="MaxSeries"/>.</summary>
    public static ChannelGroups Largest(IReadOnlyList<double> size)
    {
        int[] ranked = Enumerable.Range(0, size.Count).OrderByDescending(c => size[c]).ThenBy(c => c).ToArray();
        int drawn = ranked.Length <= MaxSeries ? ranked.Length : MaxSeries - 1;
        return new ChannelGroups(ranked.Take(drawn).ToArray(), ranked.Skip(drawn).OrderBy(c => c).ToArray());
    }

    /// <summary>One (name, values) per drawn channel, then "other" with the element-wise sum of the rest.</summary>
    public IEnumerable<(string Name, double[] Values)> Series(IReadOnlyList<string> names, IReadOnlyList<double[]> values)
    {
        foreach (int c in Drawn) yield return (names[c], values[c]);
        if (Other.Count > 0)
            yield return ($"other ({Families.CountText.Of(Other.Count, "channel")})", PanelSeries.Sum(values[Other[0]].Length, Other.Select(c => values[c]).ToArray()));
    }

    /// <summary>A caption sentence saying which channels are summed, or empty when all are drawn.</summary>
    public string Note(string measure) => Other.Count == 0 ? ""
        : $" The {Drawn.Count} channels with the most {measure} are drawn one by one; the other {Other.Count} are summed as \"other\".";
}
