using CsCheck;
using MmmFixtures.Commerce;
using MmmFixtures.Media;
using MmmFixtures.Series;

namespace MmmFixtures.Tests.Commerce.Generation;

/// <summary>On random valid specs (edge values included: one day, no campaigns, no e-mail, no discounts), every value is finite and the identities hold.</summary>
public class CommercePropertyTests
{
    private static readonly Gen<WeatherSpec> GenWeather =
        Gen.Select(Gen.Double[-30, 35], Gen.Double[0, 20], Gen.Int[1, 366], Gen.Double[1.5, 6], Gen.Double[0, 0.95], Gen.Double[0.01, 0.99], Gen.Double[0, 0.99], Gen.Double[0, 1])
            .Select(Gen.Double[0.1, 10], Gen.Double[0.1, 50], Gen.Int[0, 3], (x, shape, mean, anomalies) => new WeatherSpec
            {
                MeanTemperature = x.Item1, TemperatureAmplitude = x.Item2, WarmestDay = x.Item3, TemperatureAnomalySd = x.Item4,
                TemperaturePersistence = x.Item5, WetAfterDry = x.Item6, WetAfterWet = x.Item7, RainSeasonality = x.Item8, WettestDay = 367 - x.Item3,
                DiurnalRange = x.Item2 / 2, RainShape = shape, RainMeanMm = mean,
                Anomalies = Enumerable.Range(0, anomalies).Select(i => new WeatherAnomalySpec((WeatherAnomalyKind)i, new DateTime(2024, 1, 1).AddDays(i * 3))
                {
                    Days = i == 2 ? 1 : 1 + i, Magnitude = i switch { 0 => 6, 1 => -5, _ => 4 * mean }, // a storm of 4 wet days' mean
                }).ToArray(),
            });

    private static readonly Gen<OrderSpec> GenOrders =
        Gen.Select(Gen.Double[20, 300], Gen.Int[1, 200], Gen.Double[0, 1.5], Gen.Int[1, 8], Gen.Int[1, 6], Gen.Double[0, 1], Gen.Double[0, 0.9], Gen.Double[0, 0.5])
            .Select(x => new OrderSpec
            {
                AverageOrderValue = x.Item1, Products = x.Item2, PriceSigma = x.Item3, MaxLineItems = x.Item4, LineItemsMean = 1 + (x.Item4 - 1) * x.Item6,
                MaxQuantity = x.Item5, QuantityMean = 1 + (x.Item5 - 1) * x.Item6 / 2, DiscountRate = x.Item6, DiscountPercent = x.Item7, RefundRate = x.Item8,
            });

    private static readonly Gen<AdPlatformSpec> GenPlatform =
        Gen.Select(Gen.Int[0, 3], Gen.Double[0, 500], Gen.Int[0, 4], Gen.Double[0, 0.5], Gen.Double[1, 40], Gen.Int[1, 30], Gen.Double[0, 0.4], Gen.Int[0, 4])
            .Select(x => new AdPlatformSpec
            {
                Campaigns = Enumerable.Range(0, x.Item1).Select(i => new CampaignSpec($"C{i}")
                {
                    DailySpend = x.Item2 * (i + 1),
                    Pattern = new PatternSpec { Kind = (SpendPattern)x.Item3, Volatility = x.Item7, Autocorrelation = 0.5, StartPeriod = 2, ActivationProbability = 0.3 },
                }).ToArray(),
                Beta = x.Item4, Cpm = x.Item5, AttributionWindowDays = x.Item6, DeliveryNoise = x.Item7,
                Adstock = new AdstockSpec { Kind = (AdstockKind)x.Item8, Alpha = 0.5, Theta = 1, MaxLag = 4 },
                Saturation = new SaturationSpec { Kind = (SaturationKind)x.Item8 },
            });

    private static readonly Gen<TenantSpec> GenTenant =
        Gen.Select(Gen.Int[0, 3], Gen.Double[1, 3_000], Gen.Double[-0.3, 0.3], Gen.Double[-0.3, 0.3], Gen.Double[0, 1], Gen.Double[0, 0.3], Gen.Double[-12, 14], GenWeather)
            .Select(GenOrders, GenPlatform, Gen.Double[0, 1], (x, orders, platform, send) => new TenantSpec("t")
            {
                Category = (CommerceCategory)x.Item1, BaseRevenue = x.Item2, TemperatureElasticity = x.Item3, PrecipitationElasticity = x.Item4,
                SeasonalAmplitude = x.Item5, DemandNoiseSd = x.Item6, UtcOffsetHours = x.Item7, Weather = x.Item8, Orders = orders,
                Meta = platform, Google = platform with { Beta = platform.Beta / 2 },
                Email = new EmailSpec { SendProbability = send < 0.2 ? 0 : send, ListSize = (int)(send * 5_000), Carryover = send / 2 },
            });

