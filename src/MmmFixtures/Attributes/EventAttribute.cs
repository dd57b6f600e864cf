using System;

namespace MmmFixtures;

/// <summary>
/// An event of an <see cref="MmmDatasetAttribute"/> fixture: on fixed <see cref="Dates"/> (<c>yyyy-MM-dd</c>),
/// or recurring as random bursts when <see cref="ActivationProbability"/> is set.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class EventAttribute : Attribute
{
    /// <summary>Declares the event <paramref name="name"/> (a C# identifier).</summary>
    public EventAttribute(string name) => Name = name;

    /// <summary>The event's name.</summary>
    public string Name { get; }
    /// <summary>The dates on which the event happens, <c>yyyy-MM-dd</c>.</summary>
    public string[]? Dates { get; set; }
    /// <summary>δ: KPI change while the event is on. Default: 0. Allowed: [-1000000000000, 1000000000000].</summary>
    public double Effect { get; set; }
    /// <summary>Recurring events: probability that an idle period starts the event. Default: 0.3. Allowed: (0, 1].</summary>
    public double ActivationProbability { get; set; }
    /// <summary>Recurring events: shortest run. Default: 1. Allowed: [1, 100000].</summary>
    public int MinActivePeriods { get; set; }
    /// <summary>Recurring events: longest run. Default: 1. Allowed: [1, 100000].</summary>
    public int MaxActivePeriods { get; set; }
}
