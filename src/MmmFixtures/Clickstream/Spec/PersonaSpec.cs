using System.Collections.Generic;

namespace MmmFixtures.Clickstream;

/// <summary>
/// A latent behaviour type: its share of users and how its sessions unfold. Every user draws one persona;
/// the persona and the rates are truth, never in the observable tables.
/// </summary>
/// <param name="Name">The persona's name, a C# identifier (it becomes an enum member in generated fixtures).</param>
public sealed record PersonaSpec(string Name)
{
    /// <summary>Share of users, in [0, 1]; the shares of all personas sum to 1.</summary>
    public double Share { get; init; }

    /// <summary>Mean sessions per week.</summary>
    public double SessionsPerWeek { get; init; } = 2;

    /// <summary>Probability that a session intends to purchase (the true per-session purchase probability).</summary>
    public double PurchaseRate { get; init; } = 0.01;

    /// <summary>Mean item views per session (≥ 1).</summary>
    public double ViewsPerSession { get; init; } = 2.5;

    /// <summary>Probability that a view is followed by a scroll of the same item.</summary>
    public double ScrollRate { get; init; } = 0.3;

    /// <summary>Probability that a view the user does not mean to buy still goes to the cart.</summary>
    public double CartRate { get; init; } = 0.06;

    /// <summary>Probability that such a cart addition is removed again.</summary>
    public double RemoveRate { get; init; } = 0.3;

    /// <summary>Dirichlet concentration of the user's category affinities (small = focused on few categories).</summary>
    public double AffinityConcentration { get; init; } = 0.5;

    /// <summary>The three default personas (browser 70%, researcher 25%, buyer 5%).</summary>
    public static IReadOnlyList<PersonaSpec> Defaults { get; } = new[]
    {
        new PersonaSpec("Browser") { Share = 0.70, SessionsPerWeek = 2.0, PurchaseRate = 0.01, ViewsPerSession = 2.0, ScrollRate = 0.15, CartRate = 0.08 },
        new PersonaSpec("Researcher") { Share = 0.25, SessionsPerWeek = 3.0, PurchaseRate = 0.05, ViewsPerSession = 2.6, ScrollRate = 0.2, CartRate = 0.1, AffinityConcentration = 0.3 },
        new PersonaSpec("Buyer") { Share = 0.05, SessionsPerWeek = 1.5, PurchaseRate = 0.25, ViewsPerSession = 1.6, ScrollRate = 0.1, CartRate = 0.1, RemoveRate = 0.1 },
    };
}
