using System;
using System.Collections.Generic;
using System.Linq;
using MmmFixtures.Clickstream.Generation;
using MmmFixtures.Export;
using Role = MmmFixtures.Export.ColumnRole;
using Type = MmmFixtures.Export.ColumnType;

namespace MmmFixtures.Clickstream;

/// <summary>A table of the clickstream export written user by user: its file and columns, and the rows of one user.</summary>
/// <param name="Schema">The file name and columns.</param>
/// <param name="WriteRows">Writes one user's rows.</param>
internal sealed record UserTable(TableSchema Schema, Action<TableRows, UserActivity> WriteRows);

/// <summary>A table of the clickstream export written whole from the catalog.</summary>
/// <param name="Schema">The file name and columns.</param>
/// <param name="WriteRows">Writes every row.</param>
internal sealed record CatalogTable(TableSchema Schema, Action<TableRows> WriteRows);

/// <summary>
/// The rows of every canonical clickstream table, written format-neutrally (<see cref="TableRows"/>). User tables
/// are written one user at a time, so an export can be formatted in chunks of users on several threads; the two
/// catalog tables are written whole.
/// </summary>
internal static class ClickstreamTables
{
    /// <summary>The canonical user tables of an export, in the order of the manifest.</summary>
    public static UserTable[] UserTables(ClickstreamSpec spec) => new UserTable[]
    {
        new(new("users.csv", new[] { Id("user_id"), Column("registration_date", Role.Time, Type.Timestamp) }), WriteUser),
        new(new("events.csv", new[]
        {
            Id("event_id"), Id("user_id"), Id("session_id"), Column("timestamp", Role.Time, Type.Timestamp), Column("event_type", Role.Observable, Type.String),
            Id("item_id"), Column("price", Role.Observable), Column("duration_seconds", Role.Observable), Id("transaction_id", nullable: true),
        }), WriteEvents),
        new(new TableSchema("truth_users.csv", new[]
        {
            Id("user_id"), Column("persona", Role.Truth, Type.String), Column("is_bot", Role.Truth, Type.String),
            Column("sessions_per_week", Role.Truth), Column("purchase_rate", Role.Truth),
        }).With(spec.Catalog.Categories.Select(c => new ColumnSchema("affinity_" + c.Name, Role.Truth, c.Name))), WriteUserTruth),
        new(new("truth_sessions.csv", new[]
        {
            Id("session_id"), Id("user_id"), Column("start", Role.Time, Type.Timestamp), Column("end", Role.Time, Type.Timestamp), Column("events", Role.Truth, Type.Int64),
            Column("intended_purchase", Role.Truth, Type.String), Column("realised_purchase", Role.Truth, Type.String), Column("purchase_probability", Role.Truth),
        }), WriteSessionTruth),
        new(new("truth_defects.csv", new[] { Id("event_id"), Column("defect", Role.Truth, Type.String), Column("arrival_time", Role.Truth, Type.Timestamp) }), WriteDefects),
    };

    /// <summary>The canonical catalog tables: <c>items.csv</c> (observable) and <c>truth_items.csv</c>.</summary>
    public static CatalogTable[] CatalogTables(ClickstreamSpec spec, IReadOnlyList<CatalogItem> items) => new CatalogTable[]
    {
        new(ItemTable(truth: false), rows => WriteItems(rows, spec, items, truth: false)),
        new(ItemTable(truth: true), rows => WriteItems(rows, spec, items, truth: true)),
    };

    /// <summary><c>items.csv</c> (observable) or <c>truth_items.csv</c>.</summary>
    public static TableSchema ItemTable(bool truth) => truth
        ? new("truth_items.csv", new[]
        {
            Id("item_id"), Column("category", Role.Truth, Type.String), Column("popularity", Role.Truth), Column("price_median", Role.Truth),
            Column("price_sigma", Role.Truth), Column("category_hidden", Role.Truth, Type.String),
        })
        : new("items.csv", new[]
        {
            Id("item_id"), Column("category", Role.Observable, Type.String, nullable: true), Column("base_price", Role.Observable),
            Column("discount_pct", Role.Observable), Column("current_price", Role.Observable), Column("created_at", Role.Time, Type.Timestamp),
        });

    /// <summary>A column of a clickstream table (a double unless said otherwise).</summary>
    public static ColumnSchema Column(string name, ColumnRole role, ColumnType type = ColumnType.Double, bool nullable = false) =>
        new(name, role, Type: type, Nullable: nullable);

    /// <summary>An integer key column (user, item, session, event or transaction id).</summary>
    public static ColumnSchema Id(string name, bool nullable = false) => Column(name, Role.Key, Type.Int64, nullable);

