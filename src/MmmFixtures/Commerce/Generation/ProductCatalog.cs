using System;
using System.Linq;
using MmmFixtures.Numerics;
using MmmFixtures.Randomness;
using MmmFixtures.Randomness.Distributions;

namespace MmmFixtures.Commerce.Generation;

/// <summary>
/// A tenant's products: names from the category's vocabulary (an adjective and a noun, unique; a number is appended
/// past 120 products), SKUs <c>&lt;prefix&gt;-0001…</c>, and prices. Raw prices are log-normal,
/// <c>r_i = exp(PriceSigma · z_i)</c> (stream <c>tenant/&lt;name&gt;/catalog</c>, one normal a product), scaled by
/// <c>c = AverageOrderValue / (mean(r) · E[L]·E[Q]·(1 − DiscountRate·DiscountPercent)·(1 − RefundRate))</c> so the
/// expected net order value is AverageOrderValue, and rounded to the cent (at least 1 cent). The exact AOV of the
/// rounded catalog is <see cref="AverageOrderValue"/>.
/// </summary>
internal sealed class ProductCatalog
{
    public ProductCatalog(TenantSpec tenant, BasketLaw basket, StreamKey key)
    {
        var orders = tenant.Orders;
        int count = Math.Max(1, orders.Products);
        var rng = key.Open();
        var raw = new double[count];
        double rawSum = 0;
        for (int i = 0; i < count; i++)
        {
            raw[i] = DeterministicMath.Exp(orders.PriceSigma * rng.StandardNormal());
            rawSum += raw[i];
        }
        double scale = orders.AverageOrderValue / (rawSum / count * basket.NetPerUnitPrice);
        PriceCents = raw.Select(r => Math.Max(1, (long)Math.Round(100 * scale * r, MidpointRounding.AwayFromZero))).ToArray();
        var (adjectives, nouns, prefix) = Vocabulary(tenant.Category);
        Names = Enumerable.Range(0, count).Select(i => Name(i, adjectives, nouns)).ToArray();
        Skus = Enumerable.Range(0, count).Select(i => $"{prefix}-{i + 1:D4}").ToArray();
        var (mean, second) = basket.OrderMoments(PriceCents);
        AverageOrderValue = mean / 100;
        OrderValueSecondMoment = second / 10_000;
    }

    /// <summary>Product names, by index.</summary>
    public string[] Names { get; }

    /// <summary>SKUs, by index.</summary>
    public string[] Skus { get; }

    /// <summary>Prices in cents, by index.</summary>
    public long[] PriceCents { get; }

    /// <summary>The exact expected net value of an order (currency units).</summary>
    public double AverageOrderValue { get; }

    /// <summary>The exact E[V²] of an order's net value V (currency units squared).</summary>
    public double OrderValueSecondMoment { get; }

    // Noun i mod 12 with adjective (3·⌊i/12⌋ + i) mod 10: the 120 pairs of i < 120 are distinct (3 is prime to 10).
    private static string Name(int i, string[] adjectives, string[] nouns)
    {
        int cycle = i % 120, round = i / 120;
        string name = $"{adjectives[(3 * (cycle / 12) + cycle) % 10]} {nouns[cycle % 12]}";
        return round == 0 ? name : $"{name} {round + 1}";
    }

    private static (string[] Adjectives, string[] Nouns, string Prefix) Vocabulary(CommerceCategory category) => category switch
    {
        CommerceCategory.Fashion => (
            new[] { "Classic", "Slim", "Relaxed", "Vintage", "Everyday", "Linen", "Wool", "Cotton", "Denim", "Silk" },
            new[] { "Shirt", "Dress", "Jacket", "Coat", "Sweater", "Jeans", "Skirt", "Scarf", "Boots", "Sneakers", "Hoodie", "Blazer" }, "FA"),
        CommerceCategory.Outdoor => (
            new[] { "Trail", "Alpine", "Ultralight", "Summit", "Ridge", "Storm", "Camp", "River", "Forest", "Expedition" },
            new[] { "Backpack", "Tent", "Sleeping Bag", "Rain Jacket", "Hiking Boots", "Headlamp", "Trekking Poles", "Water Filter", "Stove", "Fleece", "Hammock", "Cooler" }, "OD"),
        CommerceCategory.HomeAndGarden => (
            new[] { "Ceramic", "Oak", "Cedar", "Terracotta", "Linen", "Copper", "Rattan", "Stone", "Bamboo", "Glass" },
            new[] { "Planter", "Watering Can", "Garden Hose", "Lantern", "Cushion", "Bench", "Pruning Shears", "Bird Feeder", "Rug", "Vase", "Seed Kit", "Trellis" }, "HG"),
        CommerceCategory.Beverage => (
            new[] { "Sparkling", "Cold Brew", "Citrus", "Ginger", "Berry", "Mint", "Hibiscus", "Classic", "Craft", "Organic" },
            new[] { "Lemonade", "Iced Tea", "Kombucha", "Coffee", "Soda", "Tonic", "Juice", "Sports Drink", "Water Pack", "Energy Drink", "Cider", "Smoothie" }, "BV"),
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, "unknown category"),
    };
}
