using System;
using MmmFixtures.Mmm;

namespace MmmFixtures;

/// <summary>
/// A media channel of an <see cref="MmmDatasetAttribute"/> fixture; its name becomes a member of the typed
/// row (spend) and of the typed truth. Unset properties take the defaults of <see cref="ChannelSpec"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class ChannelAttribute : Attribute
{
    /// <summary>Declares the channel <paramref name="name"/> (a C# identifier).</summary>
    public ChannelAttribute(string name) => Name = name;

    /// <summary>The channel's name.</summary>
    public string Name { get; }
    /// <summary>The spend pattern (Custom is runtime-only).</summary>
    public SpendPattern Pattern { get; set; }
    /// <summary>Mean spend while active. Default: 1000. Allowed: [0, 1000000000000].</summary>
    public double BaseSpend { get; set; }
    /// <summary>LinearTrend: relative change per period. Default: 0. Allowed: [-1, 1].</summary>
    public double SpendTrend { get; set; }
    /// <summary>Seasonal: amplitude. Default: 0.5. Allowed: [0, 1].</summary>
    public double SeasonalAmplitude { get; set; }
    /// <summary>Seasonal: day of the year of the peak. Default: 1. Allowed: [1, 366].</summary>
    public double PeakDayOfYear { get; set; }
    /// <summary>DelayedStart: first period with spend. Default: 0. Allowed: [0, 99999].</summary>
    public int StartPeriod { get; set; }
    /// <summary>DelayedStart: ramp length. Default: 1. Allowed: [1, 100000].</summary>
    public int RampUpPeriods { get; set; }
    /// <summary>DelayedStart: first period without spend again. Default: none. Allowed: [1, 100000].</summary>
    public int EndPeriod { get; set; }
    /// <summary>OnOff: probability that an idle period starts a burst. Default: 0.3. Allowed: (0, 1].</summary>
    public double ActivationProbability { get; set; }
    /// <summary>OnOff: shortest burst. Default: 2. Allowed: [1, 100000].</summary>
    public int MinActivePeriods { get; set; }
    /// <summary>OnOff: longest burst. Default: 6. Allowed: [1, 100000].</summary>
    public int MaxActivePeriods { get; set; }
    /// <summary>AR(1) coefficient of the spend noise. Default: 0.5. Allowed: (-1, 1).</summary>
    public double SpendAutocorrelation { get; set; }
    /// <summary>Standard deviation of the spend noise. Default: 0.1. Allowed: [0, 1].</summary>
    public double SpendVolatility { get; set; }
    /// <summary>Impressions (Cpm) or clicks (Cpc) next to spend.</summary>
    public MediaUnit MediaUnit { get; set; }
    /// <summary>Cost per mille or per click. Default: 10. Allowed: (0, 1000000000].</summary>
    public double UnitCost { get; set; }
    /// <summary>Exposure noise standard deviation. Default: 0.05. Allowed: [0, 1].</summary>
    public double CostNoise { get; set; }
    /// <summary>Transform spend or exposure.</summary>
    public TransformInput TransformOn { get; set; }
    /// <summary>The adstock kind.</summary>
    public AdstockKind Adstock { get; set; }
    /// <summary>Adstock decay α. Default: 0.5. Allowed: [0, 1).</summary>
    public double AdstockAlpha { get; set; }
    /// <summary>Delayed adstock: lag of the peak θ. Default: 1. Allowed: [0, 519].</summary>
    public double AdstockTheta { get; set; }
    /// <summary>Weibull adstock shape k. Default: 2. Allowed: (0, 20].</summary>
    public double WeibullShape { get; set; }
    /// <summary>Weibull adstock scale λ. Default: 3. Allowed: (0, 1000].</summary>
    public double WeibullScale { get; set; }
    /// <summary>Adstock kernel length L. Default: 8. Allowed: [1, 520].</summary>
    public int MaxLag { get; set; }
    /// <summary>Normalize the adstock kernel.</summary>
    public bool Normalize { get; set; }
    /// <summary>The saturation kind.</summary>
    public SaturationKind Saturation { get; set; }
    /// <summary>Hill / Michaelis–Menten half-saturation κ. Default: 0.5. Allowed: (0, 1000000].</summary>
    public double HalfSaturation { get; set; }
    /// <summary>Hill slope s. Default: 1.5. Allowed: (0, 20].</summary>
    public double Slope { get; set; }
    /// <summary>Logistic steepness λ. Default: 2. Allowed: (0, 1000000].</summary>
    public double Lambda { get; set; }
    /// <summary>Tanh scale c. Default: 0.5. Allowed: (0, 1000000].</summary>
    public double TanhScale { get; set; }
    /// <summary>Order of the transforms.</summary>
    public TransformOrder Order { get; set; }
    /// <summary>β: contribution per period at full saturation. Default: 1000. Allowed: [0, 1000000000000].</summary>
    public double Beta { get; set; }
    /// <summary>The channel's national ROAS; when set, β is solved so the panel's ROAS equals it and <see cref="Beta"/> is ignored. Default: none. Allowed: (0, 1000000].</summary>
    public double TargetRoas { get; set; }
}
