using System;
using System.Collections.Generic;
using System.Linq;
using MmmFixtures.Clickstream.Generation;

namespace MmmFixtures.Clickstream;

/// <summary>
/// A generated clickstream: the observable tables (items, users, events) and the truth (per user, per
/// session, per item, and aggregates computed from the rows). Events are ordered by user, then time.
/// </summary>
public sealed class ClickstreamDataset
{
    private readonly Lazy<ClickstreamAggregates> _aggregates;

    internal ClickstreamDataset(ClickstreamSpec spec, IReadOnlyList<CatalogItem> items, IReadOnlyList<UserActivity> activity)
    {
        Spec = spec;
        Items = items;
        Activity = activity;
        Users = activity.Select(a => a.User).ToArray();
        UserTruth = activity.Select(a => a.Truth).ToArray();
        Sessions = Concatenate(activity, a => a.Sessions);
        Events = Concatenate(activity, a => a.Events);
        _aggregates = new Lazy<ClickstreamAggregates>(() => ClickstreamAggregates.From(this));
    }

    // One exact-size copy instead of LINQ's growing buffers: a million events are 70 MB.
    private static T[] Concatenate<T>(IReadOnlyList<UserActivity> activity, Func<UserActivity, IReadOnlyList<T>> part)
    {
        int total = 0;
        foreach (var a in activity) total += part(a).Count;
        var all = new T[total];
        int next = 0;
        foreach (var a in activity)
        {
            var rows = part(a);
            for (int i = 0; i < rows.Count; i++) all[next++] = rows[i];
        }
        return all;
    }

    /// <summary>The spec that produced the dataset.</summary>
    public ClickstreamSpec Spec { get; }

    /// <summary>The catalog (with each item's popularity weight, which is truth).</summary>
    public IReadOnlyList<CatalogItem> Items { get; }

    /// <summary>The users as observed.</summary>
    public IReadOnlyList<ClickUser> Users { get; }

    /// <summary>Every event, by user then time.</summary>
    public IReadOnlyList<ClickEvent> Events { get; }

    /// <summary>Per user: persona, latent rates, category affinities.</summary>
    public IReadOnlyList<UserTruth> UserTruth { get; }

    /// <summary>Per session: intended and realised purchase, true purchase probability.</summary>
    public IReadOnlyList<SessionTruth> Sessions { get; }

    /// <summary>Each user's activity, the unit of generation and streaming.</summary>
    public IReadOnlyList<UserActivity> Activity { get; }

    /// <summary>Funnel per persona, event mix, conversion by hour and weekday, computed from the rows.</summary>
    public ClickstreamAggregates Aggregates => _aggregates.Value;

    /// <summary>
    /// Splits by time without leakage: whole sessions that end before <paramref name="cutoff"/> go to training,
    /// whole sessions that start at or after it go to test, and sessions that straddle it go to neither (counted).
    /// </summary>
    public ClickstreamSplit SplitByTime(DateTime cutoff)
    {
        long cut = Time.ToUnixMs(cutoff);
        var trainSessions = new HashSet<long>(Sessions.Where(s => s.EndMs < cut).Select(s => s.SessionId));
        var testSessions = new HashSet<long>(Sessions.Where(s => s.StartMs >= cut).Select(s => s.SessionId));
        return new ClickstreamSplit(cutoff,
            Events.Where(e => trainSessions.Contains(e.SessionId)).ToArray(),
            Events.Where(e => testSessions.Contains(e.SessionId)).ToArray(),
            Sessions.Count - trainSessions.Count - testSessions.Count);
    }
}

/// <summary>The result of <see cref="ClickstreamDataset.SplitByTime"/>.</summary>
/// <param name="Cutoff">The cutoff.</param>
/// <param name="Train">Events of the sessions that ended before the cutoff.</param>
/// <param name="Test">Events of the sessions that started at or after the cutoff.</param>
/// <param name="StraddlingSessions">Sessions running across the cutoff, left out of both sides.</param>
public sealed record ClickstreamSplit(DateTime Cutoff, IReadOnlyList<ClickEvent> Train, IReadOnlyList<ClickEvent> Test, int StraddlingSessions);
