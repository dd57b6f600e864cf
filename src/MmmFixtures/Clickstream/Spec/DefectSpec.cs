namespace MmmFixtures.Clickstream;

/// <summary>
/// Opt-in data-quality defects, as real exports have them; each one is recorded in the truth so a test can
/// check that a pipeline found it. All rates default to 0 (a clean dataset).
/// </summary>
public sealed record DefectSpec
{
    /// <summary>Probability that an event is delivered twice (same timestamp and fields, a new event id).</summary>
    public double DuplicateEventRate { get; init; }

    /// <summary>Probability that an item's category is missing (null) in the observable catalog.</summary>
    public double NullCategoryRate { get; init; }

    /// <summary>Probability that an event arrives late: the events of its session that follow it arrive before it.</summary>
    public double LateEventRate { get; init; }

    /// <summary>Longest arrival delay of a late event, in minutes.</summary>
    public double LateEventMaxMinutes { get; init; } = 120;

    /// <summary>Share of users that are bots: very frequent, long sessions of views only, with tiny gaps.</summary>
    public double BotUserShare { get; init; }
}
