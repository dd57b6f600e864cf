namespace MmmFixtures.Mmm;

/// <summary>The KPI without media, controls and events: a level, a trend and an annual seasonality.</summary>
public sealed record BaselineSpec
{
    /// <summary>The national base level per period (KPI units), &gt; 0.</summary>
    public double BaseSales { get; init; } = 10_000;

    /// <summary>Linear trend: relative change of the base per period.</summary>
    public double SalesTrend { get; init; }

    /// <summary>Number of Fourier pairs K of the seasonality, in [0, 10].</summary>
    public int SeasonalityOrder { get; init; } = 2;

    /// <summary>The seasonality's largest relative swing, max |Σ| over the year, in [0, 1).</summary>
    public double SeasonalAmplitude { get; init; } = 0.2;
}
