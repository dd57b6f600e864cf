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
    /// <summary>Relative number of items.</summary>
    public double Weight { get; set; }
    /// <summary>Median base price.</summary>
    public double PriceMedian { get; set; }
    /// <summary>σ of log price.</summary>
    public double PriceSigma { get; set; }
    /// <summary>Lowest price.</summary>
    public double MinPrice { get; set; }
    /// <summary>Highest price.</summary>
    public double MaxPrice { get; set; }
    /// <summary>Probability that an item is discounted.</summary>
    public double DiscountProbability { get; set; }
    /// <summary>Smallest discount fraction.</summary>
    public double MinDiscount { get; set; }
    /// <summary>Largest discount fraction.</summary>
    public double MaxDiscount { get; set; }
}