    private static readonly Gen<CommerceSpec> GenSpec =
        Gen.Select(Gen.ULong, Gen.Int[1, 40], GenTenant.Array[1, 2])
            .Select(x => new CommerceSpec
            {
                Seed = x.Item1, StartDate = new DateTime(2024, 1, 1), Days = x.Item2,
                // Anomalies must lie inside the period (the generator validates the spec), so short periods keep the first ones.
                Tenants = x.Item3.Select((t, i) => t with
                {
                    Name = $"tenant_{i}",
                    Weather = t.Weather with { Anomalies = t.Weather.Anomalies.Where(a => (a.Start - new DateTime(2024, 1, 1)).TotalDays + a.Days <= x.Item2).ToArray() },
                    Meta = InPeriod(t.Meta, x.Item2),
                    Google = InPeriod(t.Google, x.Item2),
                }).ToArray(),
            });

    // A delayed start must fall inside the period (the generator validates the spec).
    private static AdPlatformSpec InPeriod(AdPlatformSpec platform, int days) => platform with
    {
        Campaigns = platform.Campaigns.Select(c => c with { Pattern = c.Pattern with { StartPeriod = Math.Min(c.Pattern.StartPeriod, days - 1) } }).ToArray(),
    };

    [Fact]
    public void Every_value_is_finite_and_the_identities_hold_on_random_specs() =>
        GenSpec.Sample(spec =>
        {
            foreach (var tenant in CommerceGenerator.Generate(spec, 1).Tenants)
                AssertInvariants(tenant);
        }, iter: 60, threads: 1);

    private static void AssertInvariants(TenantDataset tenant)
    {
        foreach (var w in tenant.Weather)
            Finite(w.TempC, w.TempMaxC, w.TempMinC, w.PrecipMm, w.TempRoll7, w.PrecipRoll7, w.TempNormalC, w.PrecipNormalMm, w.TempZ, w.PrecipZ);
        foreach (var d in tenant.Truth.Days)
        {
            Finite(d.Seasonality, d.Temperature, d.Precipitation, d.Meta, d.Google, d.Email, d.Noise, d.LnMu, d.Mu, d.MuNormalWeather, d.MuWithoutMeta,
                d.MuWithoutGoogle, d.MuWithoutEmail, d.ExpectedOrders, d.NetRevenue, d.PoissonNoise, d.BasketNoise);
            Assert.Equal(d.LnBase + d.Seasonality + d.Weekday + d.Temperature + d.Precipitation + d.Meta + d.Google + d.Email + d.Noise, d.LnMu);
            Assert.True(d.NetRevenue >= 0 && d.Mu > 0);
        }
        foreach (var line in tenant.Orders)
        {
            Finite(line.UnitPrice, line.OrderValue, line.Discount, line.Refund, line.NetRevenue, line.OrderTax, line.OrderShipping);
            Assert.True(line.NetRevenue <= line.OrderValue && line.NetRevenue >= 0);
        }
        foreach (var row in tenant.MetaAds.Concat(tenant.GoogleAds))
        {
            Finite(row.Spend, row.ConversionsValue, row.Roas);
            Assert.True(row.Spend >= 0 && row.Impressions >= 0 && row.Clicks >= 0 && row.Conversions >= 0);
        }
        var t = tenant.Truth;
        Finite(t.AverageOrderValue, t.Weather.PrecipitationSd, t.Meta.IncrementalRevenue, t.Meta.ReportedConversionsValue, t.Google.IncrementalRevenue,
            t.EmailIncrementalRevenue, t.TemperatureElasticitySe ?? 0, t.PrecipitationElasticitySe ?? 0, t.Meta.IncrementalRoas ?? 0, t.Meta.ReportedRoas ?? 0);
        Assert.True(t.AverageOrderValue > 0);
        Assert.Equal(tenant.Spec.Weather.Anomalies, t.Weather.Anomalies);
    }

    private static void Finite(params double[] values)
    {
        foreach (double v in values) Assert.True(double.IsFinite(v), $"{v} is not finite");
    }
}
