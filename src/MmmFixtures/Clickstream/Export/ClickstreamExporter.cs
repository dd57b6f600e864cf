using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.ExceptionServices;
using System.Text.Json;
using System.Threading.Tasks;
using CsvHelper;
using MmmFixtures.Export;

namespace MmmFixtures.Clickstream;

/// <summary>
/// Writes a clickstream export folder: the observable tables (<c>items.csv</c>, <c>users.csv</c>,
/// <c>events.csv</c>, rows in arrival order per user, so late events come after later ones), the same events
/// in the RetailRocket and REES46 layouts, the truth (<c>truth_users.csv</c>, <c>truth_sessions.csv</c>,
/// <c>truth_items.csv</c>, <c>truth_defects.csv</c>, <c>truth.json</c>) and <c>manifest.json</c> last.
/// Files are written atomically and concurrently.
/// </summary>
public static class ClickstreamExporter
{
    /// <summary>Writes the export into <paramref name="folder"/> (created if needed) and returns the files, manifest last.</summary>
    public static IReadOnlyList<ExportedFile> Export(ClickstreamDataset data, string folder)
    {
        if (data is null) throw new ArgumentNullException(nameof(data));
        if (folder is null) throw new ArgumentNullException(nameof(folder));
        Directory.CreateDirectory(folder);
        var writers = new (string Name, Action<Stream> Write, long? Rows)[]
        {
            ("items.csv", s => WriteItems(data, s, truth: false), data.Items.Count),
            ("users.csv", s => WriteUsers(data, s), data.Users.Count),
            ("events.csv", s => WriteEvents(data, s), data.Events.Count),
            ("retailrocket_events.csv", s => WriteRetailRocket(data, s), RowsOfLayout(data, RetailRocketEvent)),
            ("rees46_events.csv", s => WriteRees46(data, s), RowsOfLayout(data, Rees46Event)),
            ("truth_users.csv", s => WriteUserTruth(data, s), data.UserTruth.Count),
            ("truth_sessions.csv", s => WriteSessionTruth(data, s), data.Sessions.Count),
            ("truth_items.csv", s => WriteItems(data, s, truth: true), data.Items.Count),
            ("truth_defects.csv", s => WriteDefects(data, s), data.Events.Count(e => e.Defect != EventDefect.None)),
            ("truth.json", s => WriteTruthJson(data, s), null),
        };
        var files = new ExportedFile[writers.Length];
        try
        {
            Parallel.For(0, writers.Length, i => files[i] = AtomicFileWriter.Write(Path.Combine(folder, writers[i].Name), writers[i].Write, writers[i].Rows));
        }
        catch (AggregateException ex) when (ex.InnerExceptions.Count > 0)
        {
            ExceptionDispatchInfo.Capture(ex.InnerExceptions[0]).Throw();
        }
        var all = files.ToList();
        all.Add(ExportManifest.Write(folder, "clickstream", data.Spec.Seed, w => ClickstreamSpecJson.Write(w, data.Spec), files));
        return all;
    }

    // The event mix is already counted: a layout's rows are the events of the types it knows.
    private static long RowsOfLayout(ClickstreamDataset data, Func<ClickEventType, string?> layoutName) =>
        data.Aggregates.EventMix.Where(kv => layoutName(kv.Key) is not null).Sum(kv => (long)kv.Value);

    /// <summary>The canonical event type names (lower snake case).</summary>
    public static string EventName(ClickEventType type) => type switch
    {
        ClickEventType.View => "view",
        ClickEventType.Scroll => "scroll",
        ClickEventType.AddToCart => "add_to_cart",
        ClickEventType.RemoveFromCart => "remove_from_cart",
        _ => "purchase",
    };

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

    private static string Iso(long unixMs) => TimestampText.Iso(unixMs, stackalloc char[24]).ToString();

    private static void WriteItems(ClickstreamDataset data, Stream stream, bool truth)
    {
        using var csv = CsvFormat.CreateWriter(stream);
        if (truth) csv.WriteHeader("item_id", "category", "popularity", "price_median", "price_sigma", "category_hidden");
        else csv.WriteHeader("item_id", "category", "base_price", "discount_pct", "current_price", "created_at");
        foreach (var item in data.Items)
        {
            csv.WriteField(item.ItemId, default);
            csv.WriteField(truth || !item.CategoryHidden ? item.Category : "");
            if (truth)
            {
                var category = data.Spec.Catalog.Categories[item.CategoryIndex];
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
                csv.WriteField(Iso(Generation.Time.ToUnixMs(item.CreatedAt)));
            }
            csv.EndRecord();
        }
    }

    private static void WriteUsers(ClickstreamDataset data, Stream stream)
    {
        using var csv = CsvFormat.CreateWriter(stream);
        csv.WriteHeader("user_id", "registration_date");
        foreach (var user in data.Users)
        {
            csv.WriteField(user.UserId, default);
            csv.WriteField(Iso(Generation.Time.ToUnixMs(user.RegistrationDate)));
            csv.EndRecord();
        }
    }

    private static void WriteEvents(ClickstreamDataset data, Stream stream)
    {
        using var csv = CsvFormat.CreateWriter(stream);
        csv.WriteHeader("event_id", "user_id", "session_id", "timestamp", "event_type", "item_id", "price", "duration_seconds", "transaction_id");
        Span<char> buffer = stackalloc char[32];
        foreach (var e in InArrivalOrder(data))
        {
            csv.WriteField(e.EventId, default);
            csv.WriteField(e.UserId, default);
            csv.WriteField(e.SessionId, default);
            csv.WriteField(TimestampText.Iso(e.TimestampMs, buffer));
            csv.WriteField(EventName(e.Type));
            csv.WriteField(e.ItemId, default);
            csv.WriteField(FixedDecimalText.Format(e.Price, 2, buffer));
            csv.WriteField(FixedDecimalText.Format(e.DurationSeconds, 3, buffer));
            if (e.TransactionId != 0) csv.WriteField(e.TransactionId, default);
            else csv.WriteField("");
            csv.EndRecord();
        }
    }

