using System;
using MmmFixtures.Clickstream;

namespace MmmFixtures;

/// <summary>
/// Declares a clickstream fixture on a <c>partial</c> class. The generator adds a <c>Persona</c> enum of the
/// declared personas (<see cref="PersonaAttribute"/>; the defaults Browser, Researcher, Buyer when none is
/// declared), a shared <c>Instance</c>, typed events and truth, and a writer. Categories come from
/// <see cref="CategoryAttribute"/> (the five defaults when none is declared). Unset properties take the
/// defaults of <see cref="ClickstreamSpec"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class ClickstreamDatasetAttribute : Attribute
{
    /// <summary>The root seed (default: the MSBuild property <c>MmmFixturesDefaultSeed</c>, else 0).</summary>
    public ulong Seed { get; set; }
    /// <summary>The first day, <c>yyyy-MM-dd</c>.</summary>
    public string? StartDate { get; set; }
    /// <summary>Length of the period in days. Default: 28. Allowed: [1, 3660].</summary>
    public int Days { get; set; }
    /// <summary>Number of users. Default: 10000. Allowed: [1, 50000000].</summary>
    public int Users { get; set; }
    /// <summary>Users register from this many days before the start. Default: 180. Allowed: [0, 36600].</summary>
    public int RegistrationLeadDays { get; set; }
    /// <summary>Number of catalog items. Default: 1000. Allowed: [1, 10000000].</summary>
    public int Items { get; set; }
    /// <summary>Zipf exponent of popularity within a category. Default: 1. Allowed: [0, 5].</summary>
    public double PopularityExponent { get; set; }
    /// <summary>Share of items created during the period. Default: 0.1. Allowed: [0, 0.9].</summary>
    public double NewItemShare { get; set; }
    /// <summary>Median seconds between events. Default: 35. Allowed: (0, 86400].</summary>
    public double GapMedianSeconds { get; set; }
    /// <summary>σ of the log gap. Default: 1.3. Allowed: [0, 5].</summary>
    public double GapSigma { get; set; }
    /// <summary>Idle minutes that end a session. Default: 30. Allowed: (0, 1440].</summary>
    public double IdleTimeoutMinutes { get; set; }
    /// <summary>Defect: probability of a duplicated event. Default: 0. Allowed: [0, 0.5].</summary>
    public double DuplicateEventRate { get; set; }
    /// <summary>Defect: probability of a missing item category. Default: 0. Allowed: [0, 1].</summary>
    public double NullCategoryRate { get; set; }
    /// <summary>Defect: probability of a late event. Default: 0. Allowed: [0, 0.5].</summary>
    public double LateEventRate { get; set; }
    /// <summary>Defect: share of bot users. Default: 0. Allowed: [0, 0.5].</summary>
    public double BotUserShare { get; set; }
}
