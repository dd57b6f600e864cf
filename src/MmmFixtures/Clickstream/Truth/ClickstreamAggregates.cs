using System.Collections.Generic;

namespace MmmFixtures.Clickstream;

/// <summary>One persona's funnel (or the bots'), counted from the rows.</summary>
/// <param name="Persona">The persona (<c>Bot</c> for the bots).</param>
/// <param name="Users">Users with this persona (bots left out).</param>
/// <param name="Sessions">Their sessions.</param>
/// <param name="SessionsWithCart">Sessions with at least one add_to_cart.</param>
/// <param name="SessionsWithPurchase">Sessions with a purchase.</param>
/// <param name="Events">Their events.</param>
public sealed record PersonaFunnel(string Persona, int Users, int Sessions, int SessionsWithCart, int SessionsWithPurchase, int Events)
{
    /// <summary>Sessions with a purchase / sessions (0 without sessions).</summary>
    public double SessionPurchaseRate => Sessions == 0 ? 0 : (double)SessionsWithPurchase / Sessions;
}

/// <summary>
/// Aggregates computed from the generated rows (never re-drawn). Event mix, funnels and conversion count human users
/// only; bot users (a defect) are counted apart in <see cref="Bots"/> and <see cref="BotEventMix"/>.
/// </summary>
public sealed class ClickstreamAggregates
{
    internal ClickstreamAggregates(IReadOnlyDictionary<ClickEventType, int> mix, IReadOnlyList<PersonaFunnel> funnels,
        IReadOnlyList<(int Sessions, int Purchases)> byHour, IReadOnlyList<(int Sessions, int Purchases)> byWeekday,
        PersonaFunnel bots, IReadOnlyDictionary<ClickEventType, int> botMix)
    {
        Bots = bots;
        BotEventMix = botMix;
        EventMix = mix;
        FunnelByPersona = funnels;
        SessionsByHour = byHour;
        SessionsByWeekday = byWeekday;
    }

    /// <summary>Event count per type, bots left out.</summary>
    public IReadOnlyDictionary<ClickEventType, int> EventMix { get; }

    /// <summary>The funnel of each persona, in spec order, over its human users (bots keep a drawn persona but are left out).</summary>
    public IReadOnlyList<PersonaFunnel> FunnelByPersona { get; }

    /// <summary>The bots' own funnel, whatever persona they drew (all zero without bots).</summary>
    public PersonaFunnel Bots { get; }

    /// <summary>The bots' event count per type.</summary>
    public IReadOnlyDictionary<ClickEventType, int> BotEventMix { get; }

    /// <summary>Sessions and sessions with a purchase by UTC start hour 0..23, bots left out.</summary>
    public IReadOnlyList<(int Sessions, int Purchases)> SessionsByHour { get; }

    /// <summary>Sessions and sessions with a purchase by start weekday, Monday = 0 .. Sunday = 6, bots left out.</summary>
    public IReadOnlyList<(int Sessions, int Purchases)> SessionsByWeekday { get; }

    internal static ClickstreamAggregates From(ClickstreamDataset data)
    {
        var counter = new ClickstreamAggregateCounter(data.Spec.Personas.Count);
        foreach (var activity in data.Activity) counter.Add(activity);
        return counter.ToAggregates(data.Spec);
    }
}
