using MmmFixtures.Commerce;
using MmmFixtures.Commerce.Generation;
using MmmFixtures.Randomness;

namespace MmmFixtures.Tests.Commerce.Generation;

/// <summary>The climatology formulas against hand-computed values, and the weather table's identities.</summary>
public class WeatherFormulaTests
{
    private static readonly WeatherSpec Weather = new()
    {
        MeanTemperature = 12, TemperatureAmplitude = 10, WarmestDay = 200, WetAfterDry = 0.25, WetAfterWet = 0.6, RainMeanMm = 6, RainShape = 0.75,
    };

    [Fact]
    public void Normal_temperature_is_the_annual_cosine()
    {
        Assert.Equal(22, WeatherNormals.Temperature(Weather, 200), 12);                   // cos 0 = 1
        Assert.Equal(12 + 10 * Math.Cos(2 * Math.PI * 100 / 365.25), WeatherNormals.Temperature(Weather, 300), 12);
        Assert.Equal(12 + 10 * Math.Cos(2 * Math.PI * -199 / 365.25), WeatherNormals.Temperature(Weather, 1), 12);
    }

    [Fact]
    public void Normal_precipitation_is_the_stationary_wet_probability_times_the_mean_amount()
    {
        // π = 0.25 / (1 − 0.6 + 0.25) = 5/13
        Assert.Equal(5.0 / 13, WeatherNormals.AnnualWetProbability(Weather), 15);
        Assert.Equal(30.0 / 13, WeatherNormals.Precipitation(Weather, 77), 12);
        // Seasonal: on the wettest day s = 1.5, p01 = 0.375, p11 = 0.9, π = 0.375 / 0.475.
        var seasonal = Weather with { RainSeasonality = 0.5, WettestDay = 330 };
        Assert.Equal(6 * 0.375 / 0.475, WeatherNormals.Precipitation(seasonal, 330), 12);
        // Clipped: s = 2 makes p11 = 1.2 → 1, so π = 0.5 / (1 − 1 + 0.5) = 1.
        Assert.Equal(6, WeatherNormals.Precipitation(Weather with { RainSeasonality = 1, WettestDay = 330 }, 330), 12);
    }

    [Fact]
    public void Precipitation_sd_is_that_of_the_annual_chain_with_gamma_amounts()
    {
        // π m²(1 + 1/k) − π² m² = 420/13 − 900/169 = 4560/169.
        Assert.Equal(Math.Sqrt(4560.0) / 13, WeatherNormals.PrecipitationSd(Weather), 12);
        Assert.Equal(Math.Sqrt(4560.0) / 13, WeatherNormals.PrecipitationSd(Weather with { RainSeasonality = 0.8 }), 12); // not seasonal
    }

    [Fact]
    public void Chains_that_never_leave_their_state_have_no_wet_days()
    {
        Assert.Equal(0, WeatherNormals.StationaryWet(0, 1));
        Assert.Equal(1, WeatherNormals.StationaryWet(1, 1));
    }

    [Fact]
    public void Every_row_is_consistent_with_its_normals_and_declared_divisors()
    {
        var tenant = CommerceTestData.Default.Tenants[2];
        var w = tenant.Spec.Weather;
        double sdP = WeatherNormals.PrecipitationSd(w);
        for (int d = 0; d < tenant.Weather.Count; d++)
        {
            var day = tenant.Weather[d];
            Assert.Equal(WeatherNormals.Temperature(w, day.Date.DayOfYear), day.TempNormalC);
            Assert.Equal(WeatherNormals.Precipitation(w, day.Date.DayOfYear), day.PrecipNormalMm);
            Assert.Equal(day.TempC - day.TempNormalC, day.TempAnomaly);
            Assert.Equal(day.PrecipMm - day.PrecipNormalMm, day.PrecipAnomaly);
            Assert.Equal(day.TempAnomaly / w.TemperatureAnomalySd, day.TempZ);
            Assert.Equal(day.PrecipAnomaly / sdP, day.PrecipZ);
            Assert.True(day.TempMaxC > day.TempC && day.TempC > day.TempMinC);
            Assert.Equal(day.TempMaxC - day.TempC, day.TempC - day.TempMinC, 9);
            Assert.True(day.PrecipMm >= 0);
            var window = tenant.Weather.Skip(Math.Max(0, d - 6)).Take(Math.Min(7, d + 1)).ToArray();
            Assert.Equal(window.Average(x => x.TempC), day.TempRoll7, 9);
            Assert.Equal(window.Sum(x => x.PrecipMm), day.PrecipRoll7, 9);
        }
    }

    [Fact]
    public void Anomalies_shift_their_days_and_leave_the_other_draws_alone()
    {
        var dates = Enumerable.Range(0, 30).Select(d => new DateTime(2024, 7, 1).AddDays(d)).ToArray();
        var key = StreamKey.Root(9).Then("weather");
        var plain = WeatherGenerator.Generate(Weather, dates, key);
        var events = WeatherGenerator.Generate(Weather with
        {
            Anomalies =
            [
                new WeatherAnomalySpec(WeatherAnomalyKind.Heatwave, new DateTime(2024, 7, 5)) { Days = 3, Magnitude = 6 },
                new WeatherAnomalySpec(WeatherAnomalyKind.ColdSnap, new DateTime(2024, 7, 6)) { Days = 2, Magnitude = -2 },
                new WeatherAnomalySpec(WeatherAnomalyKind.Storm, new DateTime(2024, 7, 20)) { Magnitude = 80 },
            ],
        }, dates, key);
        double[] shift = new double[30];
        shift[4] = 6; shift[5] = 4; shift[6] = 4;
        for (int d = 0; d < 19; d++)
        {
            Assert.Equal(plain[d].TempC + shift[d], events[d].TempC, 12);
            Assert.Equal(plain[d].TempMaxC - plain[d].TempMinC, events[d].TempMaxC - events[d].TempMinC, 9);
            Assert.Equal(plain[d].PrecipMm, events[d].PrecipMm);
        }
        Assert.Equal(80, events[19].PrecipMm);
        Assert.Equal(plain[25].TempC, events[25].TempC); // temperature streams never see the storm
    }
}
