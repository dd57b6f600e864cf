using System.Threading.Tasks;
using MmmFixtures.Commerce.Generation;
using MmmFixtures.Concurrency;

namespace MmmFixtures.Commerce;

/// <summary>
/// Generates commerce datasets, whole or one tenant at a time. Each tenant draws only from its own streams
/// (<c>tenant/&lt;name&gt;/…</c>), so a tenant's values are a pure function of (seed, period, its name, its spec): the
/// same alone or among others, for any degree of parallelism, and unchanged when another tenant is added, removed or
/// edited. The model is documented on <see cref="TenantGenerator"/> and the generators it calls.
/// </summary>
public static class CommerceGenerator
{
    /// <summary>Generates every tenant of a valid spec, in memory, tenants in parallel.</summary>
    /// <param name="spec">The spec (validated by the caller).</param>
    /// <param name="maxDegreeOfParallelism">Threads to use for tenants; −1 (default) for all cores. The output does not depend on it.</param>
    public static CommerceDataset Generate(CommerceSpec spec, int maxDegreeOfParallelism = -1)
    {
        var tenants = new TenantDataset[spec.Tenants.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism };
        FirstFailure.Unwrap(() => Parallel.For(0, tenants.Length, options, i => tenants[i] = TenantGenerator.Generate(spec, i)));
        return new CommerceDataset(spec, tenants);
    }

    /// <summary>Generates tenant <paramref name="tenant"/> (index into <see cref="CommerceSpec.Tenants"/>) of a valid spec; thread-safe, the same values as <see cref="Generate"/>.</summary>
    public static TenantDataset GenerateTenant(CommerceSpec spec, int tenant) => TenantGenerator.Generate(spec, tenant);
}
