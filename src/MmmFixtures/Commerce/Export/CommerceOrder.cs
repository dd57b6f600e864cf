using System;
using System.Collections.Generic;

namespace MmmFixtures.Commerce;

/// <summary>
/// An order assembled from its consecutive line items, with the order-level amounts source systems show: subtotal
/// after discounts, shipping, taxes, total, discount and refunded amounts, to the cent.
/// </summary>
internal readonly struct CommerceOrder
{
    private CommerceOrder(IReadOnlyList<OrderLine> lines, int first, int count)
    {
        Lines = lines;
        First = first;
        Count = count;
        double subtotal = 0, discount = 0, refund = 0;
        for (int i = first; i < first + count; i++)
        {
            subtotal += lines[i].OrderValue - lines[i].Discount;
            discount += lines[i].Discount;
            refund += lines[i].Refund;
        }
        Subtotal = Cents(subtotal);
        Discount = Cents(discount);
        Refunded = Cents(refund);
        Total = Cents(Subtotal + Shipping + Taxes);
    }

    /// <summary>All the tenant's lines.</summary>
    public IReadOnlyList<OrderLine> Lines { get; }

    /// <summary>The index of the order's first line.</summary>
    public int First { get; }

    /// <summary>Its number of lines.</summary>
    public int Count { get; }

    /// <summary>The first line, which holds the order's own fields.</summary>
    public OrderLine Head => Lines[First];

    /// <summary>Σ (line value − line discount).</summary>
    public double Subtotal { get; }

    /// <summary>The shipping charge.</summary>
    public double Shipping => Head.OrderShipping;

    /// <summary>The tax.</summary>
    public double Taxes => Head.OrderTax;

    /// <summary>Subtotal + Shipping + Taxes.</summary>
    public double Total { get; }

    /// <summary>Σ line discounts.</summary>
    public double Discount { get; }

    /// <summary>Σ line refunds.</summary>
    public double Refunded { get; }

    /// <summary>Shopify's financial status: <c>paid</c>, <c>partially_refunded</c> or <c>refunded</c> (every line refunded).</summary>
    public string FinancialStatus
    {
        get
        {
            if (Refunded <= 0) return "paid";
            for (int i = First; i < First + Count; i++)
                if (Lines[i].Refund <= 0) return "partially_refunded";
            return "refunded";
        }
    }

    /// <summary>The orders of <paramref name="lines"/> (an order's lines are consecutive), in order.</summary>
    public static IEnumerable<CommerceOrder> Of(IReadOnlyList<OrderLine> lines)
    {
        for (int first = 0; first < lines.Count;)
        {
            int end = first + 1;
            while (end < lines.Count && lines[end].OrderId == lines[first].OrderId) end++;
            yield return new CommerceOrder(lines, first, end - first);
            first = end;
        }
    }

    private static double Cents(double amount) => Math.Round(amount * 100, MidpointRounding.AwayFromZero) / 100;
}
