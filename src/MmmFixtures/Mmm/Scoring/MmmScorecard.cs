using System.Collections.Generic;

namespace MmmFixtures.Mmm.Scoring;

/// <summary>How close a model's or an optimiser's conclusions are to a panel's truth (<see cref="MmmScore.Score"/>).</summary>
public sealed record MmmScorecard
{
    /// <summary>One score per channel, in declaration order.</summary>
    public required IReadOnlyList<ChannelScore> Channels { get; init; }

    /// <summary>One score per estimated non-media component, in the ordinal order of the names given.</summary>
    public required IReadOnlyList<ComponentScore> Components { get; init; }

    /// <summary>The allocation's regret, when an allocation was given.</summary>
    public AllocationScore? Allocation { get; init; }

    /// <summary>The intervals' nominal level, when stated (compare with <see cref="ScoreSummary.IntervalCoverage"/>).</summary>
    public double? IntervalLevel { get; init; }

    /// <summary>The metrics over every channel.</summary>
    public required ScoreSummary All { get; init; }

    /// <summary>The metrics over the identifiable channels only (<see cref="ChannelTruth.Identifiable"/>).</summary>
    public required ScoreSummary Identifiable { get; init; }
}
