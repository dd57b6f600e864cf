using System;
using System.Collections.Generic;
using System.Linq;
using CsvHelper;
using MmmFixtures.Clickstream.Generation;
using MmmFixtures.Export;
using Role = MmmFixtures.Export.ColumnRole;

namespace MmmFixtures.Clickstream;

/// <summary>A CSV table of the clickstream export written user by user: its file and columns, and the rows of one user.</summary>
/// <param name="Schema">The file name and columns.</param>
/// <param name="WriteRows">Writes one user's rows and returns how many.</param>
internal sealed record UserTable(TableSchema Schema, Func<CsvWriter, UserActivity, int> WriteRows);

/// <summary>
/// The rows of every clickstream CSV table. User tables are written one user at a time, so an export can be
/// formatted in chunks of users on several threads; the two catalog tables are written whole.
/// </summary>
internal static class ClickstreamTables
{
    /// <summary>The user tables of an export, in the order of the manifest.</summary>
    public static UserTable[] UserTables(ClickstreamSpec spec, IReadOnlyList<CatalogItem> items)
    {
        var itemArray = RowsOf(items);
        return new UserTable[]
        {
            new(Table("users.csv", ("user_id", Role.Key), ("registration_date", Role.Time)), WriteUser),
            new(Table("events.csv", ("event_id", Role.Key), ("user_id", Role.Key), ("session_id", Role.Key), ("timestamp", Role.Time), ("event_type", Role.Observable),
                ("item_id", Role.Key), ("price", Role.Observable), ("duration_seconds", Role.Observable), ("transaction_id", Role.Key)), WriteEvents),
            new(Table("retailrocket_events.csv", ("timestamp", Role.Time), ("visitorid", Role.Key), ("event", Role.Observable), ("itemid", Role.Key), ("transactionid", Role.Key)), WriteRetailRocket),
            new(Table("rees46_events.csv", ("event_time", Role.Time), ("event_type", Role.Observable), ("product_id", Role.Key), ("category_id", Role.Key), ("category_code", Role.Observable),
                ("brand", Role.Observable), ("price", Role.Observable), ("user_id", Role.Key), ("user_session", Role.Key)), (csv, activity) => WriteRees46(csv, activity, itemArray)),
            new(Table("truth_users.csv", ("user_id", Role.Key), ("persona", Role.Truth), ("is_bot", Role.Truth), ("sessions_per_week", Role.Truth), ("purchase_rate", Role.Truth))
                .With(spec.Catalog.Categories.Select(c => new ColumnSchema("affinity_" + c.Name, Role.Truth, c.Name))), WriteUserTruth),
            new(Table("truth_sessions.csv", ("session_id", Role.Key), ("user_id", Role.Key), ("start", Role.Time), ("end", Role.Time), ("events", Role.Truth),
                ("intended_purchase", Role.Truth), ("realised_purchase", Role.Truth), ("purchase_probability", Role.Truth)), WriteSessionTruth),
            new(Table("truth_defects.csv", ("event_id", Role.Key), ("defect", Role.Truth), ("arrival_time", Role.Truth)), WriteDefects),
        };
    }

    /// <summary><c>items.csv</c> (observable) or <c>truth_items.csv</c>.</summary>
    public static TableSchema ItemTable(bool truth) => truth
        ? Table("truth_items.csv", ("item_id", Role.Key), ("category", Role.Truth), ("popularity", Role.Truth), ("price_median", Role.Truth), ("price_sigma", Role.Truth), ("category_hidden", Role.Truth))
        : Table("items.csv", ("item_id", Role.Key), ("category", Role.Observable), ("base_price", Role.Observable), ("discount_pct", Role.Observable), ("current_price", Role.Observable), ("created_at", Role.Time));

    private static TableSchema Table(string fileName, params (string Name, ColumnRole Role)[] columns) =>
        new(fileName, columns.Select(c => new ColumnSchema(c.Name, c.Role)).ToArray());

    // Generated rows are arrays; indexing them directly avoids an interface call per row in the loops below.
    private static T[] RowsOf<T>(IReadOnlyList<T> rows) => rows as T[] ?? rows.ToArray();

    /// <summary>Writes every item's row of <c>items.csv</c> or <c>truth_items.csv</c>.</summary>
    public static void WriteItems(CsvWriter csv, ClickstreamSpec spec, IReadOnlyList<CatalogItem> items, bool truth)
    {
        Span<char> buffer = stackalloc char[24];
        foreach (var item in items)
        {
            csv.WriteField(item.ItemId, default);
            csv.WriteField(truth || !item.CategoryHidden ? item.Category : "");
            if (truth)
            {
                var category = spec.Catalog.Categories[item.CategoryIndex];
                csv.WriteField(item.Popularity, default);
                csv.WriteField(category.PriceMedian, default);
                csv.WriteField(category.PriceSigma, default);
                csv.WriteField(item.CategoryHidden ? "true" : "false");
            }
            else
            {
                csv.WriteField(item.BasePrice, default);
                csv.WriteField(item.DiscountPct, default);
                csv.WriteField(item.CurrentPrice, default);
                csv.WriteField(TimestampText.Iso(Time.ToUnixMs(item.CreatedAt), buffer));
            }
            csv.EndRecord();
        }
    }

    // RetailRocket knows view, addtocart and transaction only.
    private static string? RetailRocketEvent(ClickEventType type) => type switch
    {
        ClickEventType.View => "view",
        ClickEventType.AddToCart => "addtocart",
        ClickEventType.Purchase => "transaction",
        _ => null,
    };

    // REES46 knows view, cart, remove_from_cart and purchase.
    private static string? Rees46Event(ClickEventType type) => type switch
    {
        ClickEventType.View => "view",
        ClickEventType.AddToCart => "cart",
        ClickEventType.RemoveFromCart => "remove_from_cart",
        ClickEventType.Purchase => "purchase",
        _ => null,
    };

