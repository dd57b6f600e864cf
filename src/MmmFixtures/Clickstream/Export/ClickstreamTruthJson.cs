using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using MmmFixtures.Export;

namespace MmmFixtures.Clickstream;

/// <summary><c>truth.json</c> of a clickstream export: versions, seed and the aggregates computed from the rows.</summary>
internal static class ClickstreamTruthJson
{
    public static void Write(Stream stream, ClickstreamSpec spec, ClickstreamAggregates aggregates)
    {
        using var w = new Utf8JsonWriter(stream, JsonFormat.WriterOptions);
        w.WriteStartObject();
        w.WriteNumber("algorithmVersion", GenerationAlgorithm.Version);
        w.WriteNumber("seed", spec.Seed);
        w.WriteStartObject("eventMix");
        foreach (var kv in aggregates.EventMix) w.WriteNumber(ClickstreamExporter.EventName(kv.Key), kv.Value);
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