    private static void WriteRetailRocket(ClickstreamDataset data, Stream stream)
    {
        using var csv = CsvFormat.CreateWriter(stream);
        csv.WriteHeader("timestamp", "visitorid", "event", "itemid", "transactionid");
        foreach (var e in data.Events)
        {
            if (RetailRocketEvent(e.Type) is not string name) continue;
            csv.WriteField(e.TimestampMs, default);
            csv.WriteField(e.UserId, default);
            csv.WriteField(name);
            csv.WriteField(e.ItemId, default);
            if (e.TransactionId != 0) csv.WriteField(e.TransactionId, default);
            else csv.WriteField("");
            csv.EndRecord();
        }
    }

    private static void WriteRees46(ClickstreamDataset data, Stream stream)
    {
        using var csv = CsvFormat.CreateWriter(stream);
        csv.WriteHeader("event_time", "event_type", "product_id", "category_id", "category_code", "brand", "price", "user_id", "user_session");
        Span<char> buffer = stackalloc char[32];
        foreach (var e in data.Events)
        {
            if (Rees46Event(e.Type) is not string name) continue;
            var item = data.Items[e.ItemId - 1];
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
        }
    }

    private static void WriteUserTruth(ClickstreamDataset data, Stream stream)
    {
        var categories = data.Spec.Catalog.Categories;
        using var csv = CsvFormat.CreateWriter(stream);
        csv.WriteHeader(new[] { "user_id", "persona", "is_bot", "sessions_per_week", "purchase_rate" }
            .Concat(categories.Select(c => "affinity_" + c.Name)).ToArray());
        foreach (var u in data.UserTruth)
        {
            csv.WriteField(u.UserId, default);
            csv.WriteField(u.Persona);
            csv.WriteField(u.IsBot ? "true" : "false");
            csv.WriteField(u.SessionsPerWeek, default);
            csv.WriteField(u.PurchaseRate, default);
            foreach (double a in u.CategoryAffinity) csv.WriteField(a, default);
            csv.EndRecord();
        }
    }

    private static void WriteSessionTruth(ClickstreamDataset data, Stream stream)
    {
        using var csv = CsvFormat.CreateWriter(stream);
        csv.WriteHeader("session_id", "user_id", "start", "end", "events", "intended_purchase", "realised_purchase", "purchase_probability");
        Span<char> buffer = stackalloc char[24];
        foreach (var s in data.Sessions)
        {
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
    }

    private static void WriteDefects(ClickstreamDataset data, Stream stream)
    {
        using var csv = CsvFormat.CreateWriter(stream);
        csv.WriteHeader("event_id", "defect", "arrival_time");
        foreach (var e in data.Events)
        {
            if (e.Defect == EventDefect.None) continue;
            csv.WriteField(e.EventId, default);
            csv.WriteField(e.Defect == EventDefect.Duplicate ? "duplicate" : "late");
            csv.WriteField(Iso(e.ArrivalMs));
            csv.EndRecord();
        }
    }

    // Each user's events as the store received them: by arrival, ties in generation order.
    private static IEnumerable<ClickEvent> InArrivalOrder(ClickstreamDataset data) =>
        data.Activity.SelectMany(a => a.Events.Any(e => e.Defect == EventDefect.Late)
            ? a.Events.OrderBy(e => e.ArrivalMs).ThenBy(e => e.EventId)
            : (IEnumerable<ClickEvent>)a.Events);

    private static void WriteTruthJson(ClickstreamDataset data, Stream stream)
    {
        var aggregates = data.Aggregates;
        using var w = new Utf8JsonWriter(stream, JsonFormat.WriterOptions);
        w.WriteStartObject();
        w.WriteNumber("algorithmVersion", GenerationAlgorithm.Version);
        w.WriteNumber("seed", data.Spec.Seed);
        w.WriteStartObject("eventMix");
        foreach (var kv in aggregates.EventMix) w.WriteNumber(EventName(kv.Key), kv.Value);
        w.WriteEndObject();
        w.WriteStartArray("funnelByPersona");
        foreach (var f in aggregates.FunnelByPersona)
        {
            w.WriteStartObject();
            w.WriteString("persona", f.Persona);
            w.WriteNumber("users", f.Users);
            w.WriteNumber("sessions", f.Sessions);
            w.WriteNumber("sessionsWithCart", f.SessionsWithCart);
            w.WriteNumber("sessionsWithPurchase", f.SessionsWithPurchase);
            w.WriteNumber("sessionPurchaseRate", f.SessionPurchaseRate);
            w.WriteNumber("events", f.Events);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        WriteConversion(w, "conversionByHour", aggregates.SessionsByHour);
        WriteConversion(w, "conversionByWeekday", aggregates.SessionsByWeekday);
        w.WriteEndObject();
        w.Flush();
        stream.WriteByte((byte)'\n');
    }

    private static void WriteConversion(Utf8JsonWriter w, string name, IReadOnlyList<(int Sessions, int Purchases)> buckets)
    {
        w.WriteStartArray(name);
        foreach (var (sessions, purchases) in buckets)
        {
            w.WriteStartObject();
            w.WriteNumber("sessions", sessions);
            w.WriteNumber("purchases", purchases);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }
}
