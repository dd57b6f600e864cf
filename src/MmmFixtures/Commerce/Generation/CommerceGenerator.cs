using System;

namespace MmmFixtures.Commerce;

/// <summary>Generates commerce datasets, whole or one tenant at a time (each tenant is an independent stream).</summary>
public static class CommerceGenerator
{
    /// <summary>Generates every tenant of a valid spec, in memory.</summary>
    public static CommerceDataset Generate(CommerceSpec spec, int maxDegreeOfParallelism = -1) => throw new NotImplementedException("issue 11: in progress");

    /// <summary>Generates tenant <paramref name="tenant"/> (index into <see cref="CommerceSpec.Tenants"/>) of a valid spec; thread-safe, the same values as <see cref="Generate"/>.</summary>
    public static TenantDataset GenerateTenant(CommerceSpec spec, int tenant) => throw new NotImplementedException("issue 11: in progress");
}
