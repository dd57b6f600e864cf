using System;
using System.Collections.Generic;

namespace MmmFixtures.Commerce;

/// <summary>
/// Everything that defines a multi-tenant commerce dataset: the period and the independent shops ("tenants"), each
/// with its weather, demand model, orders, ad platforms and email. Immutable; derive variants with <c>with</c>.
/// Generation validates it first and fails with every problem listed.
/// </summary>
public sealed record CommerceSpec
{
    /// <summary>The root seed.</summary>
    public ulong Seed { get; init; }

    /// <summary>The first day (the tenants' local dates).</summary>
    public DateTime StartDate { get; init; } = new(2024, 1, 1);

    /// <summary>Length of the period in days.</summary>
    public int Days { get; init; } = 366;

    /// <summary>The shops; names are unique identifiers. Each is an independent stream: editing one changes no other's bytes.</summary>
    public IReadOnlyList<TenantSpec> Tenants { get; init; } = TenantSpec.Defaults;

    /// <summary>The day after the last day.</summary>
    public DateTime EndDate => StartDate.AddDays(Days);
}