    // Generated rows are arrays, or a simulator's buffers in place; indexing them directly avoids an interface call per row in the loops below.
    internal static ReadOnlySpan<T> RowsOf<T>(IReadOnlyList<T> rows) => rows switch
    {
        T[] array => array,
        RowBuffer<T> inPlace => inPlace.Span,
        _ => rows.ToArray(),
    };

    private static void WriteItems(TableRows rows, ClickstreamSpec spec, IReadOnlyList<CatalogItem> items, bool truth)
    {
        foreach (var item in items)
        {
            rows.Int64(item.ItemId);
            if (truth)
            {
                var category = spec.Catalog.Categories[item.CategoryIndex];
                rows.String(item.Category);
                rows.Double(item.Popularity);
                rows.Double(category.PriceMedian);
                rows.Double(category.PriceSigma);
                rows.String(item.CategoryHidden ? "true" : "false");
            }
            else
            {
                if (item.CategoryHidden) rows.Null();
                else rows.String(item.Category);
                rows.Decimal(item.BasePrice, 2);
                rows.Double(item.DiscountPct);
                rows.Decimal(item.CurrentPrice, 2);
                rows.Timestamp(Time.ToUnixMs(item.CreatedAt));
            }
            rows.EndRow();
        }
    }

    private static void WriteUser(TableRows rows, UserActivity activity)
    {
        rows.Int64(activity.User.UserId);
        rows.Timestamp(Time.ToUnixMs(activity.User.RegistrationDate));
        rows.EndRow();
    }

    private static void WriteEvents(TableRows rows, UserActivity activity)
    {
        var events = InArrivalOrder(RowsOf(activity.Events));
        for (int i = 0; i < events.Length; i++)
        {
            ref readonly var e = ref events[i];
            rows.Int64(e.EventId);
            rows.Int64(e.UserId);
            rows.Int64(e.SessionId);
            rows.Timestamp(e.TimestampMs);
            rows.String(ClickstreamExporter.EventName(e.Type));
            rows.Int64(e.ItemId);
            rows.Decimal(e.Price, 2);
            rows.Decimal(e.DurationSeconds, 3);
            if (e.TransactionId != 0) rows.Int64(e.TransactionId);
            else rows.Null();
            rows.EndRow();
        }
    }

    // A user's events as the store received them: by arrival, ties in generation order.
    private static ReadOnlySpan<ClickEvent> InArrivalOrder(ReadOnlySpan<ClickEvent> events)
    {
        for (int i = 0; i < events.Length; i++)
            if (events[i].Defect.HasFlag(EventDefect.Late))
                return events.ToArray().OrderBy(e => e.ArrivalMs).ThenBy(e => e.EventId).ToArray();
        return events;
    }

    private static void WriteUserTruth(TableRows rows, UserActivity activity)
    {
        var u = activity.Truth;
        rows.Int64(u.UserId);
        rows.String(u.Persona);
        rows.String(u.IsBot ? "true" : "false");
        rows.Double(u.SessionsPerWeek);
        rows.Double(u.PurchaseRate);
        for (int k = 0; k < u.CategoryAffinity.Count; k++) rows.Double(u.CategoryAffinity[k]);
        rows.EndRow();
    }

    private static void WriteSessionTruth(TableRows rows, UserActivity activity)
    {
        var sessions = RowsOf(activity.Sessions);
        for (int i = 0; i < sessions.Length; i++)
        {
            ref readonly var s = ref sessions[i];
            rows.Int64(s.SessionId);
            rows.Int64(s.UserId);
            rows.Timestamp(s.StartMs);
            rows.Timestamp(s.EndMs);
            rows.Int64(s.EventCount);
            rows.String(s.IntendedPurchase ? "true" : "false");
            rows.String(s.RealisedPurchase ? "true" : "false");
            rows.Double(s.PurchaseProbability);
            rows.EndRow();
        }
    }

    private static void WriteDefects(TableRows rows, UserActivity activity)
    {
        var events = RowsOf(activity.Events);
        for (int i = 0; i < events.Length; i++)
        {
            ref readonly var e = ref events[i];
            if (e.Defect == EventDefect.None) continue;
            rows.Int64(e.EventId);
            rows.String(DefectLabels(e.Defect));
            rows.Timestamp(e.ArrivalMs);
            rows.EndRow();
        }
    }

    // One row per event with defects; its labels joined by '|' in a fixed order, so "late" matches a late duplicate too.
    private static string DefectLabels(EventDefect defect) => defect switch
    {
        EventDefect.Duplicate => "duplicate",
        EventDefect.Late => "late",
        _ => "duplicate|late",
    };
}
