namespace MmmFixtures.Commerce;

/// <summary>The ready-made commerce specs of <see cref="CommercePresets"/>, by name (the property of the same name).</summary>
public enum CommercePreset
{
    /// <summary>The seed design's four tenants (demo_tenant_1 … demo_tenant_4) for 2024, 366 days.</summary>
    Default,
    /// <summary>One tenant (demo_tenant_1) for 90 days.</summary>
    Small,
    /// <summary>100 tenants (tenant_001 … tenant_100) over 2022–2024, 1 096 days.</summary>
    Large,
}
