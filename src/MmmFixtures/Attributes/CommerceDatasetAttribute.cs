using System;
using MmmFixtures.Commerce;

namespace MmmFixtures;

/// <summary>
/// Declares a multi-tenant commerce fixture on a <c>partial</c> class. The generator adds a <c>Tenant</c> enum of the
/// declared tenants (<see cref="TenantAttribute"/>), a shared <c>Instance</c>, typed per-tenant data and truth, and a
/// writer. Without <see cref="TenantAttribute"/> the tenants are the <see cref="Preset"/>'s (the four seed tenants of
/// <see cref="CommercePresets.Default"/> when no preset is given); declared tenants replace the preset's. Unset
/// properties take the preset's values, else the defaults of <see cref="CommerceSpec"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class CommerceDatasetAttribute : Attribute
{
    /// <summary>The root seed (default: the MSBuild property <c>MmmFixturesDefaultSeed</c>, else 0; presets: 42).</summary>
    public ulong Seed { get; set; }
    /// <summary>A preset to start from: its period and, unless tenants are declared, its tenants.</summary>
    public CommercePreset Preset { get; set; }
    /// <summary>The first day, <c>yyyy-MM-dd</c> (default 2024-01-01).</summary>
    public string? StartDate { get; set; }
    /// <summary>Length of the period in days. Default: 366. Allowed: [1, 3660].</summary>
    public int Days { get; set; }
}
