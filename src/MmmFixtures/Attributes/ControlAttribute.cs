using System;
using MmmFixtures.Mmm;

namespace MmmFixtures;

/// <summary>A control variable of an <see cref="MmmDatasetAttribute"/> fixture: a value series with a linear effect on the KPI.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class ControlAttribute : Attribute
{
    /// <summary>Declares the control <paramref name="name"/> (a C# identifier).</summary>
    public ControlAttribute(string name) => Name = name;

    /// <summary>The control's name.</summary>
    public string Name { get; }
    /// <summary>The value pattern.</summary>
    public SpendPattern Pattern { get; set; }
    /// <summary>The base value (may be negative).</summary>
    public double BaseValue { get; set; }
    /// <summary>LinearTrend: relative change per period.</summary>
    public double Trend { get; set; }
    /// <summary>Seasonal: amplitude in [0, 1].</summary>
    public double SeasonalAmplitude { get; set; }
    /// <summary>Seasonal: day of the year of the peak.</summary>
    public double PeakDayOfYear { get; set; }
    /// <summary>OnOff: probability that an idle period starts a burst.</summary>
    public double ActivationProbability { get; set; }
    /// <summary>OnOff: shortest burst.</summary>
    public int MinActivePeriods { get; set; }
    /// <summary>OnOff: longest burst.</summary>
    public int MaxActivePeriods { get; set; }
    /// <summary>AR(1) coefficient of the value noise, in (−1, 1).</summary>
    public double Autocorrelation { get; set; }
    /// <summary>Standard deviation of the value noise, in [0, 1].</summary>
    public double Volatility { get; set; }
    /// <summary>γ: KPI change per unit of value.</summary>
    public double Effect { get; set; }
}
