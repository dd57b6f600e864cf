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

    // How a bot behaves, whatever its drawn persona: many long sessions of views only, two seconds apart.
    internal static readonly PersonaSpec Bot = new("Bot") { SessionsPerWeek = 40, PurchaseRate = 0, ViewsPerSession = 25, ScrollRate = 0, CartRate = 0, RemoveRate = 0 };
    private static readonly double BotGapMu = DeterministicMath.Log(2.0);

    [ThreadStatic] private static Scratch? t_scratch;

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

    /// <summary>The catalog the users pick from.</summary>
    public IReadOnlyList<CatalogItem> Items => _catalog.Items;

    /// <summary>The activity of <paramref name="userId"/>, in arrays of its own.</summary>
    public UserActivity Simulate(int userId) => Simulate(userId, inPlace: false);

    /// <summary>
    /// The activity of <paramref name="userId"/> with its sessions and events left in this thread's reusable buffers:
    /// valid only until this thread simulates another user. For a consumer that writes each user out at once, it saves
    /// allocating (and the garbage collector copying and the kernel faulting in) every user's rows.
    /// </summary>
    public UserActivity SimulateInPlace(int userId) => Simulate(userId, inPlace: true);

    private UserActivity Simulate(int userId, bool inPlace)
    {
        StreamKey key = _root.Then("user").Then(userId);
        // Each thread reuses its row buffers and random streams: only the user's final rows are allocated (none in place).
        int categories = _spec.Catalog.Categories.Count;
        var scratch = t_scratch is { } reused && reused.Affinity.Length == categories ? reused : t_scratch = new Scratch(categories);
        int personaIndex = _personas.Sample(scratch.User.Restart(key.Then("persona")));
        // Bot status has its own stream, so turning bots on changes no other user's persona.
        bool isBot = _spec.Defects.BotUserShare > 0 && scratch.User.Restart(key.Then("bot")).NextDouble() < _spec.Defects.BotUserShare;
        var persona = isBot ? Bot with { AffinityConcentration = _spec.Personas[personaIndex].AffinityConcentration } : _spec.Personas[personaIndex];

        var registrationRng = scratch.User.Restart(key.Then("registration"));
        long earliest = _startMs - _spec.RegistrationLeadDays * Time.MsPerDay;
        long registeredMs = earliest + (long)(registrationRng.NextDouble() * (_endMs - Time.MsPerDay - earliest));

        double[] affinity = inPlace ? scratch.Affinity : new double[scratch.Affinity.Length];
        DrawAffinity(affinity, persona.AffinityConcentration, scratch.User.Restart(key.Then("affinity")));
        double[] categoryCdf = CumulativeOf(affinity, scratch.CategoryCdf);
        var truth = new UserTruth(userId, personaIndex, _spec.Personas[personaIndex].Name, persona.SessionsPerWeek, persona.PurchaseRate, affinity, isBot);

        var sessions = scratch.Sessions;
        var events = scratch.Events;
        sessions.Clear();
        events.Clear();
        var starts = scratch.Starts.Restart(key.Then("sessions"));
        double ratePerMs = persona.SessionsPerWeek / (7.0 * Time.MsPerDay) * _maxFactor; // the thinning envelope
        long t = Math.Max(_startMs, registeredMs);
        long previousEnd = long.MinValue;
        while (ratePerMs > 0)
        {
            t += 1 + (long)(-DeterministicMath.Log(starts.NextOpenDouble()) / ratePerMs);
            if (t >= _endMs) break;
            double accept = _hourFactor[Time.HourOf(t)] * _dayFactor[Time.WeekdayOf(t)] / _maxFactor;
            if (starts.NextDouble() >= accept || t <= previousEnd) continue;
            var session = SimulateSession(userId, sessions.Count, t, persona, isBot ? BotGapMu : _gapMu, categoryCdf, key, scratch);
            sessions.Add(session);
            previousEnd = session.EndMs;
        }
        var user = new ClickUser(userId, Time.FromUnixMs(registeredMs));
        return inPlace ? new UserActivity(user, truth, sessions, events) : new UserActivity(user, truth, sessions.ToArray(), events.ToArray());
    }

    private SessionTruth SimulateSession(int userId, int number, long startMs, PersonaSpec persona, double gapMu, double[] categoryCdf,
        StreamKey userKey, Scratch scratch)
    {
        StreamKey sessionKey = userKey.Then("session").Then(number);
        var rng = scratch.Session.Restart(sessionKey);
        var events = scratch.Events;
        var defects = _spec.Defects;
        bool anyEventDefects = defects.DuplicateEventRate > 0 || defects.LateEventRate > 0;
        var defectRng = anyEventDefects ? scratch.Defects.Restart(sessionKey.Then("defects")) : null;
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
                long gap = 1 + (long)(1000 * DeterministicMath.Exp(gapMu + _spec.Activity.GapSigma * rng.StandardNormal()));
                if (gap > _idleMs || t + gap >= _endMs)
                {
                    ended = true; // 30 minutes idle (or the period is over): the session is finished
                    return;
                }
                t += gap;
            }
            ref readonly var catalogItem = ref _catalog.ItemArray[item];
            var clickEvent = new ClickEvent(((long)userId << 24) + events.Count, userId, sessionId, t, type, catalogItem.ItemId,
                catalogItem.CurrentPrice, 0, transaction, t);
            if (defectRng is not null && defectRng.NextDouble() < defects.LateEventRate)
            {
                long delay = 1 + (long)(defectRng.NextDouble() * defects.LateEventMaxMinutes * 60_000);
                clickEvent = clickEvent with { ArrivalMs = t + delay, Defect = EventDefect.Late };
            }
            events.Add(clickEvent);
            if (defectRng is not null && defectRng.NextDouble() < defects.DuplicateEventRate)
                // A duplicate of a late event arrives as late as its original: it keeps the Late label.
                events.Add(clickEvent with { EventId = ((long)userId << 24) + events.Count, Defect = clickEvent.Defect | EventDefect.Duplicate });
        }

        for (long v = 0; v < views && !ended; v++)
        {
            int item = _catalog.Pick(PickCategory(categoryCdf, rng.NextDouble()), t, rng);
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

        // Each event's duration is the time until the session's next event; a duplicate repeats its original's.
        for (int i = first; i < events.Count; i++)
        {
            if (events[i].Defect.HasFlag(EventDefect.Duplicate))
            {
                events[i] = events[i] with { DurationSeconds = events[i - 1].DurationSeconds };
                continue;
            }
            int next = i + 1;
            while (next < events.Count && events[next].Defect.HasFlag(EventDefect.Duplicate)) next++;
            if (next < events.Count) events[i] = events[i] with { DurationSeconds = (events[next].TimestampMs - events[i].TimestampMs) / 1000.0 };
        }
        return new SessionTruth(sessionId, userId, startMs, events[events.Count - 1].TimestampMs, intended, purchased,
            persona.PurchaseRate, events.Count - first);
    }

    // Categories are few: a scan of the cumulative affinities costs less than building an alias table per user.
    private static int PickCategory(double[] cdf, double u)
    {
        for (int k = 0; k < cdf.Length - 1; k++)
            if (u < cdf[k]) return k;
        return cdf.Length - 1;
    }

    private static double[] CumulativeOf(double[] weights, double[] cdf)
    {
        double sum = 0;
        for (int k = 0; k < weights.Length; k++) cdf[k] = sum += weights[k];
        return cdf;
    }

    // A Dirichlet draw: independent gammas, normalised.
    private static void DrawAffinity(double[] a, double concentration, RandomStream rng)
    {
        for (int k = 0; k < a.Length; k++) a[k] = rng.Gamma(concentration, 1);
        double sum = a.Sum();
        for (int k = 0; k < a.Length; k++) a[k] = sum > 0 ? a[k] / sum : 1.0 / a.Length;
    }

    private static double[] Normalised(IReadOnlyList<double> curve)
    {
        double mean = curve.Average();
        return curve.Select(v => v / mean).ToArray();
    }

    // One thread's reusable state: row buffers, a random stream per role that is alive at once (the user's short-lived
    // draws, session starts, a session, its defects), and the per-category arrays.
    private sealed class Scratch
    {
        public Scratch(int categories)
        {
            Affinity = new double[categories];
            CategoryCdf = new double[categories];
        }

        public RowBuffer<SessionTruth> Sessions { get; } = new();
        public RowBuffer<ClickEvent> Events { get; } = new();
        public RandomStream User { get; } = new(default);
        public RandomStream Starts { get; } = new(default);
        public RandomStream Session { get; } = new(default);
        public RandomStream Defects { get; } = new(default);
        public double[] Affinity { get; }
        public double[] CategoryCdf { get; }
    }
}
