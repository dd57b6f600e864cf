using System.Collections.Generic;

namespace MmmFixtures.Clickstream;

/// <summary>When sessions start (hour-of-day and day-of-week curves) and how events inside them are spaced.</summary>
public sealed record ActivitySpec
{
    /// <summary>Relative session-start intensity for each UTC hour 0..23 (trough 03–05, evening peak 18–21 by default).</summary>
    public IReadOnlyList<double> HourOfDay { get; init; } = new[]
    {
        0.5, 0.35, 0.25, 0.15, 0.15, 0.2, 0.4, 0.7, 0.9, 1.0, 1.05, 1.1,
        1.15, 1.1, 1.05, 1.05, 1.1, 1.3, 1.6, 1.8, 1.8, 1.6, 1.2, 0.8,
    };

    /// <summary>Relative session-start intensity for Monday..Sunday (weekends above weekdays by default).</summary>
    public IReadOnlyList<double> DayOfWeek { get; init; } = new[] { 0.9, 0.9, 0.95, 0.95, 1.0, 1.15, 1.15 };

    /// <summary>Median seconds between two events of a session (log-normal).</summary>
    public double GapMedianSeconds { get; init; } = 35;

    /// <summary>σ of the log of the gap (heavy tail).</summary>
    public double GapSigma { get; init; } = 1.3;

    /// <summary>A gap longer than this ends the session (the 30-minute idle rule).</summary>
    public double IdleTimeoutMinutes { get; init; } = 30;
}
