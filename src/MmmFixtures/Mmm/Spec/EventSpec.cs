using System.Collections.Generic;
using System;
using MmmFixtures.Series;

namespace MmmFixtures.Mmm;

/// <summary>
/// An event (a sale, a holiday, an outage): an indicator that is 1 on the rows whose period contains
/// one of <see cref="Dates"/>, or that follows an <see cref="SpendPattern.OnOff"/> series, with
/// effect δ in KPI units while on. Events are national: every geo sees the same indicator.
/// </summary>
public sealed record EventSpec
{
    /// <summary>The event's name, a case-sensitive identifier.</summary>
    public string Name { get; init; } = "";

    /// <summary>The dates on which the event happens (any day inside a weekly period turns that week on).</summary>
    public IReadOnlyList<DateTime> Dates { get; init; } = Array.Empty<DateTime>();

    /// <summary>When set (an OnOff pattern), the indicator is drawn as bursts instead of fixed dates.</summary>
    public PatternSpec? Recurrence { get; init; }

    /// <summary>
    /// The recurrence a JSON spec or an attribute starts from: OnOff bursts of level 1 without noise, one
    /// period long, starting with probability 0.3.
    /// </summary>
    public static PatternSpec DefaultRecurrence { get; } = new()
    {
        Kind = SpendPattern.OnOff, Level = 1, Volatility = 0, MinActivePeriods = 1, MaxActivePeriods = 1,
    };

    /// <summary>δ: the KPI change while the event is on.</summary>
    public double Effect { get; init; }
}
