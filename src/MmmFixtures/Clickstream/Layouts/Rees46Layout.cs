using System;
using System.Collections.Generic;
using MmmFixtures.Export;
using MmmFixtures.Families;
using Role = MmmFixtures.Export.ColumnRole;
using Type = MmmFixtures.Export.ColumnType;

namespace MmmFixtures.Clickstream.Layouts;

/// <summary>
/// REES46's event file (<c>events.csv</c>, the only CSV of its folder, as the converter reads every CSV there):
/// <c>event_time</c> as <c>yyyy-MM-dd HH:mm:ss UTC</c>, <c>event_type</c> (view, cart, remove_from_cart, purchase),
/// <c>product_id</c>, a 19-digit <c>category_id</c> (always present), its dotted <c>category_code</c> (empty where the
/// catalog hides the category, as REES46 often leaves it), a lower-case <c>brand</c> (sometimes empty), <c>price</c>,
/// <c>user_id</c> and a UUID <c>user_session</c>.
/// </summary>
internal sealed class Rees46Layout : ClickstreamLayout
{
    /// <inheritdoc />
    public override ExportLayout Descriptor { get; } = new("rees46",
        "REES46's event file with dotted category codes, 19-digit category ids, brands and UUID sessions, as RecSysDatasets' REES46 (cosmetics) converter reads it: python run.py --dataset cosmetics --input_path <out>/rees46 …");

    /// <inheritdoc />
    public override UserTable[] UserTables(ClickstreamSpec spec, LayoutCatalog catalog)
    {
        var sessions = new SessionUuid(spec.Seed);
        return new UserTable[]
        {
            new(new(PathOf("events.csv"), new[]
            {
                ClickstreamTables.Column("event_time", Role.Time, Type.String), ClickstreamTables.Column("event_type", Role.Observable, Type.String),
                ClickstreamTables.Id("product_id"), ClickstreamTables.Id("category_id"), ClickstreamTables.Column("category_code", Role.Observable, Type.String, nullable: true),
                ClickstreamTables.Column("brand", Role.Observable, Type.String, nullable: true), ClickstreamTables.Column("price", Role.Observable),
                ClickstreamTables.Id("user_id"), ClickstreamTables.Column("user_session", Role.Key, Type.String),
            }), (rows, activity) => WriteEvents(rows, activity, catalog, sessions)),
        };
    }

    /// <inheritdoc />
    public override CatalogTable[] CatalogTables(ClickstreamSpec spec, IReadOnlyList<CatalogItem> items, LayoutCatalog catalog) => Array.Empty<CatalogTable>();

    /// <summary>REES46's name of an event kind, or null for scrolls, which it does not record.</summary>
    public static string? EventName(ClickEventType type) => type switch
    {
        ClickEventType.View => "view",
        ClickEventType.AddToCart => "cart",
        ClickEventType.RemoveFromCart => "remove_from_cart",
        ClickEventType.Purchase => "purchase",
        _ => null,
    };

    private static void WriteEvents(TableRows rows, UserActivity activity, LayoutCatalog catalog, SessionUuid sessions)
    {
        Span<char> time = stackalloc char[32];
        Span<char> uuid = stackalloc char[36];
        long uuidOf = 0; // the session whose UUID is in the buffer (0: none; ids start at 2^16)
        var events = ClickstreamTables.RowsOf(activity.Events);
        for (int i = 0; i < events.Length; i++)
        {
            ref readonly var e = ref events[i];
            if (EventName(e.Type) is not string name) continue;
            ref readonly var item = ref catalog.Item(e.ItemId);
            if (e.SessionId != uuidOf)
            {
                sessions.Format(e.SessionId, uuid);
                uuidOf = e.SessionId;
            }
            rows.String(TimestampText.Rees46(e.TimestampMs, time));
            rows.String(name);
            rows.Int64(e.ItemId);
            rows.Int64(item.Leaf.LongId);
            if (item.CategoryHidden) rows.Null();
            else rows.String(item.Leaf.Code);
            rows.String(item.Brand);
            rows.Decimal(e.Price, 2);
            rows.Int64(e.UserId);
            rows.String(uuid);
            rows.EndRow();
        }
    }
}
