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
    /// <summary>The base value (may be negative). Default: 1. Allowed: [-1000000000000, 1000000000000].</summary>
    public double BaseValue { get; set; }
    /// <summary>LinearTrend: relative change per period. Default: 0. Allowed: [-1, 1].</summary>
    public double Trend { get; set; }
    /// <summary>Seasonal: amplitude. Default: 0.5. Allowed: [0, 1].</summary>
    public double SeasonalAmplitude { get; set; }
    /// <summary>Seasonal: day of the year of the peak. Default: 1. Allowed: [1, 366].</summary>
    public double PeakDayOfYear { get; set; }
    /// <summary>OnOff: probability that an idle period starts a burst. Default: 0.3. Allowed: (0, 1].</summary>
    public double ActivationProbability { get; set; }
    /// <summary>OnOff: shortest burst. Default: 2. Allowed: [1, 100000].</summary>
    public int MinActivePeriods { get; set; }
    /// <summary>OnOff: longest burst. Default: 6. Allowed: [1, 100000].</summary>
    public int MaxActivePeriods { get; set; }
    /// <summary>AR(1) coefficient of the value noise. Default: 0.5. Allowed: (-1, 1).</summary>
    public double Autocorrelation { get; set; }
    /// <summary>Standard deviation of the value noise. Default: 0.05. Allowed: [0, 1].</summary>
    public double Volatility { get; set; }
    /// <summary>γ: KPI change per unit of value. Default: 0. Allowed: [-1000000000000, 1000000000000].</summary>
    public double Effect { get; set; }
}
