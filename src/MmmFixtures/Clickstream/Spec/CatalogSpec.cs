using System.Collections.Generic;

namespace MmmFixtures.Clickstream;

/// <summary>The item catalog: how many items, their categories, and how popularity falls off within a category.</summary>
public sealed record CatalogSpec
{
    /// <summary>Number of items (ids 1..n).</summary>
    public int Items { get; init; } = 1_000;

    /// <summary>The categories; items are spread over them in proportion to <see cref="CategorySpec.Weight"/>.</summary>
    public IReadOnlyList<CategorySpec> Categories { get; init; } = CategorySpec.Defaults;

    /// <summary>Zipf exponent of item popularity by rank within a category (≥ 0; 0 = uniform).</summary>
    public double PopularityExponent { get; init; } = 1.0;

    /// <summary>Share of items created during the period (the rest exist before it starts).</summary>
    public double NewItemShare { get; init; } = 0.1;
}

/// <summary>A category: its share of items, a log-normal price law with bounds, and its discounts.</summary>
/// <param name="Name">The category's name (a code such as <c>electronics</c>).</param>
public sealed record CategorySpec(string Name)
{
    /// <summary>Relative number of items in the category (&gt; 0).</summary>
    public double Weight { get; init; } = 1;

    /// <summary>Median base price (the log-normal's e^μ; REES46 purchases fit about 175).</summary>
    public double PriceMedian { get; init; } = 175;

    /// <summary>σ of log price (REES46 purchases fit about 1.1).</summary>
    public double PriceSigma { get; init; } = 1.1;

    /// <summary>Lowest base price.</summary>
    public double MinPrice { get; init; } = 10;

    /// <summary>Highest base price.</summary>
    public double MaxPrice { get; init; } = 2_000;

    /// <summary>Probability that an item is discounted.</summary>
    public double DiscountProbability { get; init; } = 0.3;

    /// <summary>Smallest discount, as a fraction of the base price.</summary>
    public double MinDiscount { get; init; } = 0.05;

    /// <summary>Largest discount, as a fraction of the base price.</summary>
    public double MaxDiscount { get; init; } = 0.5;

    /// <summary>The five default categories.</summary>
    public static IReadOnlyList<CategorySpec> Defaults { get; } = new[]
    {
        new CategorySpec("electronics") { Weight = 1.5, PriceMedian = 260 },
        new CategorySpec("apparel") { PriceMedian = 60, PriceSigma = 0.8 },
        new CategorySpec("home") { PriceMedian = 120, PriceSigma = 1.0 },
        new CategorySpec("beauty") { Weight = 0.8, PriceMedian = 35, PriceSigma = 0.7 },
        new CategorySpec("sports") { Weight = 0.7, PriceMedian = 90, PriceSigma = 0.9 },
    };
}
