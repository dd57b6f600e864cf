using System;

namespace MmmFixtures;

/// <summary>A persona of a <see cref="ClickstreamDatasetAttribute"/> fixture; its name becomes a member of the generated <c>Persona</c> enum. Shares must sum to 1.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class PersonaAttribute : Attribute
{
    /// <summary>Declares the persona <paramref name="name"/> (a C# identifier).</summary>
    public PersonaAttribute(string name) => Name = name;

    /// <summary>The persona's name.</summary>
    public string Name { get; }
    /// <summary>Share of users, in [0, 1].</summary>
    public double Share { get; set; }
    /// <summary>Mean sessions per week.</summary>
    public double SessionsPerWeek { get; set; }
    /// <summary>Probability that a session intends to purchase.</summary>
    public double PurchaseRate { get; set; }
    /// <summary>Mean views per session (≥ 1).</summary>
    public double ViewsPerSession { get; set; }
    /// <summary>Probability of a scroll after a view.</summary>
    public double ScrollRate { get; set; }
    /// <summary>Probability that a view goes to the cart without a purchase intent.</summary>
    public double CartRate { get; set; }
    /// <summary>Probability that such a cart addition is removed.</summary>
    public double RemoveRate { get; set; }
    /// <summary>Dirichlet concentration of category affinities.</summary>
    public double AffinityConcentration { get; set; }
}
