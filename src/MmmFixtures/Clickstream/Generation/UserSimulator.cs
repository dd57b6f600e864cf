using System;
using System.Collections.Generic;
using System.Linq;
using MmmFixtures.Numerics;
using MmmFixtures.Randomness;
using MmmFixtures.Randomness.Distributions;

namespace MmmFixtures.Clickstream.Generation;

/// <summary>
/// Simulates one user from the user's own streams (<c>user/&lt;id&gt;/…</c>): persona, registration, category
/// affinities, session starts (a Poisson process thinned by the hour-of-day and day-of-week curves, never
/// before registration, never overlapping) and each session's funnel. A user's activity is therefore the same
/// whatever other users exist, and the persona does not depend on the catalog.
/// </summary>
internal sealed class UserSimulator
{
    private readonly ClickstreamSpec _spec;
    private readonly StreamKey _root;
    private readonly Catalog _catalog;
    private readonly AliasTable _personas;
    private readonly double[] _hourFactor, _dayFactor;
    private readonly double _maxFactor;
    private readonly long _startMs, _endMs, _idleMs;
    private readonly double _gapMu;

    public UserSimulator(ClickstreamSpec spec, StreamKey root, Catalog catalog)
    {
        _spec = spec;
        _root = root;
        _catalog = catalog;
        _personas = new AliasTable(spec.Personas.Select(p => p.Share).ToArray());
        _hourFactor = Normalised(spec.Activity.HourOfDay);
        _dayFactor = Normalised(spec.Activity.DayOfWeek);
        _maxFactor = _hourFactor.Max() * _dayFactor.Max();
        _startMs = Time.ToUnixMs(spec.StartDate);
        _endMs = Time.ToUnixMs(spec.EndDate);
        _idleMs = (long)(spec.Activity.IdleTimeoutMinutes * 60_000);
        _gapMu = DeterministicMath.Log(spec.Activity.GapMedianSeconds);
    }

    public UserActivity Simulate(int userId)
    {
        StreamKey key = _root.Then("user").Then(userId);
        int personaIndex = _personas.Sample(key.Open("persona"));
        var persona = _spec.Personas[personaIndex];

        var registrationRng = key.Open("registration");
        long earliest = _startMs - _spec.RegistrationLeadDays * Time.MsPerDay;
        long registeredMs = earliest + (long)(registrationRng.NextDouble() * (_endMs - Time.MsPerDay - earliest));

        double[] affinity = DrawAffinity(persona.AffinityConcentration, key.Open("affinity"));
        var categoryTable = new AliasTable(affinity);
        var truth = new UserTruth(userId, personaIndex, persona.Name, persona.SessionsPerWeek, persona.PurchaseRate, affinity);

        var sessions = new List<SessionTruth>();
        var events = new List<ClickEvent>();
        var starts = key.Open("sessions");
        double ratePerMs = persona.SessionsPerWeek / (7.0 * Time.MsPerDay) * _maxFactor; // the thinning envelope
        long t = Math.Max(_startMs, registeredMs);
        long previousEnd = long.MinValue;
        while (ratePerMs > 0)
        {
            t += 1 + (long)(-DeterministicMath.Log(starts.NextOpenDouble()) / ratePerMs);
            if (t >= _endMs) break;
            double accept = _hourFactor[Time.HourOf(t)] * _dayFactor[Time.WeekdayOf(t)] / _maxFactor;
            if (starts.NextDouble() >= accept || t <= previousEnd) continue;
            var session = SimulateSession(userId, sessions.Count, t, persona, categoryTable, key, events);
            sessions.Add(session);
            previousEnd = session.EndMs;
        }
        return new UserActivity(new ClickUser(userId, Time.FromUnixMs(registeredMs)), truth, sessions, events);
    }

    private SessionTruth SimulateSession(int userId, int number, long startMs, PersonaSpec persona, AliasTable categoryTable,
        StreamKey userKey, List<ClickEvent> events)
    {
        var rng = userKey.Then("session").Then(number).Open();
        long sessionId = ((long)userId << 16) + number;
        int first = events.Count;
        bool intended = rng.NextDouble() < persona.PurchaseRate;
        long views = 1 + rng.Poisson(persona.ViewsPerSession - 1);
        long purchaseAt = intended ? rng.NextInt64(0, views - 1) : -1;
        long t = startMs;
        bool ended = false, purchased = false;
        int purchases = 0;

        void Emit(ClickEventType type, int item, long transaction = 0)
        {
            if (ended) return;
            if (events.Count > first)
            {
                long gap = 1 + (long)(1000 * DeterministicMath.Exp(_gapMu + _spec.Activity.GapSigma * rng.StandardNormal()));
                if (gap > _idleMs || t + gap >= _endMs)
                {
                    ended = true; // 30 minutes idle (or the period is over): the session is finished
                    return;
                }
                t += gap;
            }
            var catalogItem = _catalog.Items[item];
            events.Add(new ClickEvent(((long)userId << 24) + events.Count, userId, sessionId, t, type, catalogItem.ItemId,
                catalogItem.CurrentPrice, 0, transaction));
        }

        for (long v = 0; v < views && !ended; v++)
        {
            int item = _catalog.Pick(categoryTable.Sample(rng), t, rng);
            Emit(ClickEventType.View, item);
            if (rng.NextDouble() < persona.ScrollRate) Emit(ClickEventType.Scroll, item);
            if (v == purchaseAt)
            {
                Emit(ClickEventType.AddToCart, item);
                int before = events.Count;
                Emit(ClickEventType.Purchase, item, sessionId * 16 + purchases + 1);
                if (events.Count > before)
                {
                    purchases++;
                    purchased = true;
                }
            }
            else if (rng.NextDouble() < persona.CartRate)
            {
                Emit(ClickEventType.AddToCart, item);
                if (rng.NextDouble() < persona.RemoveRate) Emit(ClickEventType.RemoveFromCart, item);
            }
        }

        // Each event's duration is the time until the session's next event.
        for (int i = first; i < events.Count - 1; i++)
            events[i] = events[i] with { DurationSeconds = (events[i + 1].TimestampMs - events[i].TimestampMs) / 1000.0 };
        return new SessionTruth(sessionId, userId, startMs, events[events.Count - 1].TimestampMs, intended, purchased,
            persona.PurchaseRate, events.Count - first);
    }

    // A Dirichlet draw: independent gammas, normalised.
    private double[] DrawAffinity(double concentration, RandomStream rng)
    {
        var a = new double[_spec.Catalog.Categories.Count];
        for (int k = 0; k < a.Length; k++) a[k] = rng.Gamma(concentration, 1);
        double sum = a.Sum();
        for (int k = 0; k < a.Length; k++) a[k] = sum > 0 ? a[k] / sum : 1.0 / a.Length;
        return a;
    }

    private static double[] Normalised(IReadOnlyList<double> curve)
    {
        double mean = curve.Average();
        return curve.Select(v => v / mean).ToArray();
    }
}
