using System;

namespace MmmFixtures;

/// <summary>A catalog category of a <see cref="ClickstreamDatasetAttribute"/> fixture, with its price law and discounts.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class CategoryAttribute : Attribute
{
    /// <summary>Declares the category <paramref name="name"/>.</summary>
    public CategoryAttribute(string name) => Name = name;

    /// <summary>The category's name.</summary>
    public string Name { get; }
    /// <summary>Relative number of items. Default: 1. Allowed: (0, 1000000].</summary>
    public double Weight { get; set; }
    /// <summary>Median base price. Default: 175. Allowed: (0, 1000000000].</summary>
    public double PriceMedian { get; set; }
    /// <summary>σ of log price. Default: 1.1. Allowed: [0, 5].</summary>
    public double PriceSigma { get; set; }
    /// <summary>Lowest price. Default: 10. Allowed: (0, 1000000000].</summary>
    public double MinPrice { get; set; }
    /// <summary>Highest price. Default: 2000. Allowed: (0, 1000000000].</summary>
    public double MaxPrice { get; set; }
    /// <summary>Probability that an item is discounted. Default: 0.3. Allowed: [0, 1].</summary>
    public double DiscountProbability { get; set; }
    /// <summary>Smallest discount fraction. Default: 0.05. Allowed: [0, 1).</summary>
    public double MinDiscount { get; set; }
    /// <summary>Largest discount fraction. Default: 0.5. Allowed: [0, 1).</summary>
    public double MaxDiscount { get; set; }
}
