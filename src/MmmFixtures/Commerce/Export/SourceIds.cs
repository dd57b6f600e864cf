using MmmFixtures.Randomness;

namespace MmmFixtures.Commerce;

/// <summary>
/// The identifiers source systems show besides the generated ones: ad accounts, ad groups and ads, Shopify order ids
/// and names. Each is a pure function of the seed, the tenant and the generated id, so a tenant's layouts never
/// depend on the other tenants; all stay below 2^53.
/// </summary>
internal static class SourceIds
{
    // Shopify order ids are 13-digit numbers.
    private const long ShopifyIdBase = 5_000_000_000_000;

    /// <summary>A 10-digit ad account id of the tenant on a platform (Google shows customer ids of this size).</summary>
    public static long AccountId(ulong seed, string tenant, string platform) =>
        1_000_000_000 + (long)(Key(seed, tenant).Then(platform).Then("account").Value % 9_000_000_000UL);

    /// <summary>An 11-digit id of the one ad group (<paramref name="kind"/> <c>ad_group</c>) or ad (<c>ad</c>) of a campaign.</summary>
    public static long CampaignChildId(ulong seed, string tenant, long campaignId, string kind) =>
        10_000_000_000 + (long)(Key(seed, tenant).Then(campaignId).Then(kind).Value % 90_000_000_000UL);

    /// <summary>Shopify's numeric order id.</summary>
    public static long ShopifyOrderId(long orderId) => ShopifyIdBase + orderId;

    /// <summary>Shopify's order name: the order number after <c>#</c> (generated orders count from 1001, as a shop's do).</summary>
    public static string ShopifyOrderName(long orderId) => "#" + orderId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The customer's address: an id at <c>example.com</c>, never a real one.</summary>
    public static string Email(long customerId) => "customer-" + customerId.ToString(System.Globalization.CultureInfo.InvariantCulture) + "@example.com";

    private static StreamKey Key(ulong seed, string tenant) => StreamKey.Root(seed).Then("export").Then("tenant").Then(tenant);
}
