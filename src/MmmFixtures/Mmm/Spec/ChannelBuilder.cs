using MmmFixtures.Media;
using MmmFixtures.Series;

namespace MmmFixtures.Mmm;

/// <summary>Fluent configuration of one <see cref="ChannelSpec"/>; see <see cref="MmmSpecBuilder.Channel(string, System.Func{ChannelBuilder, ChannelBuilder}?)"/>.</summary>
public sealed class ChannelBuilder
{
    private ChannelSpec _channel;

    internal ChannelBuilder(string name) => _channel = new ChannelSpec { Name = name };

    /// <summary>The base spend (mean level while active).</summary>
    public ChannelBuilder BaseSpend(double level) => Spend(_channel.Spend with { Level = level });

    /// <summary>Always on.</summary>
    public ChannelBuilder Constant() => Spend(_channel.Spend with { Kind = SpendPattern.Constant });

    /// <summary>A linear trend of <paramref name="trendPerPeriod"/> relative change per period.</summary>
    public ChannelBuilder LinearTrend(double trendPerPeriod) => Spend(_channel.Spend with { Kind = SpendPattern.LinearTrend, Trend = trendPerPeriod });

    /// <summary>An annual cycle with the given amplitude, peaking on a day of the year.</summary>
    public ChannelBuilder Seasonal(double amplitude, double peakDayOfYear) =>
        Spend(_channel.Spend with { Kind = SpendPattern.Seasonal, SeasonalAmplitude = amplitude, PeakDayOfYear = peakDayOfYear });

    /// <summary>Zero before <paramref name="startPeriod"/>, a linear ramp, zero again from <paramref name="endPeriod"/>.</summary>
    public ChannelBuilder DelayedStart(int startPeriod, int rampUpPeriods = 1, int? endPeriod = null) =>
        Spend(_channel.Spend with { Kind = SpendPattern.DelayedStart, StartPeriod = startPeriod, RampUpPeriods = rampUpPeriods, EndPeriod = endPeriod });

    /// <summary>Flighting bursts.</summary>
    public ChannelBuilder OnOff(double activationProbability, int minActivePeriods, int maxActivePeriods) =>
        Spend(_channel.Spend with { Kind = SpendPattern.OnOff, ActivationProbability = activationProbability, MinActivePeriods = minActivePeriods, MaxActivePeriods = maxActivePeriods });

    /// <summary>Spend from a delegate (no noise is added to it).</summary>
    public ChannelBuilder Custom(CustomPattern pattern) => Spend(_channel.Spend with { Kind = SpendPattern.Custom, Custom = pattern });

    /// <summary>The AR(1) multiplicative spend noise.</summary>
    public ChannelBuilder SpendNoise(double autocorrelation, double volatility) =>
        Spend(_channel.Spend with { Autocorrelation = autocorrelation, Volatility = volatility });

    /// <summary>Reports impressions bought at <paramref name="cpm"/>; <paramref name="transformOnImpressions"/> feeds them to the transform.</summary>
    public ChannelBuilder Impressions(double cpm, double costNoise = 0.05, bool transformOnImpressions = false) =>
        Set(_channel with { Unit = MediaUnit.Cpm, UnitCost = cpm, CostNoise = costNoise, TransformOn = transformOnImpressions ? TransformInput.Exposure : TransformInput.Spend });

    /// <summary>Reports clicks bought at <paramref name="cpc"/>; <paramref name="transformOnClicks"/> feeds them to the transform.</summary>
    public ChannelBuilder Clicks(double cpc, double costNoise = 0.05, bool transformOnClicks = false) =>
        Set(_channel with { Unit = MediaUnit.Cpc, UnitCost = cpc, CostNoise = costNoise, TransformOn = transformOnClicks ? TransformInput.Exposure : TransformInput.Spend });

    /// <summary>Geometric carry-over.</summary>
    public ChannelBuilder Geometric(double alpha, int maxLag = 8, bool normalize = true) =>
        Adstock(new AdstockSpec { Kind = AdstockKind.Geometric, Alpha = alpha, MaxLag = maxLag, Normalize = normalize });

    /// <summary>Delayed carry-over peaking θ periods after spend.</summary>
    public ChannelBuilder Delayed(double alpha, double theta, int maxLag = 8, bool normalize = true) =>
        Adstock(new AdstockSpec { Kind = AdstockKind.Delayed, Alpha = alpha, Theta = theta, MaxLag = maxLag, Normalize = normalize });

    /// <summary>Weibull-CDF (survival) carry-over.</summary>
    public ChannelBuilder WeibullCdf(double shape, double scale, int maxLag = 8, bool normalize = true) =>
        Adstock(new AdstockSpec { Kind = AdstockKind.WeibullCdf, Shape = shape, Scale = scale, MaxLag = maxLag, Normalize = normalize });

    /// <summary>Weibull-PDF carry-over.</summary>
    public ChannelBuilder WeibullPdf(double shape, double scale, int maxLag = 8, bool normalize = true) =>
        Adstock(new AdstockSpec { Kind = AdstockKind.WeibullPdf, Shape = shape, Scale = scale, MaxLag = maxLag, Normalize = normalize });

    /// <summary>No carry-over.</summary>
    public ChannelBuilder NoAdstock() => Adstock(new AdstockSpec { Kind = AdstockKind.None, MaxLag = 1 });

    /// <summary>Hill saturation.</summary>
    public ChannelBuilder Hill(double halfSaturation, double slope) =>
        Saturation(new SaturationSpec { Kind = SaturationKind.Hill, HalfSaturation = halfSaturation, Slope = slope });

    /// <summary>Logistic saturation.</summary>
    public ChannelBuilder Logistic(double lambda) => Saturation(new SaturationSpec { Kind = SaturationKind.Logistic, Lambda = lambda });

    /// <summary>Michaelis–Menten saturation.</summary>
    public ChannelBuilder MichaelisMenten(double halfSaturation) =>
        Saturation(new SaturationSpec { Kind = SaturationKind.MichaelisMenten, HalfSaturation = halfSaturation });

    /// <summary>tanh saturation.</summary>
    public ChannelBuilder Tanh(double scale) => Saturation(new SaturationSpec { Kind = SaturationKind.Tanh, TanhScale = scale });

    /// <summary>No saturation.</summary>
    public ChannelBuilder NoSaturation() => Saturation(new SaturationSpec { Kind = SaturationKind.None });

    /// <summary>Saturate first, then carry over.</summary>
    public ChannelBuilder SaturationFirst() => Set(_channel with { Order = TransformOrder.SaturationThenAdstock });

    /// <summary>β, the contribution per period at full saturation.</summary>
    public ChannelBuilder Beta(double beta) => Set(_channel with { Beta = beta, TargetRoas = null });

    /// <summary>Declares the channel by its national ROAS: β is solved so that the panel's ROAS equals <paramref name="roas"/> (see <see cref="ChannelSpec.TargetRoas"/>).</summary>
    public ChannelBuilder TargetRoas(double roas) => Set(_channel with { TargetRoas = roas });

    /// <summary>The configured channel.</summary>
    public ChannelSpec Build() => _channel;

    private ChannelBuilder Spend(PatternSpec spend) => Set(_channel with { Spend = spend });
    private ChannelBuilder Adstock(AdstockSpec adstock) => Set(_channel with { Adstock = adstock });
    private ChannelBuilder Saturation(SaturationSpec saturation) => Set(_channel with { Saturation = saturation });

    private ChannelBuilder Set(ChannelSpec channel)
    {
        _channel = channel;
        return this;
    }
}
