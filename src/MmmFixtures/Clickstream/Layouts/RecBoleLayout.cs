using System;
using System.Collections.Generic;
using MmmFixtures.Clickstream.Generation;
using MmmFixtures.Export;
using MmmFixtures.Families;
using Role = MmmFixtures.Export.ColumnRole;
using Type = MmmFixtures.Export.ColumnType;

namespace MmmFixtures.Clickstream.Layouts;

/// <summary>
/// RecBole's atomic files of a dataset named <c>clickstream</c>, in <c>recbole/clickstream/</c> (RecBole reads
/// <c>&lt;data_path&gt;/&lt;dataset&gt;/&lt;dataset&gt;.inter</c>): tab-separated, each header field typed
/// (<c>user_id:token</c>). <c>.inter</c>: every event (user, item, unix-seconds timestamp, event type, session, price);
/// <c>.user</c>: registration time; <c>.item</c>: leaf category code, brand (empty where missing: RecBole pads it),
/// price and creation time.
/// </summary>
internal sealed class RecBoleLayout : ClickstreamLayout
{
    /// <summary>The dataset's name: the atomic files' base name and their folder's.</summary>
    public const string DatasetName = "clickstream";

    /// <inheritdoc />
    public override ExportLayout Descriptor { get; } = new("recbole",
        "RecBole atomic files (.inter, .user, .item) of the dataset 'clickstream': run_recbole(model='BPR', dataset='clickstream', config_dict={'data_path': '<out>/recbole'})");

    /// <inheritdoc />
    public override char Separator => '\t';

    /// <inheritdoc />
    public override UserTable[] UserTables(ClickstreamSpec spec, LayoutCatalog catalog) => new UserTable[]
    {
        new(new(AtomicFile("inter"), new[]
        {
            Token("user_id"), Token("item_id"), Float("timestamp", Role.Time), Token("event_type", Role.Observable), Token("session_id"), Float("price", Role.Observable),
        }), WriteInteractions),
        new(new(AtomicFile("user"), new[] { Token("user_id"), Float("registration_time", Role.Time) }), (rows, activity) =>
        {
            rows.Int64(activity.User.UserId);
            rows.Decimal(Seconds(Time.ToUnixMs(activity.User.RegistrationDate)), 3);
            rows.EndRow();
        }),
    };

    /// <inheritdoc />
    public override CatalogTable[] CatalogTables(ClickstreamSpec spec, IReadOnlyList<CatalogItem> items, LayoutCatalog catalog) => new CatalogTable[]
    {
        new(new(AtomicFile("item"), new[]
        {
            Token("item_id"), Token("category", Role.Observable, nullable: true), Token("brand", Role.Observable, nullable: true),
            Float("price", Role.Observable), Float("created_at", Role.Time),
        }), rows =>
        {
            foreach (var item in items)
            {
                var view = catalog.Item(item.ItemId);
                rows.Int64(item.ItemId);
                if (item.CategoryHidden) rows.Null();
                else rows.String(view.Leaf.Code);
                rows.String(view.Brand);
                rows.Decimal(item.CurrentPrice, 2);
                rows.Decimal(Seconds(Time.ToUnixMs(item.CreatedAt)), 3);
                rows.EndRow();
            }
        }),
    };

    private string AtomicFile(string suffix) => PathOf($"{DatasetName}/{DatasetName}.{suffix}");

    // RecBole's token is any text (ids are written as integers, read as strings); its float a number.
    private static ColumnSchema Token(string name, ColumnRole role = Role.Key, bool nullable = false) =>
        ClickstreamTables.Column(name + ":token", role, role == Role.Key ? Type.Int64 : Type.String, nullable);

    private static ColumnSchema Float(string name, ColumnRole role) => ClickstreamTables.Column(name + ":float", role);

    private static double Seconds(long unixMs) => unixMs / 1000.0;

    private static void WriteInteractions(TableRows rows, UserActivity activity)
    {
        var events = ClickstreamTables.RowsOf(activity.Events);
        for (int i = 0; i < events.Length; i++)
        {
            ref readonly var e = ref events[i];
            rows.Int64(e.UserId);
            rows.Int64(e.ItemId);
            rows.Decimal(Seconds(e.TimestampMs), 3);
            rows.String(ClickstreamExporter.EventName(e.Type));
            rows.Int64(e.SessionId);
            rows.Decimal(e.Price, 2);
            rows.EndRow();
        }
    }
}
