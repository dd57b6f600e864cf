using System.Collections.Generic;

namespace MmmFixtures.Commerce;

/// <summary>
/// How a tenant's orders look. The number of orders of a day is Poisson(μ[d] / AOV), with AOV the exact expected net
/// value of an order under this basket law and the drawn catalog (truth), so realised net revenue has expectation μ.
/// </summary>
public sealed record OrderSpec
{
    /// <summary>The intended average net order value; catalog prices are scaled so the expected net order value is this (up to cent rounding; the exact AOV is truth).</summary>
    public double AverageOrderValue { get; init; } = 80;

    /// <summary>Number of products in the catalog (named products with SKUs and prices).</summary>
    public int Products { get; init; } = 40;

    /// <summary>σ of the log of catalog prices.</summary>
    public double PriceSigma { get; init; } = 0.6;

    /// <summary>Mean line items per order: 1 + Poisson(mean − 1), capped at <see cref="MaxLineItems"/>.</summary>
    public double LineItemsMean { get; init; } = 1.6;

    /// <summary>Most line items in one order.</summary>
    public int MaxLineItems { get; init; } = 6;

    /// <summary>Mean quantity of a line item: 1 + Poisson(mean − 1), capped at <see cref="MaxQuantity"/>.</summary>
    public double QuantityMean { get; init; } = 1.2;

    /// <summary>Largest quantity of one line item.</summary>
    public int MaxQuantity { get; init; } = 5;

    /// <summary>Share of orders that use a discount code.</summary>
    public double DiscountRate { get; init; } = 0.15;

    /// <summary>Fraction of the line value a discount code takes off.</summary>
    public double DiscountPercent { get; init; } = 0.15;

    /// <summary>Share of line items refunded in full.</summary>
    public double RefundRate { get; init; } = 0.03;

    /// <summary>Sales tax as a fraction of the discounted subtotal (not revenue).</summary>
    public double TaxRate { get; init; } = 0.08;

    /// <summary>Shipping charged on an order below <see cref="FreeShippingThreshold"/> (not revenue).</summary>
    public double ShippingFee { get; init; } = 5.99;

    /// <summary>Discounted subtotal from which shipping is free.</summary>
    public double FreeShippingThreshold { get; init; } = 75;

    /// <summary>24 relative intensities of orders per local hour (0–23); their sum must be positive.</summary>
    public IReadOnlyList<double> HourOfDay { get; init; } = DefaultHourOfDay;

    /// <summary>The default local-hour curve: quiet nights, a lunchtime bump and an evening peak.</summary>
    public static IReadOnlyList<double> DefaultHourOfDay { get; } = new[]
    {
        0.3, 0.2, 0.15, 0.1, 0.1, 0.15, 0.3, 0.5, 0.7, 0.85, 0.95, 1.0,
        1.1, 1.05, 0.95, 0.95, 1.0, 1.1, 1.3, 1.5, 1.6, 1.4, 1.0, 0.6,
    };
}
