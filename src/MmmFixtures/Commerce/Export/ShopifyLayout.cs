using System;
using MmmFixtures.Export;
using MmmFixtures.Families;

namespace MmmFixtures.Commerce;

/// <summary>
/// Shopify admin's orders export (<c>shopify/&lt;tenant&gt;/orders_export.csv</c>): one row per line item; the
/// order's name, e-mail, currency and creation time on every row, its other fields on the first row only, as
/// Shopify writes them. Times are local with the shop's offset (<c>2024-01-05 14:03:27 -0500</c>).
/// </summary>
internal sealed class ShopifyLayout : CommerceLayout
{
    public const string FileName = "orders_export.csv";

    private static readonly ColumnSchema[] Columns =
    {
        new("Name", ColumnRole.Key, Type: ColumnType.String),
        Text("Email"), Text("Financial Status", nullable: true), Text("Paid at", nullable: true), Text("Fulfillment Status", nullable: true),
        Text("Currency"), Money("Subtotal"), Money("Shipping"), Money("Taxes"), Money("Total"), Text("Discount Code", nullable: true),
        Money("Discount Amount"), Text("Created at"), new("Lineitem quantity", ColumnRole.Observable, Type: ColumnType.Int64),
        Text("Lineitem name"), new("Lineitem price", ColumnRole.Observable), Text("Lineitem sku"), Money("Refunded Amount"),
        new("Id", ColumnRole.Key, Type: ColumnType.Int64, Nullable: true),
    };

    public override ExportLayout Descriptor { get; } = new("shopify", "Shopify admin's orders export (orders_export.csv), one per tenant.");

    public override void Write(TenantFiles files, TenantDataset tenant, ulong seed)
    {
        string offset = OffsetText(tenant.Spec.UtcOffsetHours);
        long offsetMs = OffsetMinutes(tenant.Spec.UtcOffsetHours) * 60_000L;
        string currency = tenant.Spec.Currency;
        files.Table(FileName, Columns, rows =>
        {
            foreach (var order in CommerceOrder.Of(tenant.Orders))
            {
                var head = order.Head;
                string name = SourceIds.ShopifyOrderName(head.OrderId), email = SourceIds.Email(head.CustomerId);
                string created = LocalText(TimestampText.ToUnixMs(head.Timestamp) + offsetMs, offset);
                for (int i = order.First; i < order.First + order.Count; i++)
                {
                    bool first = i == order.First;
                    var line = order.Lines[i];
                    rows.String(name);
                    rows.String(email);
                    OrNull(rows, first, order.FinancialStatus);
                    OrNull(rows, first, created);
                    OrNull(rows, first, "fulfilled");
                    rows.String(currency);
                    MoneyOrNull(rows, first, order.Subtotal);
                    MoneyOrNull(rows, first, order.Shipping);
                    MoneyOrNull(rows, first, order.Taxes);
                    MoneyOrNull(rows, first, order.Total);
                    if (first && head.DiscountCode is not null) rows.String(head.DiscountCode);
                    else rows.Null();
                    MoneyOrNull(rows, first, order.Discount);
                    rows.String(created);
                    rows.Int64(line.Quantity);
                    rows.String(line.Product);
                    rows.Decimal(line.UnitPrice, 2);
                    rows.String(line.Sku);
                    MoneyOrNull(rows, first, order.Refunded);
                    if (first) rows.Int64(SourceIds.ShopifyOrderId(head.OrderId));
                    else rows.Null();
                    rows.EndRow();
                }
            }
        });
    }

    /// <summary><c>yyyy-MM-dd HH:mm:ss ±hhmm</c> of a local time given as Unix milliseconds shifted by the offset.</summary>
    internal static string LocalText(long localUnixMs, string offset)
    {
        Span<char> iso = stackalloc char[24];
        var text = TimestampText.Iso(localUnixMs, iso);
        return string.Concat(text.Slice(0, 10).ToString(), " ", text.Slice(11, 8).ToString(), " ", offset);
    }

    /// <summary><c>-0500</c> for −5 hours, <c>+0530</c> for 5.5.</summary>
    internal static string OffsetText(double hours)
    {
        int minutes = OffsetMinutes(hours), magnitude = Math.Abs(minutes);
        return (minutes < 0 ? "-" : "+") + (magnitude / 60).ToString("00", System.Globalization.CultureInfo.InvariantCulture)
            + (magnitude % 60).ToString("00", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static int OffsetMinutes(double hours) => (int)Math.Round(hours * 60, MidpointRounding.AwayFromZero);

    private static void OrNull(TableRows rows, bool write, string value)
    {
        if (write) rows.String(value);
        else rows.Null();
    }

    private static void MoneyOrNull(TableRows rows, bool write, double value)
    {
        if (write) rows.Decimal(value, 2);
        else rows.Null();
    }

    private static ColumnSchema Text(string name, bool nullable = false) => new(name, ColumnRole.Observable, Type: ColumnType.String, Nullable: nullable);
    private static ColumnSchema Money(string name) => new(name, ColumnRole.Observable, Nullable: true);
}
