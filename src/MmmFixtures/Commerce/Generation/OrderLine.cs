using System;

namespace MmmFixtures.Commerce;

/// <summary>One line item of an order (a row of <c>orders.csv</c>); the order's own fields repeat on each of its lines. Money in the tenant's currency, to the cent.</summary>
/// <param name="Date">The order's local date.</param>
/// <param name="Timestamp">The order's time, UTC.</param>
/// <param name="OrderId">The order's id, unique within the tenant.</param>
/// <param name="Line">The line's number within its order, from 1.</param>
/// <param name="CustomerId">The customer's id (shown as <c>customer-{id}@example.com</c> where an e-mail is expected).</param>
/// <param name="Product">The product's name.</param>
/// <param name="Sku">The product's SKU.</param>
/// <param name="Quantity">Units bought.</param>
/// <param name="UnitPrice">The product's price.</param>
/// <param name="OrderValue">UnitPrice × Quantity (gross).</param>
/// <param name="DiscountCode">The order's discount code, or null.</param>
/// <param name="Discount">The line's discount amount.</param>
/// <param name="Refund">The line's refunded amount (the whole discounted value when refunded, else 0).</param>
/// <param name="NetRevenue">OrderValue − Discount − Refund.</param>
/// <param name="OrderTax">The order's tax (on its discounted subtotal; not revenue).</param>
/// <param name="OrderShipping">The order's shipping charge (not revenue).</param>
public sealed record OrderLine(DateTime Date, DateTime Timestamp, long OrderId, int Line, long CustomerId, string Product, string Sku, int Quantity,
    double UnitPrice, double OrderValue, string? DiscountCode, double Discount, double Refund, double NetRevenue, double OrderTax, double OrderShipping);
