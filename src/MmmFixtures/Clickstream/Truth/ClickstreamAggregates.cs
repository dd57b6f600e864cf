using System.Collections.Generic;
using System.Linq;
using MmmFixtures.Clickstream.Generation;

namespace MmmFixtures.Clickstream;

/// <summary>One persona's funnel, counted from the rows.</summary>
/// <param name="Persona">The persona.</param>
/// <param name="Users">Users with this persona.</param>
/// <param name="Sessions">Their sessions.</param>
/// <param name="SessionsWithCart">Sessions with at least one add_to_cart.</param>
/// <param name="SessionsWithPurchase">Sessions with a purchase.</param>
/// <param name="Events">Their events.</param>
public sealed record PersonaFunnel(string Persona, int Users, int Sessions, int SessionsWithCart, int SessionsWithPurchase, int Events)
{
    /// <summary>Sessions with a purchase / sessions (0 without sessions).</summary>
    public double SessionPurchaseRate => Sessions == 0 ? 0 : (double)SessionsWithPurchase / Sessions;
}

/// <summary>Aggregates computed from the generated rows (never re-drawn).</summary>
public sealed class ClickstreamAggregates
{
    private ClickstreamAggregates(IReadOnlyDictionary<ClickEventType, int> mix, IReadOnlyList<PersonaFunnel> funnels,
        IReadOnlyList<(int Sessions, int Purchases)> byHour, IReadOnlyList<(int Sessions, int Purchases)> byWeekday)
    {
        EventMix = mix;
        FunnelByPersona = funnels;
        SessionsByHour = byHour;
        SessionsByWeekday = byWeekday;
    }

    /// <summary>Event count per type.</summary>
    public IReadOnlyDictionary<ClickEventType, int> EventMix { get; }

    /// <summary>The funnel of each persona, in spec order.</summary>
    public IReadOnlyList<PersonaFunnel> FunnelByPersona { get; }

    /// <summary>Sessions and sessions with a purchase by UTC start hour 0..23.</summary>
    public IReadOnlyList<(int Sessions, int Purchases)> SessionsByHour { get; }

    /// <summary>Sessions and sessions with a purchase by start weekday, Monday = 0 .. Sunday = 6.</summary>
    public IReadOnlyList<(int Sessions, int Purchases)> SessionsByWeekday { get; }

    // One pass over the users: counts per persona, per event type, per start hour and weekday.
    internal static ClickstreamAggregates From(ClickstreamDataset data)
    {
        var counts = new int[System.Enum.GetValues(typeof(ClickEventType)).Length];
        int personas = data.Spec.Personas.Count;
        int[] users = new int[personas], sessions = new int[personas], carts = new int[personas], purchases = new int[personas], events = new int[personas];
        var byHour = new (int, int)[24];
        var byWeekday = new (int, int)[7];
        foreach (var activity in data.Activity)
        {
            int p = activity.Truth.PersonaIndex;
            users[p]++;
            sessions[p] += activity.Sessions.Count;
            events[p] += activity.Events.Count;
            long lastCartSession = -1;
            foreach (var e in activity.Events)
            {
                counts[(int)e.Type]++;
                if (e.Type == ClickEventType.AddToCart && e.SessionId != lastCartSession)
                {
                    carts[p]++; // events are grouped by session, so one count per session with a cart
                    lastCartSession = e.SessionId;
                }
            }
            foreach (var s in activity.Sessions)
            {
                int purchase = s.RealisedPurchase ? 1 : 0;
                purchases[p] += purchase;
                int h = Time.HourOf(s.StartMs), d = Time.WeekdayOf(s.StartMs);
                byHour[h] = (byHour[h].Item1 + 1, byHour[h].Item2 + purchase);
                byWeekday[d] = (byWeekday[d].Item1 + 1, byWeekday[d].Item2 + purchase);
            }
        }
        var mix = System.Enum.GetValues(typeof(ClickEventType)).Cast<ClickEventType>().ToDictionary(t => t, t => counts[(int)t]);
        var funnels = data.Spec.Personas.Select((persona, p) =>
            new PersonaFunnel(persona.Name, users[p], sessions[p], carts[p], purchases[p], events[p])).ToArray();
        return new ClickstreamAggregates(mix, funnels, byHour, byWeekday);
    }
}
