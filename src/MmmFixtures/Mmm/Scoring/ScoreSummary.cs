using System.Collections.Generic;
using System.Linq;

namespace MmmFixtures.Mmm.Scoring;

/// <summary>A metric over the channels (or parameters) where it is defined.</summary>
/// <param name="Count">How many values it summarises.</param>
/// <param name="Mean">Their mean; null when there are none.</param>
/// <param name="Median">Their median (the mean of the middle two for an even count).</param>
/// <param name="Max">Their maximum.</param>
public sealed record MetricSummary(int Count, double? Mean, double? Median, double? Max)
{
    /// <summary>The summary of <paramref name="values"/>, nulls left out.</summary>
    internal static MetricSummary Of(IEnumerable<double?> values)
    {
        var sorted = values.Where(v => v is not null).Select(v => v!.Value).OrderBy(v => v).ToArray();
        int n = sorted.Length;
        if (n == 0) return new MetricSummary(0, null, null, null);
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        return new MetricSummary(n, sorted.Average(), median, sorted[n - 1]);
    }
}

/// <summary>The metrics aggregated over a set of channels (all, or the identifiable ones).</summary>
public sealed record ScoreSummary
{
    /// <summary>How many channels the set holds.</summary>
    public required int Channels { get; init; }

    /// <summary>|estimated − true ROAS|.</summary>
    public required MetricSummary RoasAbsoluteError { get; init; }

    /// <summary>|estimated − true ROAS| / |true ROAS|.</summary>
    public required MetricSummary RoasRelativeError { get; init; }

    /// <summary>|estimated − true ROAS| / oracle SE.</summary>
    public required MetricSummary RoasErrorInOracleSe { get; init; }

    /// <summary>Each channel's contribution MAPE.</summary>
    public required MetricSummary ContributionMape { get; init; }

    /// <summary>|estimated − true share of media|.</summary>
    public required MetricSummary ShareAbsoluteError { get; init; }

    /// <summary>The relative error of every estimated parameter of the set's channels.</summary>
    public required MetricSummary ParameterRelativeError { get; init; }

    /// <summary>The share of the channels with an interval and a ROAS whose interval contains the true ROAS.</summary>
    public double? IntervalCoverage { get; init; }

    /// <summary>The mean interval width.</summary>
    public double? MeanIntervalWidth { get; init; }

    /// <summary>The mean interval width in oracle SEs (width / (2 · SE)).</summary>
    public double? MeanIntervalWidthInOracleSe { get; init; }

    /// <summary>The summary of <paramref name="channels"/>.</summary>
    internal static ScoreSummary Of(IReadOnlyList<ChannelScore> channels)
    {
        var covered = channels.Where(c => c.Interval?.Covers is not null).ToArray();
        var intervals = channels.Where(c => c.Interval is not null).Select(c => c.Interval!).ToArray();
        return new ScoreSummary
        {
            Channels = channels.Count,
            RoasAbsoluteError = MetricSummary.Of(channels.Select(c => c.RoasAbsoluteError)),
            RoasRelativeError = MetricSummary.Of(channels.Select(c => c.RoasRelativeError)),
            RoasErrorInOracleSe = MetricSummary.Of(channels.Select(c => c.RoasErrorInOracleSe)),
            ContributionMape = MetricSummary.Of(channels.Select(c => c.Contribution?.Mape)),
            ShareAbsoluteError = MetricSummary.Of(channels.Select(c => c.ShareError is double e ? System.Math.Abs(e) : (double?)null)),
            ParameterRelativeError = MetricSummary.Of(channels.SelectMany(c => c.Parameters).Select(p => p.RelativeError)),
            IntervalCoverage = covered.Length > 0 ? covered.Count(c => c.Interval!.Covers == true) / (double)covered.Length : null,
            MeanIntervalWidth = intervals.Length > 0 ? intervals.Average(i => i.Width) : null,
            MeanIntervalWidthInOracleSe = MetricSummary.Of(intervals.Select(i => i.WidthInOracleSe)).Mean,
        };
    }
}
