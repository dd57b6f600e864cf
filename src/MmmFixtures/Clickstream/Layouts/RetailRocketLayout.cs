using System;
using System.Collections.Generic;
using MmmFixtures.Clickstream.Generation;
using MmmFixtures.Export;
using MmmFixtures.Families;
using Role = MmmFixtures.Export.ColumnRole;
using Type = MmmFixtures.Export.ColumnType;

namespace MmmFixtures.Clickstream.Layouts;

/// <summary>
/// The RetailRocket (Kaggle) dataset's files: <c>events.csv</c> (unix-ms <c>timestamp, visitorid, event, itemid,
/// transactionid</c>), the item properties split into <c>item_properties_part1.csv</c> and <c>_part2.csv</c>
/// (<c>timestamp, itemid, property, value</c>: <c>categoryid</c>, <c>available</c> and the price as property
/// <c>790</c>, valued <c>n&lt;price&gt;</c> with three decimals as the real file writes numbers) and
/// <c>category_tree.csv</c> (<c>categoryid, parentid</c>, empty for a root).
/// </summary>
internal sealed class RetailRocketLayout : ClickstreamLayout
{
    /// <summary>The property that holds the price (the real dataset hashes every name but <c>categoryid</c> and <c>available</c>; <c>790</c> is its price).</summary>
    public const string PriceProperty = "790";

    /// <inheritdoc />
    public override ExportLayout Descriptor { get; } = new("retailrocket",
        "RetailRocket's events, item properties (parts 1 and 2) and category tree, as RecSysDatasets' converter reads them: python run.py --dataset retailrocket --input_path <out>/retailrocket …");

    /// <inheritdoc />
    public override UserTable[] UserTables(ClickstreamSpec spec, LayoutCatalog catalog) => new UserTable[]
    {
        new(new(PathOf("events.csv"), new[]
        {
            ClickstreamTables.Column("timestamp", Role.Time, Type.Int64), ClickstreamTables.Id("visitorid"), ClickstreamTables.Column("event", Role.Observable, Type.String),
            ClickstreamTables.Id("itemid"), ClickstreamTables.Id("transactionid", nullable: true),
        }), WriteEvents),
    };

    /// <inheritdoc />
    public override CatalogTable[] CatalogTables(ClickstreamSpec spec, IReadOnlyList<CatalogItem> items, LayoutCatalog catalog)
    {
        // The real file is split in two by size; here the first half of the items' rows and the rest.
        int half = (items.Count + 1) / 2;
        return new CatalogTable[]
        {
            new(PropertiesTable("item_properties_part1.csv"), rows => WriteProperties(rows, items, catalog, 0, half)),
            new(PropertiesTable("item_properties_part2.csv"), rows => WriteProperties(rows, items, catalog, half, items.Count)),
            new(new(PathOf("category_tree.csv"), new[] { ClickstreamTables.Id("categoryid"), ClickstreamTables.Id("parentid", nullable: true) }), rows =>
            {
                foreach (var node in catalog.Categories)
                {
                    rows.Int64(node.Id);
                    if (node.ParentId is int parent) rows.Int64(parent);
                    else rows.Null();
                    rows.EndRow();
                }
            }),
        };
    }

    /// <summary>RetailRocket's name of an event kind, or null for the kinds it does not record (scroll, remove from cart).</summary>
    public static string? EventName(ClickEventType type) => type switch
    {
        ClickEventType.View => "view",
        ClickEventType.AddToCart => "addtocart",
        ClickEventType.Purchase => "transaction",
        _ => null,
    };

    private TableSchema PropertiesTable(string file) => new(PathOf(file), new[]
    {
        ClickstreamTables.Column("timestamp", Role.Time, Type.Int64), ClickstreamTables.Id("itemid"),
        ClickstreamTables.Column("property", Role.Observable, Type.String), ClickstreamTables.Column("value", Role.Observable, Type.String),
    });

    private static void WriteEvents(TableRows rows, UserActivity activity)
    {
        var events = ClickstreamTables.RowsOf(activity.Events);
        for (int i = 0; i < events.Length; i++)
        {
            ref readonly var e = ref events[i];
            if (EventName(e.Type) is not string name) continue;
            rows.Int64(e.TimestampMs);
            rows.Int64(e.UserId);
            rows.String(name);
            rows.Int64(e.ItemId);
            if (e.TransactionId != 0) rows.Int64(e.TransactionId);
            else rows.Null();
            rows.EndRow();
        }
    }

    // One snapshot per item, taken when it appeared: its properties do not change over the period.
    private static void WriteProperties(TableRows rows, IReadOnlyList<CatalogItem> items, LayoutCatalog catalog, int from, int to)
    {
        Span<char> price = stackalloc char[24];
        for (int i = from; i < to; i++)
        {
            var item = items[i];
            long timestamp = Time.ToUnixMs(item.CreatedAt);
            if (!item.CategoryHidden) Property(rows, timestamp, item.ItemId, "categoryid", catalog.Item(item.ItemId).Leaf.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Property(rows, timestamp, item.ItemId, "available", "1");
            Property(rows, timestamp, item.ItemId, PriceProperty, PriceText(item.CurrentPrice, price));
        }
    }

    private static void Property(TableRows rows, long timestamp, int itemId, string property, ReadOnlySpan<char> value)
    {
        rows.Int64(timestamp);
        rows.Int64(itemId);
        rows.String(property);
        rows.String(value);
        rows.EndRow();
    }

    /// <summary><c>n</c> and the price with three decimals, as RetailRocket writes numeric values (<c>n5040.000</c>).</summary>
    public static ReadOnlySpan<char> PriceText(double price, Span<char> buffer)
    {
        long cents = (long)Math.Round(price * 100);
        buffer[0] = 'n';
        string whole = (cents / 100).ToString(System.Globalization.CultureInfo.InvariantCulture);
        whole.AsSpan().CopyTo(buffer.Slice(1));
        int at = 1 + whole.Length;
        buffer[at++] = '.';
        buffer[at++] = (char)('0' + cents % 100 / 10);
        buffer[at++] = (char)('0' + cents % 10);
        buffer[at++] = '0';
        return buffer.Slice(0, at);
    }
}
