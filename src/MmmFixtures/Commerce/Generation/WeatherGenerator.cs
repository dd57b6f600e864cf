using System;
using System.Collections.Generic;
using MmmFixtures.Numerics;
using MmmFixtures.Randomness;
using MmmFixtures.Randomness.Distributions;
using MmmFixtures.Series;

namespace MmmFixtures.Commerce.Generation;

/// <summary>
/// Daily weather at a tenant's location, from the streams below <c>tenant/&lt;name&gt;/weather</c> only (so the weather
/// never depends on the tenant's category or on any other tenant):
/// <list type="bullet">
/// <item>temperature: <c>temp_d = T̄(τ_d) + a_d + Σ anomaly magnitudes of day d</c>, with a the stationary AR(1) process
/// <c>a_d = φ a_{d−1} + σ_T √(1 − φ²) ξ_d</c>, <c>a_0 = σ_T ξ_0</c> (stream <c>temperature</c>, one normal a day);</item>
/// <item>diurnal range: <c>R_d = DiurnalRange · exp(0.25 ζ_d − 0.25²/2)</c>, a log-normal with mean DiurnalRange and a
/// coefficient of variation of about 25% (stream <c>diurnal</c>, one normal a day); max/min = temp ± R_d/2;</item>
/// <item>precipitation: the two-state chain of <see cref="WeatherNormals.WetProbabilities"/>, the first day wet with the
/// stationary probability of its own chain (stream <c>wetness</c>, one uniform a day); a wet day's amount is
/// Gamma(RainShape, RainMeanMm / RainShape) (stream <c>amount</c>, drawn on wet days only); a storm makes its days wet
/// with exactly its magnitude (no amount drawn) and the chain continues from wet.</item>
/// </list>
/// The standardised anomalies are <c>zT = (temp − T̄)/σ_T</c> and <c>zP = (precip − normal_d)/sd_P</c> (0 when the divisor
/// is 0); roll7 is the trailing mean of temperature and the trailing sum of precipitation over this day and the 6 before
/// (fewer at the start).
/// </summary>
internal static class WeatherGenerator
{
    private const double DiurnalSigma = 0.25;

    /// <summary>One row per date.</summary>
    /// <param name="weather">The location's weather.</param>
    /// <param name="dates">The local dates, consecutive.</param>
    /// <param name="key">The tenant's weather address, <c>tenant/&lt;name&gt;/weather</c>.</param>
    public static WeatherDay[] Generate(WeatherSpec weather, IReadOnlyList<DateTime> dates, StreamKey key)
    {
        int n = dates.Count;
        var (shift, storm) = Anomalies(weather, dates);
        var anomaly = new Ar1Noise(key.Open("temperature"), weather.TemperaturePersistence, weather.TemperatureAnomalySd);
        var diurnal = key.Open("diurnal");
        var wetness = key.Open("wetness");
        var amounts = key.Open("amount");
        double sdT = weather.TemperatureAnomalySd, sdP = WeatherNormals.PrecipitationSd(weather);
        double shape = weather.RainShape, mean = weather.RainMeanMm;
        var days = new WeatherDay[n];
        var temps = new double[n];
        var precips = new double[n];
        bool wet = false;
        for (int d = 0; d < n; d++)
        {
            int tau = dates[d].DayOfYear;
            double normalT = WeatherNormals.Temperature(weather, tau);
            double temp = normalT + anomaly.Next() + shift[d];
            double range = weather.DiurnalRange * DeterministicMath.Exp(DiurnalSigma * diurnal.StandardNormal() - 0.5 * DiurnalSigma * DiurnalSigma);

            var (p01, p11) = WeatherNormals.WetProbabilities(weather, tau);
            double u = wetness.NextDouble();
            wet = u < (d == 0 ? WeatherNormals.StationaryWet(p01, p11) : wet ? p11 : p01);
            double precip;
            if (storm[d] is double stormMm)
            {
                wet = true;
                precip = stormMm;
            }
            else
            {
                precip = wet && mean > 0 ? amounts.Gamma(shape, mean / shape) : 0;
            }

            temps[d] = temp;
            precips[d] = precip;
            double normalP = WeatherNormals.StationaryWet(p01, p11) * mean;
            double tempAnomaly = temp - normalT, precipAnomaly = precip - normalP;
            days[d] = new WeatherDay(dates[d], temp, temp + 0.5 * range, temp - 0.5 * range, precip,
                TrailingMean(temps, d), TrailingSum(precips, d), normalT, normalP, tempAnomaly, precipAnomaly,
                sdT > 0 ? tempAnomaly / sdT : 0, sdP > 0 ? precipAnomaly / sdP : 0);
        }
        return days;
    }

    // Per day: the °C added by heatwaves and cold snaps (summed where they overlap) and a storm's mm (the last declared wins).
    private static (double[] Shift, double?[] Storm) Anomalies(WeatherSpec weather, IReadOnlyList<DateTime> dates)
    {
        int n = dates.Count;
        var shift = new double[n];
        var storm = new double?[n];
        if (n == 0) return (shift, storm);
        DateTime start = dates[0];
        foreach (var a in weather.Anomalies)
        {
            int first = (int)(a.Start.Date - start).TotalDays;
            for (int d = Math.Max(0, first); d < Math.Min(n, first + Math.Max(1, a.Days)); d++)
            {
                if (a.Kind == WeatherAnomalyKind.Storm) storm[d] = a.Magnitude;
                else shift[d] += a.Magnitude;
            }
        }
        return (shift, storm);
    }

    private static double TrailingMean(double[] values, int d)
    {
        int first = Math.Max(0, d - 6);
        return TrailingSum(values, d) / (d - first + 1);
    }

    private static double TrailingSum(double[] values, int d)
    {
        double sum = 0;
        for (int i = Math.Max(0, d - 6); i <= d; i++) sum += values[i];
        return sum;
    }
}
