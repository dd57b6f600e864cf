using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using MmmFixtures.Clickstream.Generation;
using MmmFixtures.Concurrency;

namespace MmmFixtures.Clickstream.Report;

/// <summary>
/// One pass over a spec's users for its report: the truth's aggregates, sessions by weekday × hour, event types per
/// persona, active time per persona and the temporal and funnel rules checked on every event. Users are simulated chunk
/// by chunk on several threads and only counts are kept, so memory does not grow with the number of events; counts only
/// add up, so the result does not depend on the number of threads.
/// </summary>
internal sealed class ClickstreamReportScan
{
    private const int UsersPerChunk = 256;
    private static readonly int EventTypes = Enum.GetValues(typeof(ClickEventType)).Length;

    private readonly long _startMs, _endMs, _idleMs;
    private readonly long[] _itemCreatedMs;

    private ClickstreamReportScan(ClickstreamSpec spec, long[] itemCreatedMs)
    {
        _startMs = Time.ToUnixMs(spec.StartDate);
        _endMs = Time.ToUnixMs(spec.EndDate);
        _idleMs = (long)(spec.Activity.IdleTimeoutMinutes * 60_000);
        _itemCreatedMs = itemCreatedMs;
        Counter = new ClickstreamAggregateCounter(spec.Personas.Count);
        EventsByType = Enumerable.Range(0, spec.Personas.Count + 1).Select(_ => new long[EventTypes]).ToArray();
        ActiveMs = new long[spec.Personas.Count + 1];
    }

    /// <summary>The truth's aggregates, counted the same way (bots apart).</summary>
    public ClickstreamAggregateCounter Counter { get; }

    /// <summary>Human sessions by start weekday (Monday = 0) and UTC hour.</summary>
    public long[,] SessionsByWeekdayHour { get; } = new long[7, 24];

    /// <summary>Events per type for each persona (index) and, last, the bots.</summary>
    public long[][] EventsByType { get; }

    /// <summary>Per persona (bots last): Σ over its users of the time from registration (or the start) to the end, in ms.</summary>
    public long[] ActiveMs { get; }

    /// <summary>Events and sessions checked, human and bot.</summary>
    public long Events { get; private set; }

    /// <summary>Sessions checked.</summary>
    public long Sessions { get; private set; }

    /// <summary>Events before an earlier event of their session (duplicates at the same time are allowed).</summary>
    public long OutOfOrder { get; private set; }

    /// <summary>Events before the user registered or outside the period.</summary>
    public long OutsideUserTime { get; private set; }

    /// <summary>Events on an item before it was created.</summary>
    public long BeforeItemCreation { get; private set; }

    /// <summary>Gaps between consecutive events of a session longer than the idle timeout.</summary>
    public long IdleGaps { get; private set; }

    /// <summary>Purchases without an add_to_cart of that item earlier in the session.</summary>
    public long PurchasesWithoutCart { get; private set; }

    /// <summary>Purchase events, to size <see cref="PurchasesWithoutCart"/>.</summary>
    public long Purchases { get; private set; }

    /// <summary>Sessions starting before the same user's previous session ended.</summary>
    public long OverlappingSessions { get; private set; }

    /// <summary>Sessions whose realised-purchase truth disagrees with their events, or whose event count does.</summary>
    public long SessionTruthMismatches { get; private set; }

    /// <summary>Events flagged as duplicates, and as late.</summary>
    public long Duplicates { get; private set; }

    /// <summary>Events flagged as late.</summary>
    public long Late { get; private set; }

