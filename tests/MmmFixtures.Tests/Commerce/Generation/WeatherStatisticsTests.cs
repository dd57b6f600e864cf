using MmmFixtures.Commerce;
using MmmFixtures.Commerce.Generation;
using MmmFixtures.Randomness;

namespace MmmFixtures.Tests.Commerce.Generation;

/// <summary>Over a long series, the weather's sample statistics are within sampling error of its declared parameters.</summary>
public class WeatherStatisticsTests
{
    private const int Days = 60_000;

    private static readonly WeatherSpec Weather = new()
    {
        MeanTemperature = 10, TemperatureAmplitude = 12, TemperatureAnomalySd = 3.5, TemperaturePersistence = 0.6,
        WetAfterDry = 0.2, WetAfterWet = 0.55, RainShape = 0.7, RainMeanMm = 7, DiurnalRange = 8,
    };

    private static readonly WeatherDay[] Series = WeatherGenerator.Generate(Weather,
        Enumerable.Range(0, Days).Select(d => new DateTime(1900, 1, 1).AddDays(d)).ToArray(), StreamKey.Root(11).Then("weather"));

    [Fact]
    public void Temperature_anomalies_have_the_declared_sd_and_persistence()
    {
        double[] a = Series.Select(d => d.TempAnomaly).ToArray();
        double mean = a.Average();
        double variance = a.Sum(x => (x - mean) * (x - mean)) / Days;
        double lag1 = Enumerable.Range(1, Days - 1).Sum(t => (a[t] - mean) * (a[t - 1] - mean)) / (Days - 1) / variance;
        // Sampling sd: of the sd ≈ σ √((1 + φ²) / (2n(1 − φ²))) ≈ 0.013; of φ̂ ≈ √((1 − φ²)/n) ≈ 0.0033; of the mean ≈ σ √((1+φ)/(n(1−φ))) ≈ 0.03.
        Assert.Equal(3.5, Math.Sqrt(variance), 0.05);
        Assert.Equal(0.6, lag1, 0.015);
        Assert.Equal(0, mean, 0.12);
        Assert.Equal(8, Series.Average(d => d.TempMaxC - d.TempMinC), 0.1); // diurnal range: mean 8, sd 2, n = 60 000
    }

    [Fact]
    public void Wet_dry_transitions_follow_the_chain()
    {
        int dryToWet = 0, dry = 0, wetToWet = 0, wet = 0;
        for (int t = 1; t < Days; t++)
        {
            bool before = Series[t - 1].PrecipMm > 0, now = Series[t].PrecipMm > 0;
            if (before) { wet++; if (now) wetToWet++; }
            else { dry++; if (now) dryToWet++; }
        }
        // Binomial sampling sd: √(p(1−p)/n) ≈ 0.002 (dry, n ≈ 38 000) and 0.0035 (wet, n ≈ 21 000).
        Assert.Equal(0.2, (double)dryToWet / dry, 0.01);
        Assert.Equal(0.55, (double)wetToWet / wet, 0.015);
        Assert.Equal(WeatherNormals.AnnualWetProbability(Weather), (double)wet / (Days - 1), 0.015);
    }

    [Fact]
    public void Wet_day_amounts_are_gamma_with_the_declared_shape_and_mean()
    {
        double[] amounts = Series.Where(d => d.PrecipMm > 0).Select(d => d.PrecipMm).ToArray();
        double mean = amounts.Average();
        double variance = amounts.Sum(x => (x - mean) * (x - mean)) / (amounts.Length - 1);
        double shape = mean * mean / variance; // method of moments
        // n ≈ 18 000 wet days: sd of the mean ≈ m/√(kn) ≈ 0.06; of the moment shape ≈ k √(2(1 + k)/n) ≈ 0.013.
        Assert.Equal(7, mean, 0.25);
        Assert.Equal(0.7, shape, 0.06);
    }

    [Fact]
    public void Precipitation_has_its_normal_mean_and_stationary_sd()
    {
        double[] p = Series.Select(d => d.PrecipMm).ToArray();
        double mean = p.Average();
        double sd = Math.Sqrt(p.Sum(x => (x - mean) * (x - mean)) / Days);
        Assert.Equal(Series[0].PrecipNormalMm, mean, 0.15);
        Assert.Equal(WeatherNormals.PrecipitationSd(Weather), sd, 0.25);
        Assert.Equal(0, Series.Average(d => d.PrecipZ), 0.03);
        Assert.Equal(0, Series.Average(d => d.TempZ), 0.035);
    }
}
