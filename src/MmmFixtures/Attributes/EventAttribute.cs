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
    /// <summary>δ: KPI change while the event is on.</summary>
    public double Effect { get; set; }
    /// <summary>Recurring events: probability that an idle period starts the event.</summary>
    public double ActivationProbability { get; set; }
    /// <summary>Recurring events: shortest run.</summary>
    public int MinActivePeriods { get; set; }
    /// <summary>Recurring events: longest run.</summary>
    public int MaxActivePeriods { get; set; }
}
