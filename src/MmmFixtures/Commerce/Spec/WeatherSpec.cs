using System;
using System.Collections.Generic;

namespace MmmFixtures.Commerce;

/// <summary>
/// Daily weather at a tenant's location. Temperature: climatological normal
/// <c>T̄(τ) = MeanTemperature + TemperatureAmplitude·cos(2π(τ − WarmestDay)/365.25)</c> plus AR(1) anomalies with
/// persistence φ and stationary sd σ_T; daily max/min = mean ± half a drawn diurnal range. Precipitation: a wet/dry
/// Markov chain with gamma amounts on wet days. Anomalies are added on their dates.
/// </summary>
public sealed record WeatherSpec
{
    /// <summary>Annual mean of the daily mean temperature, °C.</summary>
    public double MeanTemperature { get; init; } = 12;

    /// <summary>Half the difference between the warmest and coldest normal day, °C.</summary>
    public double TemperatureAmplitude { get; init; } = 10;

    /// <summary>Day of the year (1–366) of the warmest normal day.</summary>
    public int WarmestDay { get; init; } = 200;

    /// <summary>σ_T: stationary standard deviation of the temperature anomaly, °C; zT divides by it.</summary>
    public double TemperatureAnomalySd { get; init; } = 3;

    /// <summary>φ: lag-1 autocorrelation of the temperature anomaly.</summary>
    public double TemperaturePersistence { get; init; } = 0.6;

    /// <summary>Mean difference between the day's maximum and minimum, °C.</summary>
    public double DiurnalRange { get; init; } = 9;

    /// <summary>P(wet | previous day dry).</summary>
    public double WetAfterDry { get; init; } = 0.25;

    /// <summary>P(wet | previous day wet).</summary>
    public double WetAfterWet { get; init; } = 0.6;

    /// <summary>Relative seasonal swing of both wet probabilities (0 = not seasonal), peaking on <see cref="WettestDay"/>.</summary>
    public double RainSeasonality { get; init; }

    /// <summary>Day of the year (1–366) when wet days are likeliest (with <see cref="RainSeasonality"/> &gt; 0).</summary>
    public int WettestDay { get; init; } = 330;

    /// <summary>Shape of the gamma law of a wet day's amount.</summary>
    public double RainShape { get; init; } = 0.75;

    /// <summary>Mean amount of a wet day, mm.</summary>
    public double RainMeanMm { get; init; } = 6;

    /// <summary>Heatwaves, cold snaps and storms injected on their dates (in the truth).</summary>
    public IReadOnlyList<WeatherAnomalySpec> Anomalies { get; init; } = Array.Empty<WeatherAnomalySpec>();
}
