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
    /// <summary>Share of users. Default: 0. Allowed: [0, 1].</summary>
    public double Share { get; set; }
    /// <summary>Mean sessions per week. Default: 2. Allowed: [0, 500].</summary>
    public double SessionsPerWeek { get; set; }
    /// <summary>Probability that a session intends to purchase. Default: 0.01. Allowed: [0, 1].</summary>
    public double PurchaseRate { get; set; }
    /// <summary>Mean views per session. Default: 2.5. Allowed: [1, 1000].</summary>
    public double ViewsPerSession { get; set; }
    /// <summary>Probability of a scroll after a view. Default: 0.3. Allowed: [0, 1].</summary>
    public double ScrollRate { get; set; }
    /// <summary>Probability that a view goes to the cart without a purchase intent. Default: 0.06. Allowed: [0, 1].</summary>
    public double CartRate { get; set; }
    /// <summary>Probability that such a cart addition is removed. Default: 0.3. Allowed: [0, 1].</summary>
    public double RemoveRate { get; set; }
    /// <summary>Dirichlet concentration of category affinities. Default: 0.5. Allowed: (0, 1000].</summary>
    public double AffinityConcentration { get; set; }
}
