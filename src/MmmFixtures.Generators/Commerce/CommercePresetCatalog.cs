namespace MmmFixtures.Generators;

/// <summary>
/// The period and tenant names of each commerce preset (and of <c>new CommerceSpec()</c>, which has the Default
/// preset's tenants), known at build time so a preset fixture gets the same typed surface as a declared one.
/// A test checks this table against the runtime's CommercePresets.
/// </summary>
internal static class CommercePresetCatalog
{
    public static readonly string[] SeedTenants = { "demo_tenant_1", "demo_tenant_2", "demo_tenant_3", "demo_tenant_4" };

    /// <summary>The spec's own defaults: 2024-01-01, 366 days, the seed tenants.</summary>
    public static readonly (DateTime Start, int Days, string[] Tenants) NoPreset = (new DateTime(2024, 1, 1), 366, SeedTenants);

    public static readonly IReadOnlyDictionary<string, (DateTime Start, int Days, string[] Tenants)> Presets =
        new Dictionary<string, (DateTime, int, string[])>
        {
            ["Default"] = (new DateTime(2024, 1, 1), 366, SeedTenants),
            ["Small"] = (new DateTime(2024, 1, 1), 90, new[] { SeedTenants[0] }),
            ["Large"] = (new DateTime(2022, 1, 1), 1_096, Enumerable.Range(1, 100).Select(i => $"tenant_{i:000}").ToArray()),
        };
}
