using System;
using MmmFixtures.Numerics;

namespace MmmFixtures.Commerce.Generation;

/// <summary>
/// The climatology of a <see cref="WeatherSpec"/>: the normal temperature of a day of the year, the (seasonal) wet/dry
/// chain and its stationary law, and the normal and standard deviation of daily precipitation. The standardised
/// anomalies demand responds to divide by these declared quantities, never by sample statistics.
/// </summary>
internal static class WeatherNormals
{
    /// <summary>The length of the mean year the annual cycles use.</summary>
    public const double DaysPerYear = 365.25;

    /// <summary><c>T̄(τ) = MeanTemperature + TemperatureAmplitude · cos(2π(τ − WarmestDay)/365.25)</c>.</summary>
    public static double Temperature(WeatherSpec weather, int dayOfYear) =>
        weather.MeanTemperature + weather.TemperatureAmplitude * AnnualCosine(dayOfYear, weather.WarmestDay);

    /// <summary>
    /// The day's wet probabilities: <c>s(τ) = 1 + RainSeasonality · cos(2π(τ − WettestDay)/365.25)</c> multiplies
    /// P(wet | dry) and P(wet | wet), each clipped to [0, 1].
    /// </summary>
    public static (double WetAfterDry, double WetAfterWet) WetProbabilities(WeatherSpec weather, int dayOfYear)
    {
        double season = 1 + weather.RainSeasonality * AnnualCosine(dayOfYear, weather.WettestDay);
        return (Probability(weather.WetAfterDry * season), Probability(weather.WetAfterWet * season));
    }

    /// <summary>
    /// The stationary P(wet) of a two-state chain, <c>π = p01 / (1 − p11 + p01)</c>; 0 for the chain that never leaves
    /// its first state (p01 = 0, p11 = 1), whose stationary law is not unique.
    /// </summary>
    public static double StationaryWet(double wetAfterDry, double wetAfterWet)
    {
        double denominator = 1 - wetAfterWet + wetAfterDry;
        return denominator > 0 ? wetAfterDry / denominator : 0;
    }

    /// <summary>The normal precipitation of a day: <c>π_d · RainMeanMm</c>, π_d the stationary P(wet) of that day's (seasonal) chain.</summary>
    public static double Precipitation(WeatherSpec weather, int dayOfYear)
    {
        var (p01, p11) = WetProbabilities(weather, dayOfYear);
        return StationaryWet(p01, p11) * weather.RainMeanMm;
    }

    /// <summary>The stationary P(wet) of the annual (non-seasonal) chain.</summary>
    public static double AnnualWetProbability(WeatherSpec weather) => StationaryWet(weather.WetAfterDry, weather.WetAfterWet);

    /// <summary>
    /// sd_P, the standard deviation of one day's precipitation under the annual chain's stationary law with gamma
    /// amounts (shape k, mean m): <c>E[P²] = π m² (1 + 1/k)</c>, so <c>sd_P = √(π m² (1 + 1/k) − π² m²)</c>.
    /// </summary>
    public static double PrecipitationSd(WeatherSpec weather)
    {
        double pi = AnnualWetProbability(weather), m = weather.RainMeanMm, k = weather.RainShape;
        double variance = pi * m * m * (1 + 1 / k) - pi * pi * m * m;
        return variance > 0 ? Math.Sqrt(variance) : 0;
    }

    // cos(2π(τ − peak)/365.25)
    private static double AnnualCosine(int dayOfYear, int peakDay) =>
        DeterministicMath.Cos(2 * DeterministicMath.Pi * (dayOfYear - peakDay) / DaysPerYear);

    private static double Probability(double p) => p < 0 ? 0 : p > 1 ? 1 : p;
}
