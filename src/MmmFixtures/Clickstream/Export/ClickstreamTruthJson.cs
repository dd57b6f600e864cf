using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using MmmFixtures.Export;

namespace MmmFixtures.Clickstream;

/// <summary>
/// <c>truth.json</c> of a clickstream export: versions, seed and the aggregates computed from the rows (human users;
/// with bots on, a <c>bots</c> section counts them apart).
/// </summary>
internal static class ClickstreamTruthJson
{
    public static void Write(Stream stream, ClickstreamSpec spec, ClickstreamAggregates aggregates)
    {
        using var w = new Utf8JsonWriter(stream, JsonFormat.WriterOptions);
        w.WriteStartObject();
        w.WriteNumber("algorithmVersion", GenerationAlgorithm.Version);
        w.WriteNumber("seed", spec.Seed);
        WriteMix(w, aggregates.EventMix);
        w.WriteStartArray("funnelByPersona");
        foreach (var f in aggregates.FunnelByPersona)
        {
            w.WriteStartObject();
            w.WriteString("persona", f.Persona);
            WriteFunnel(w, f);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        if (spec.Defects.BotUserShare > 0)
        {
            // Bots keep a drawn persona but are counted only here, so the persona and conversion figures describe people.
            w.WriteStartObject("bots");
            WriteFunnel(w, aggregates.Bots);
            WriteMix(w, aggregates.BotEventMix);
            w.WriteEndObject();
        }
        WriteConversion(w, "conversionByHour", aggregates.SessionsByHour);
        WriteConversion(w, "conversionByWeekday", aggregates.SessionsByWeekday);
        w.WriteEndObject();
        w.Flush();
        stream.WriteByte((byte)'\n');
    }

    private static void WriteMix(Utf8JsonWriter w, IReadOnlyDictionary<ClickEventType, int> mix)
    {
        w.WriteStartObject("eventMix");
        foreach (var kv in mix) w.WriteNumber(ClickstreamExporter.EventName(kv.Key), kv.Value);
        w.WriteEndObject();
    }

    private static void WriteFunnel(Utf8JsonWriter w, PersonaFunnel f)
    {
        w.WriteNumber("users", f.Users);
        w.WriteNumber("sessions", f.Sessions);
        w.WriteNumber("sessionsWithCart", f.SessionsWithCart);
        w.WriteNumber("sessionsWithPurchase", f.SessionsWithPurchase);
        w.WriteNumber("sessionPurchaseRate", f.SessionPurchaseRate);
        w.WriteNumber("events", f.Events);
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
