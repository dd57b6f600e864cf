using System.Collections.Generic;
using System.Linq;
using MmmFixtures.Reporting;

namespace MmmFixtures.Clickstream.Report;

/// <summary>The catalog's base prices per category, binned on a log scale (prices are log-normal).</summary>
internal static class ClickstreamPriceHistogram
{
    public const string Key = "clickstream-price-distribution";
    private const int Bins = 12;

    public static XyChart Build(ClickstreamSpec spec, IReadOnlyList<CatalogItem> items)
    {
        var categories = spec.Catalog.Categories;
        double low = categories.Min(c => c.MinPrice), high = categories.Max(c => c.MaxPrice);
        var histogram = Histogram.Geometric(low, high, Bins);
        return CategoryBars.Chart(Key, "Price distribution per category",
            $"Items per base-price bin (before discount), bins of equal width on a log scale from {ReportText.Number(low)} to {ReportText.Number(high)}; "
            + $"{Families.CountText.Of(items.Count, "item")}, each category's prices log-normal around its median.",
            "Base price", histogram.Labels(), "Items",
            categories.Select((c, k) => (c.Name, (IReadOnlyList<double>)histogram.Count(items.Where(i => i.CategoryIndex == k).Select(i => i.BasePrice)))));
    }
}
