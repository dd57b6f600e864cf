using System;
using System.Collections.Generic;

namespace MmmFixtures.Clickstream;

/// <summary>
/// Everything that defines an e-commerce clickstream: the period, the users and their latent personas,
/// the catalog, when people browse and how sessions unfold. Immutable; derive variants with <c>with</c>.
/// Generation validates it first (<see cref="ClickstreamSpecValidator"/>) and fails with every problem listed.
/// </summary>
public sealed record ClickstreamSpec
{
    /// <summary>The root seed.</summary>
    public ulong Seed { get; init; }

    /// <summary>The first day of the observed period (UTC midnight).</summary>
    public DateTime StartDate { get; init; } = new(2024, 1, 1);

    /// <summary>Length of the observed period in days.</summary>
    public int Days { get; init; } = 28;

    /// <summary>Number of users (ids 1..n).</summary>
    public int Users { get; init; } = 10_000;

    /// <summary>Users register uniformly from this many days before the start until the end of the period.</summary>
    public int RegistrationLeadDays { get; init; } = 180;

    /// <summary>The item catalog.</summary>
    public CatalogSpec Catalog { get; init; } = new();

    /// <summary>The latent behaviour types; shares must sum to 1.</summary>
    public IReadOnlyList<PersonaSpec> Personas { get; init; } = PersonaSpec.Defaults;

    /// <summary>When sessions start and how events are spaced.</summary>
    public ActivitySpec Activity { get; init; } = new();

    /// <summary>Opt-in defects (duplicates, null categories, late events, bots), all off by default.</summary>
    public DefectSpec Defects { get; init; } = new();

    /// <summary>The end of the observed period (exclusive).</summary>
    public DateTime EndDate => StartDate.AddDays(Days);
}
