using System;
using System.Collections.Generic;
using System.Linq;
using MmmFixtures.Numerics;
using MmmFixtures.Randomness;
using MmmFixtures.Randomness.Distributions;

namespace MmmFixtures.Clickstream.Generation;

/// <summary>
/// The generated catalog and the structures to draw items from it: per category an alias table over
/// Zipf popularity, and a fallback item that exists from the start. Each item's fields come from its
/// own stream (<c>item/&lt;id&gt;</c>), so an item does not change when the catalog grows.
/// </summary>
internal sealed class Catalog
{
    private readonly int[][] _itemsByCategory;
    private readonly AliasTable[] _popularity;

    public Catalog(ClickstreamSpec spec, StreamKey root)
    {
        var c = spec.Catalog;
        int categories = c.Categories.Count;
        // Items are dealt to categories in proportion to their weights (largest remainder), deterministically.
        int[] categoryOf = DealItems(c.Items, c.Categories.Select(x => x.Weight).ToArray());
        _itemsByCategory = Enumerable.Range(0, categories).Select(k => Enumerable.Range(0, c.Items).Where(i => categoryOf[i] == k).ToArray()).ToArray();

        long startMs = Time.ToUnixMs(spec.StartDate), endMs = Time.ToUnixMs(spec.EndDate);
        var items = new CatalogItem[c.Items];
        _popularity = new AliasTable[categories];
        var rng = new RandomStream(root); // restarted for each item's streams: one object, not two per item
        for (int k = 0; k < categories; k++)
        {
            var category = c.Categories[k];
            int[] members = _itemsByCategory[k];
            var weights = Enumerable.Range(1, members.Length).Select(rank => DeterministicMath.Pow(rank, -c.PopularityExponent)).ToArray();
            double total = weights.Sum();
            for (int rank = 0; rank < members.Length; rank++)
            {
                int index = members[rank];
                var itemKey = root.Then("item").Then(index + 1);
                rng.Restart(itemKey);
                double price = Math.Min(category.MaxPrice, Math.Max(category.MinPrice,
                    category.PriceMedian * DeterministicMath.Exp(category.PriceSigma * rng.StandardNormal())));
                price = Math.Round(price, 2);
                bool discounted = rng.NextDouble() < category.DiscountProbability;
                double discount = rng.Uniform(category.MinDiscount, category.MaxDiscount);
                double discountPct = discounted ? Math.Round(100 * discount) : 0;
                // The most popular item of each category exists from the start, so every pick has a fallback.
                bool isNew = rank > 0 && rng.NextDouble() < c.NewItemShare;
                long createdMs = isNew
                    ? startMs + (long)(rng.NextDouble() * (endMs - startMs))
                    : startMs - 1 - (long)(rng.NextDouble() * 365L * Time.MsPerDay);
                bool hidden = rng.Restart(itemKey.Then("defect")).NextDouble() < spec.Defects.NullCategoryRate;
                items[index] = new CatalogItem(index + 1, k, category.Name, price, discountPct,
                    Math.Round(price * (1 - discountPct / 100), 2), Time.FromUnixMs(createdMs), weights[rank] / total, hidden);
            }
            _popularity[k] = new AliasTable(weights);
        }
        ItemArray = items;
        CreatedMs = items.Select(i => Time.ToUnixMs(i.CreatedAt)).ToArray();
    }

    public IReadOnlyList<CatalogItem> Items => ItemArray;

    /// <summary>The items, for indexing without an interface call in the simulator's hot loop.</summary>
    public CatalogItem[] ItemArray { get; }

    private long[] CreatedMs { get; }

    /// <summary>An item of <paramref name="category"/> by popularity among those that exist at <paramref name="timeMs"/>.</summary>
    public int Pick(int category, long timeMs, RandomStream rng)
    {
        int[] members = _itemsByCategory[category];
        for (int attempt = 0; attempt < 8; attempt++)
        {
            int index = members[_popularity[category].Sample(rng)];
            if (CreatedMs[index] <= timeMs) return index;
        }
        return members[0]; // the category's top item exists from the start
    }

    private static int[] DealItems(int items, double[] weights)
    {
        double total = weights.Sum();
        var counts = weights.Select(w => Math.Max(1, (int)Math.Floor(items * w / total))).ToArray();
        // Hand out the rest by largest remainder (ties to the lower index), then take back any excess from the largest.
        var order = Enumerable.Range(0, weights.Length).OrderByDescending(k => items * weights[k] / total - Math.Floor(items * weights[k] / total)).ThenBy(k => k).ToArray();
        for (int i = 0; counts.Sum() < items; i++) counts[order[i % order.Length]]++;
        while (counts.Sum() > items) counts[Array.IndexOf(counts, counts.Max())]--;
        var categoryOf = new int[items];
        int next = 0;
        for (int k = 0; k < weights.Length; k++)
            for (int j = 0; j < counts[k]; j++) categoryOf[next++] = k;
        return categoryOf;
    }
}