    /// <summary>Scans every user of a valid spec (throws <see cref="Validation.SpecValidationException"/> otherwise).</summary>
    public static (ClickstreamReportScan Scan, IReadOnlyList<CatalogItem> Items) Run(ClickstreamSpec spec)
    {
        var simulator = ClickstreamGenerator.CreateSimulator(spec);
        long[] created = simulator.Items.Select(i => Time.ToUnixMs(i.CreatedAt)).ToArray();
        int chunks = (spec.Users + UsersPerChunk - 1) / UsersPerChunk;
        var parts = new ClickstreamReportScan[chunks];
        FirstFailure.Unwrap(() => Parallel.For(0, chunks, c =>
        {
            var part = new ClickstreamReportScan(spec, created);
            int first = c * UsersPerChunk + 1, last = Math.Min(spec.Users, first + UsersPerChunk - 1);
            for (int user = first; user <= last; user++) part.Add(simulator.Simulate(user), spec.Personas.Count);
            parts[c] = part;
        }));
        var total = new ClickstreamReportScan(spec, created);
        foreach (var part in parts) total.Add(part);
        return (total, simulator.Items);
    }

    private void Add(UserActivity activity, int personas)
    {
        Counter.Add(activity);
        int slot = activity.Truth.IsBot ? personas : activity.Truth.PersonaIndex;
        long registeredMs = Time.ToUnixMs(activity.User.RegistrationDate);
        long fromMs = Math.Max(_startMs, registeredMs);
        ActiveMs[slot] += _endMs - fromMs;

        var events = activity.Events;
        Events += events.Count;
        int next = 0;
        long previousEnd = long.MinValue;
        var carted = new HashSet<int>();
        foreach (var session in activity.Sessions)
        {
            Sessions++;
            if (session.StartMs <= previousEnd) OverlappingSessions++;
            previousEnd = session.EndMs;
            if (!activity.Truth.IsBot) SessionsByWeekdayHour[Time.WeekdayOf(session.StartMs), Time.HourOf(session.StartMs)]++;
            carted.Clear();
            int count = 0;
            bool purchased = false;
            for (; next < events.Count && events[next].SessionId == session.SessionId; next++, count++)
            {
                var e = events[next];
                EventsByType[slot][(int)e.Type]++;
                if (e.Defect.HasFlag(EventDefect.Duplicate)) Duplicates++;
                if (e.Defect.HasFlag(EventDefect.Late)) Late++;
                if (e.TimestampMs < fromMs || e.TimestampMs >= _endMs) OutsideUserTime++;
                if (e.TimestampMs < _itemCreatedMs[e.ItemId - 1]) BeforeItemCreation++;
                if (count > 0)
                {
                    long gap = e.TimestampMs - events[next - 1].TimestampMs;
                    if (gap < 0 || (gap == 0 && !e.Defect.HasFlag(EventDefect.Duplicate))) OutOfOrder++;
                    if (gap > _idleMs) IdleGaps++;
                }
                if (e.Type == ClickEventType.AddToCart) carted.Add(e.ItemId);
                if (e.Type == ClickEventType.Purchase)
                {
                    Purchases++;
                    purchased = true;
                    if (!carted.Contains(e.ItemId)) PurchasesWithoutCart++;
                }
            }
            if (purchased != session.RealisedPurchase || count != session.EventCount) SessionTruthMismatches++;
        }
        // Events left over belong to no session of the truth.
        SessionTruthMismatches += events.Count - next;
    }

    private void Add(ClickstreamReportScan other)
    {
        Counter.Add(other.Counter);
        for (int d = 0; d < 7; d++)
            for (int h = 0; h < 24; h++) SessionsByWeekdayHour[d, h] += other.SessionsByWeekdayHour[d, h];
        for (int p = 0; p < EventsByType.Length; p++)
        {
            ActiveMs[p] += other.ActiveMs[p];
            for (int t = 0; t < EventTypes; t++) EventsByType[p][t] += other.EventsByType[p][t];
        }
        Events += other.Events;
        Sessions += other.Sessions;
        OutOfOrder += other.OutOfOrder;
        OutsideUserTime += other.OutsideUserTime;
        BeforeItemCreation += other.BeforeItemCreation;
        IdleGaps += other.IdleGaps;
        PurchasesWithoutCart += other.PurchasesWithoutCart;
        Purchases += other.Purchases;
        OverlappingSessions += other.OverlappingSessions;
        SessionTruthMismatches += other.SessionTruthMismatches;
        Duplicates += other.Duplicates;
        Late += other.Late;
    }
}
