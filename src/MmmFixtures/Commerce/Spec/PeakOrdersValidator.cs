using System.Globalization;
using MmmFixtures.Commerce.Generation;
using MmmFixtures.Validation;

namespace MmmFixtures.Commerce;

/// <summary>
/// Refuses a tenant whose busiest day expects more orders than the generator makes
/// (<see cref="TenantGenerator.MaxExpectedOrders"/> a day), so generation never stops part-way. The expected orders μ/AOV
/// depend on the drawn weather, spend and noise, and no bound from the fields alone is both safe and usable (a wet day's
/// gamma amount has a long tail), so they are computed exactly as the generator computes them, without drawing any order.
/// μ is proportional to the base revenue, which gives the field's allowed range.
/// </summary>
internal static class PeakOrdersValidator
{
    /// <summary>Adds an error naming <c>tenants[t].baseRevenue</c> and its largest allowed value when the tenant (its fields valid) is too busy.</summary>
    public static void Check(CommerceSpec spec, int t, SpecErrorCollector e)
    {
        var (orders, date) = TenantGenerator.PeakExpectedOrders(spec, t);
        if (orders <= TenantGenerator.MaxExpectedOrders) return;
        var tenant = spec.Tenants[t];
        e.Add($"tenants[{t}].baseRevenue", tenant.BaseRevenue, string.Format(CultureInfo.InvariantCulture,
            "must be at most {0:G6} with this tenant's other fields: on {1:yyyy-MM-dd} its weather, media and noise make it expect {2:G3} orders, " +
            "and at most {3:G3} a day can be generated; lower baseRevenue, the elasticities, weather anomalies or betas, or raise orders.averageOrderValue",
            MaxBaseRevenue(tenant.BaseRevenue, orders), date, orders, TenantGenerator.MaxExpectedOrders));
    }

    /// <summary>The largest base revenue within the limit: expected orders scale with it (NaN when they are not a number).</summary>
    public static double MaxBaseRevenue(double baseRevenue, double peakOrders) => baseRevenue * TenantGenerator.MaxExpectedOrders / peakOrders;
}
