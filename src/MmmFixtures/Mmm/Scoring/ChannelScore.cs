using System.Collections.Generic;

namespace MmmFixtures.Mmm.Scoring;

/// <summary>
/// One channel's score. Metrics whose estimate was not given, or whose truth does not exist (a channel that never
/// spent has no ROAS), are null.
/// </summary>
public sealed record ChannelScore
{
    /// <summary>The channel's name.</summary>
    public required string Channel { get; init; }

    /// <summary>Whether the oracle can recover the channel (<see cref="ChannelTruth.Identifiable"/>: relative ROAS SE below 10%).</summary>
    public required bool Identifiable { get; init; }

    /// <summary>The true national ROAS.</summary>
    public required double? TrueRoas { get; init; }

    /// <summary>The oracle standard error of the national ROAS (<see cref="ChannelTruth.OracleRoasSe"/>).</summary>
    public required double? OracleRoasSe { get; init; }

    /// <summary>The estimated ROAS.</summary>
    public double? EstimatedRoas { get; init; }

    /// <summary>Estimate − truth (signed).</summary>
    public double? RoasError { get; init; }

    /// <summary>|estimate − truth|.</summary>
    public double? RoasAbsoluteError { get; init; }

    /// <summary>|estimate − truth| / |truth|; null when the true ROAS is 0.</summary>
    public double? RoasRelativeError { get; init; }

    /// <summary>|estimate − truth| / oracle SE: how many oracle standard errors the estimate is off (below 3 is what an oracle fit achieves 99.7% of the time).</summary>
    public double? RoasErrorInOracleSe { get; init; }

    /// <summary>The true share of media contribution (<see cref="ChannelTruth.ShareOfMedia"/>).</summary>
    public required double TrueShare { get; init; }

    /// <summary>The estimated share of media contribution: from the estimated contributions when given, else from ROAS × spend.</summary>
    public double? EstimatedShare { get; init; }

    /// <summary>Estimated − true share (signed, a fraction of all media contribution).</summary>
    public double? ShareError { get; init; }

    /// <summary>The per-row contribution metrics, when contributions were given.</summary>
    public SeriesAccuracy? Contribution { get; init; }

    /// <summary>The ROAS interval's score, when intervals were given.</summary>
    public RoasIntervalScore? Interval { get; init; }

    /// <summary>One score per estimated parameter, in <see cref="ScoredParameters.Names"/> order.</summary>
    public IReadOnlyList<ParameterScore> Parameters { get; init; } = System.Array.Empty<ParameterScore>();
}

/// <summary>A ROAS interval against the truth.</summary>
/// <param name="Lower">The interval's lower end.</param>
/// <param name="Upper">The interval's upper end.</param>
/// <param name="Covers">Lower ≤ true ROAS ≤ upper; null when the channel has no ROAS.</param>
/// <param name="Width">Upper − lower.</param>
/// <param name="WidthInOracleSe">Width / (2 · oracle SE): 1.96 for an oracle's 95% interval, 1.645 for its 90% one.</param>
public sealed record RoasIntervalScore(double Lower, double Upper, bool? Covers, double Width, double? WidthInOracleSe);

/// <summary>One estimated channel parameter against its true national value (<see cref="ScoredParameters.TrueValue"/>).</summary>
/// <param name="Name">The parameter's name (<c>beta</c>, <c>alpha</c>, …).</param>
/// <param name="TrueValue">The true value.</param>
/// <param name="Estimate">The estimate.</param>
/// <param name="AbsoluteError">|estimate − truth|.</param>
/// <param name="RelativeError">|estimate − truth| / |truth|; null when the truth is 0.</param>
public sealed record ParameterScore(string Name, double TrueValue, double Estimate, double AbsoluteError, double? RelativeError);
