using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using MmmFixtures.Export;
using MmmFixtures.Clickstream.Generation;

namespace MmmFixtures.Clickstream;

/// <summary>
/// Counts the aggregates user by user. Counts only add up, so counters filled on several threads and then
/// merged give the same aggregates as one counter over all users in order. Bots count apart (their own funnel and
/// event mix, in the slot after the personas): their drawn persona does not drive them, so counting them in it would
/// understate its rates, and their sessions never buy, so they stay out of the conversion by hour and weekday.
/// </summary>
internal sealed class ClickstreamAggregateCounter
{
    private static readonly int EventTypes = Enum.GetValues(typeof(ClickEventType)).Length;

    private readonly int[] _eventsByType = new int[EventTypes], _botEventsByType = new int[EventTypes];
    private readonly int[] _users, _sessions, _sessionsWithCart, _sessionsWithPurchase, _events;
    private readonly int[] _sessionsByHour = new int[24], _purchasesByHour = new int[24];
    private readonly int[] _sessionsByWeekday = new int[7], _purchasesByWeekday = new int[7];

    public ClickstreamAggregateCounter(int personas)
    {
        _users = new int[personas + 1];
        _sessions = new int[personas + 1];
        _sessionsWithCart = new int[personas + 1];
        _sessionsWithPurchase = new int[personas + 1];
        _events = new int[personas + 1];
    }

    private int BotSlot => _users.Length - 1;

    public void Add(UserActivity activity)
    {
        bool bot = activity.Truth.IsBot;
        int p = bot ? BotSlot : activity.Truth.PersonaIndex;
        var eventsByType = bot ? _botEventsByType : _eventsByType;
        var events = ClickstreamTables.RowsOf(activity.Events);
        var sessions = ClickstreamTables.RowsOf(activity.Sessions);
        _users[p]++;
        _sessions[p] += sessions.Length;
        _events[p] += events.Length;
        long lastCartSession = -1;
        for (int i = 0; i < events.Length; i++)
        {
            ref readonly var e = ref events[i];
            eventsByType[(int)e.Type]++;
            if (e.Type == ClickEventType.AddToCart && e.SessionId != lastCartSession)
            {
                _sessionsWithCart[p]++; // events are grouped by session, so one count per session with a cart
                lastCartSession = e.SessionId;
            }
        }
        for (int i = 0; i < sessions.Length; i++)
        {
            ref readonly var s = ref sessions[i];
            int purchase = s.RealisedPurchase ? 1 : 0;
            int hour = Time.HourOf(s.StartMs), weekday = Time.WeekdayOf(s.StartMs);
            _sessionsWithPurchase[p] += purchase;
            if (bot) continue;
            _sessionsByHour[hour]++;
            _purchasesByHour[hour] += purchase;
            _sessionsByWeekday[weekday]++;
            _purchasesByWeekday[weekday] += purchase;
        }
    }

    public void Add(ClickstreamAggregateCounter other)
    {
        AddInto(_eventsByType, other._eventsByType);
        AddInto(_botEventsByType, other._botEventsByType);
        AddInto(_users, other._users);
        AddInto(_sessions, other._sessions);
        AddInto(_sessionsWithCart, other._sessionsWithCart);
        AddInto(_sessionsWithPurchase, other._sessionsWithPurchase);
        AddInto(_events, other._events);
        AddInto(_sessionsByHour, other._sessionsByHour);
        AddInto(_purchasesByHour, other._purchasesByHour);
        AddInto(_sessionsByWeekday, other._sessionsByWeekday);
        AddInto(_purchasesByWeekday, other._purchasesByWeekday);
    }

    // The counts by name, for a shard's partial file: every array, in this order.
    private IEnumerable<(string Name, int[] Counts)> Arrays() => new[]
    {
        ("eventsByType", _eventsByType), ("botEventsByType", _botEventsByType), ("users", _users), ("sessions", _sessions),
        ("sessionsWithCart", _sessionsWithCart), ("sessionsWithPurchase", _sessionsWithPurchase), ("events", _events),
        ("sessionsByHour", _sessionsByHour), ("purchasesByHour", _purchasesByHour), ("sessionsByWeekday", _sessionsByWeekday),
        ("purchasesByWeekday", _purchasesByWeekday),
    };

    /// <summary>Writes every count as JSON (a shard's partial aggregates, which <see cref="ReadPartial"/> reads back).</summary>
    public void WritePartial(Stream stream)
    {
        using var w = new Utf8JsonWriter(stream, JsonFormat.WriterOptions);
        w.WriteStartObject();
        foreach (var (name, counts) in Arrays())
        {
            w.WriteStartArray(name);
            foreach (int count in counts) w.WriteNumberValue(count);
            w.WriteEndArray();
        }
        w.WriteEndObject();
    }

    /// <summary>A counter holding the counts <see cref="WritePartial"/> wrote for a spec with <paramref name="personas"/> personas.</summary>
    /// <exception cref="InvalidDataException">The JSON does not hold every count array with its length.</exception>
    public static ClickstreamAggregateCounter ReadPartial(byte[] json, int personas)
    {
        var counter = new ClickstreamAggregateCounter(personas);
        using var document = JsonDocument.Parse(json);
        foreach (var (name, counts) in counter.Arrays())
        {
            if (!document.RootElement.TryGetProperty(name, out var values) || values.ValueKind != JsonValueKind.Array || values.GetArrayLength() != counts.Length)
                throw new InvalidDataException($"The partial clickstream counts have no '{name}' array of {counts.Length} integers.");
            int i = 0;
            foreach (var value in values.EnumerateArray()) counts[i++] = value.GetInt32();
        }
        return counter;
    }

    private static void AddInto(int[] total, int[] part)
    {
        for (int i = 0; i < total.Length; i++) total[i] += part[i];
    }

    public ClickstreamAggregates ToAggregates(ClickstreamSpec spec) => new(
        Mix(_eventsByType),
        spec.Personas.Select((persona, p) => Funnel(persona.Name, p)).ToArray(),
        Enumerable.Range(0, 24).Select(h => (_sessionsByHour[h], _purchasesByHour[h])).ToArray(),
        Enumerable.Range(0, 7).Select(d => (_sessionsByWeekday[d], _purchasesByWeekday[d])).ToArray(),
        Funnel(UserSimulator.Bot.Name, BotSlot),
        Mix(_botEventsByType));

    private PersonaFunnel Funnel(string name, int slot) =>
        new(name, _users[slot], _sessions[slot], _sessionsWithCart[slot], _sessionsWithPurchase[slot], _events[slot]);

    private static Dictionary<ClickEventType, int> Mix(int[] byType) =>
        Enum.GetValues(typeof(ClickEventType)).Cast<ClickEventType>().ToDictionary(t => t, t => byType[(int)t]);
}
