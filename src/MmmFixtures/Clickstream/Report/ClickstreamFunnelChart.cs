using System.Collections.Generic;
using System.Linq;
using MmmFixtures.Reporting;

namespace MmmFixtures.Clickstream.Report;

/// <summary>The funnel per persona: the share of sessions that reach the cart and the purchase, bots as their own group.</summary>
internal static class ClickstreamFunnelChart
{
    public const string Key = "clickstream-funnel";

    /// <summary>The personas' funnels (then the bots', when the spec has bots), as percentages of their sessions.</summary>
    public static XyChart Build(ClickstreamSpec spec, ClickstreamAggregates aggregates)
    {
        var funnels = Groups(spec, aggregates);
        return CategoryBars.Chart(Key, "Funnel per persona",
            "Every session starts with a view (100%); bars show the share of each persona's sessions with an add_to_cart and with a purchase"
            + (spec.Defects.BotUserShare > 0 ? "; bots, a defect, are a group of their own whatever persona they drew." : "."),
            "Persona", funnels.Select(f => f.Persona).ToArray(), "Share of sessions (%)", new (string, IReadOnlyList<double>)[]
            {
                ("Sessions with add_to_cart", funnels.Select(f => Percent(f.SessionsWithCart, f.Sessions)).ToArray()),
                ("Sessions with a purchase", funnels.Select(f => Percent(f.SessionsWithPurchase, f.Sessions)).ToArray()),
            });
    }

    /// <summary>The personas' funnels in spec order, then the bots' when the spec has bots.</summary>
    public static IReadOnlyList<PersonaFunnel> Groups(ClickstreamSpec spec, ClickstreamAggregates aggregates) =>
        spec.Defects.BotUserShare > 0 ? aggregates.FunnelByPersona.Append(aggregates.Bots).ToArray() : aggregates.FunnelByPersona;

    /// <summary>100 · part / whole, or 0 without a whole.</summary>
    public static double Percent(double part, double whole) => whole == 0 ? 0 : 100 * part / whole;
}