    private static int WriteUser(CsvWriter csv, UserActivity activity)
    {
        Span<char> buffer = stackalloc char[24];
        csv.WriteField(activity.User.UserId, default);
        csv.WriteField(TimestampText.Iso(Time.ToUnixMs(activity.User.RegistrationDate), buffer));
        csv.EndRecord();
        return 1;
    }

    private static int WriteEvents(CsvWriter csv, UserActivity activity)
    {
        Span<char> buffer = stackalloc char[32];
        var events = InArrivalOrder(RowsOf(activity.Events));
        for (int i = 0; i < events.Length; i++)
        {
            ref readonly var e = ref events[i];
            csv.WriteField(e.EventId, default);
            csv.WriteField(e.UserId, default);
            csv.WriteField(e.SessionId, default);
            csv.WriteField(TimestampText.Iso(e.TimestampMs, buffer));
            csv.WriteField(ClickstreamExporter.EventName(e.Type));
            csv.WriteField(e.ItemId, default);
            csv.WriteField(FixedDecimalText.Format(e.Price, 2, buffer));
            csv.WriteField(FixedDecimalText.Format(e.DurationSeconds, 3, buffer));
            if (e.TransactionId != 0) csv.WriteField(e.TransactionId, default);
            else csv.WriteField("");
            csv.EndRecord();
        }
        return events.Length;
    }

    // A user's events as the store received them: by arrival, ties in generation order.
    private static ClickEvent[] InArrivalOrder(ClickEvent[] events)
    {
        for (int i = 0; i < events.Length; i++)
            if (events[i].Defect == EventDefect.Late)
                return events.OrderBy(e => e.ArrivalMs).ThenBy(e => e.EventId).ToArray();
        return events;
    }

    private static int WriteRetailRocket(CsvWriter csv, UserActivity activity)
    {
        var events = RowsOf(activity.Events);
        int rows = 0;
        for (int i = 0; i < events.Length; i++)
        {
            ref readonly var e = ref events[i];
            if (RetailRocketEvent(e.Type) is not string name) continue;
            csv.WriteField(e.TimestampMs, default);
            csv.WriteField(e.UserId, default);
            csv.WriteField(name);
            csv.WriteField(e.ItemId, default);
            if (e.TransactionId != 0) csv.WriteField(e.TransactionId, default);
            else csv.WriteField("");
            csv.EndRecord();
            rows++;
        }
        return rows;
    }

    private static int WriteRees46(CsvWriter csv, UserActivity activity, CatalogItem[] items)
    {
        Span<char> buffer = stackalloc char[32];
        var events = RowsOf(activity.Events);
        int rows = 0;
        for (int i = 0; i < events.Length; i++)
        {
            ref readonly var e = ref events[i];
            if (Rees46Event(e.Type) is not string name) continue;
            ref readonly var item = ref items[e.ItemId - 1];
            csv.WriteField(TimestampText.Rees46(e.TimestampMs, buffer));
            csv.WriteField(name);
            csv.WriteField(e.ItemId, default);
            if (item.CategoryHidden)
            {
                csv.WriteField("");
                csv.WriteField("");
            }
            else
            {
                csv.WriteField(item.CategoryIndex + 1, default);
                csv.WriteField(item.Category);
            }
            csv.WriteField(""); // the generator has no brands
            csv.WriteField(FixedDecimalText.Format(e.Price, 2, buffer));
            csv.WriteField(e.UserId, default);
            csv.WriteField(e.SessionId, default);
            csv.EndRecord();
            rows++;
        }
        return rows;
    }

    private static int WriteUserTruth(CsvWriter csv, UserActivity activity)
    {
        var u = activity.Truth;
        csv.WriteField(u.UserId, default);
        csv.WriteField(u.Persona);
        csv.WriteField(u.IsBot ? "true" : "false");
        csv.WriteField(u.SessionsPerWeek, default);
        csv.WriteField(u.PurchaseRate, default);
        for (int k = 0; k < u.CategoryAffinity.Count; k++) csv.WriteField(u.CategoryAffinity[k], default);
        csv.EndRecord();
        return 1;
    }

    private static int WriteSessionTruth(CsvWriter csv, UserActivity activity)
    {
        Span<char> buffer = stackalloc char[24];
        var sessions = RowsOf(activity.Sessions);
        for (int i = 0; i < sessions.Length; i++)
        {
            ref readonly var s = ref sessions[i];
            csv.WriteField(s.SessionId, default);
            csv.WriteField(s.UserId, default);
            csv.WriteField(TimestampText.Iso(s.StartMs, buffer));
            csv.WriteField(TimestampText.Iso(s.EndMs, buffer));
            csv.WriteField(s.EventCount, default);
            csv.WriteField(s.IntendedPurchase ? "true" : "false");
            csv.WriteField(s.RealisedPurchase ? "true" : "false");
            csv.WriteField(s.PurchaseProbability, default);
            csv.EndRecord();
        }
        return sessions.Length;
    }

    private static int WriteDefects(CsvWriter csv, UserActivity activity)
    {
        Span<char> buffer = stackalloc char[24];
        var events = RowsOf(activity.Events);
        int rows = 0;
        for (int i = 0; i < events.Length; i++)
        {
            ref readonly var e = ref events[i];
            if (e.Defect == EventDefect.None) continue;
            csv.WriteField(e.EventId, default);
            csv.WriteField(e.Defect == EventDefect.Duplicate ? "duplicate" : "late");
            csv.WriteField(TimestampText.Iso(e.ArrivalMs, buffer));
            csv.EndRecord();
            rows++;
        }
        return rows;
    }
}
