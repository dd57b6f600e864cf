using System;
using System.Collections.Generic;
using System.Globalization;
using MmmFixtures.Randomness;
using MmmFixtures.Randomness.Distributions;

namespace MmmFixtures.Commerce.Generation;

/// <summary>
/// Draws a tenant's orders day by day. Day d has its own stream <c>tenant/&lt;name&gt;/orders/&lt;day number&gt;</c>
/// (days since 0001-01-01), so a day's orders are addressable: N ~ Poisson(μ_d / AOV); N local times of day (an hour
/// from the hour-of-day curve, then a uniform millisecond within it), sorted, converted to UTC with the tenant's
/// offset; then per order in time order its customer (uniform over the pool), its discount code (probability
/// DiscountRate), its lines (<see cref="BasketLaw"/>: product uniform, quantity, refund with probability RefundRate).
/// Order ids run from 1001 in time order across the period. Tax = round(TaxRate × discounted subtotal) and shipping =
/// ShippingFee below FreeShippingThreshold (0 from it) are order-level, not revenue. Money is computed in whole cents.
/// </summary>
internal sealed class OrderGenerator
{
    private const long MsPerHour = 3_600_000;
    private const long FirstOrderId = 1001;
    private const long FirstCustomerId = 10_001;

    private readonly OrderSpec _orders;
    private readonly ProductCatalog _catalog;
    private readonly BasketLaw _basket;
    private readonly AliasTable _hours;
    private readonly StreamKey _key;
    private readonly ulong _customers;
    private readonly long _offsetMs, _shippingCents, _freeShippingCents;
    private readonly string _discountCode;
    private long _nextOrderId = FirstOrderId;
    // One order's lines, reused.
    private readonly long[] _gross, _discount, _refund;
    private readonly int[] _product, _quantity;

    /// <param name="tenant">The tenant.</param>
    /// <param name="catalog">Its catalog.</param>
    /// <param name="basket">Its basket law.</param>
    /// <param name="key">The tenant's orders address, <c>tenant/&lt;name&gt;/orders</c>.</param>
    /// <param name="days">The period's length, which sizes the customer pool.</param>
    public OrderGenerator(TenantSpec tenant, ProductCatalog catalog, BasketLaw basket, StreamKey key, int days)
    {
        _orders = tenant.Orders;
        _catalog = catalog;
        _basket = basket;
        _key = key;
        _hours = new AliasTable(_orders.HourOfDay);
        // About three orders per customer over the period at the base level.
        _customers = (ulong)Math.Max(1, Math.Round(tenant.BaseRevenue / catalog.AverageOrderValue * days / 3));
        _offsetMs = (long)Math.Round(tenant.UtcOffsetHours * MsPerHour);
        _shippingCents = Cents(_orders.ShippingFee);
        _freeShippingCents = Cents(_orders.FreeShippingThreshold);
        _discountCode = "SAVE" + ((long)Math.Round(_orders.DiscountPercent * 100, MidpointRounding.AwayFromZero)).ToString(CultureInfo.InvariantCulture);
        int maxLines = Math.Max(1, _orders.MaxLineItems);
        (_gross, _discount, _refund, _product, _quantity) = (new long[maxLines], new long[maxLines], new long[maxLines], new int[maxLines], new int[maxLines]);
    }

    /// <summary>Draws the orders of <paramref name="date"/> with Poisson mean <paramref name="expectedOrders"/>, appending their lines.</summary>
    /// <returns>The number of orders and their total net revenue in cents.</returns>
    public (long Orders, long NetCents) Day(DateTime date, double expectedOrders, List<OrderLine> lines)
    {
        var rng = _key.Then(date.Ticks / TimeSpan.TicksPerDay).Open();
        long count = rng.Poisson(expectedOrders);
        var times = new long[count];
        for (long i = 0; i < count; i++)
            times[i] = _hours.Sample(rng) * MsPerHour + (long)rng.NextUInt64(MsPerHour);
        Array.Sort(times);

        long midnightUtcTicks = date.Date.Ticks - _offsetMs * TimeSpan.TicksPerMillisecond;
        long netTotal = 0;
        int catalogSize = _catalog.PriceCents.Length;
        long[] gross = _gross, discount = _discount, refund = _refund;
        int[] product = _product, quantity = _quantity;
        foreach (long localMs in times)
        {
            var timestamp = new DateTime(midnightUtcTicks + localMs * TimeSpan.TicksPerMillisecond, DateTimeKind.Utc);
            long orderId = _nextOrderId++;
            long customer = FirstCustomerId + (long)rng.NextUInt64(_customers);
            bool discounted = rng.NextDouble() < _orders.DiscountRate;
            int lineCount = _basket.DrawLines(rng);
            long subtotal = 0;
            for (int l = 0; l < lineCount; l++)
            {
                product[l] = (int)rng.NextUInt64((ulong)catalogSize);
                quantity[l] = _basket.DrawQuantity(rng);
                gross[l] = _catalog.PriceCents[product[l]] * quantity[l];
                discount[l] = discounted ? _basket.DiscountCents(gross[l]) : 0;
                refund[l] = rng.NextDouble() < _orders.RefundRate ? gross[l] - discount[l] : 0;
                subtotal += gross[l] - discount[l];
            }
            double tax = Money((long)Math.Round(subtotal * _orders.TaxRate, MidpointRounding.AwayFromZero));
            double shipping = Money(subtotal >= _freeShippingCents ? 0 : _shippingCents);
            for (int l = 0; l < lineCount; l++)
            {
                long net = gross[l] - discount[l] - refund[l];
                netTotal += net;
                int p = product[l];
                lines.Add(new OrderLine(date, timestamp, orderId, l + 1, customer, _catalog.Names[p], _catalog.Skus[p], quantity[l],
                    Money(_catalog.PriceCents[p]), Money(gross[l]), discounted ? _discountCode : null, Money(discount[l]), Money(refund[l]),
                    Money(net), tax, shipping));
            }
        }
        return (count, netTotal);
    }

    /// <summary>Cents to currency units (correctly rounded, so the shortest round-trip text has at most two decimals).</summary>
    public static double Money(long cents) => cents / 100.0;

    /// <summary>Currency units to whole cents, half away from zero.</summary>
    public static long Cents(double amount) => (long)Math.Round(amount * 100, MidpointRounding.AwayFromZero);
}
