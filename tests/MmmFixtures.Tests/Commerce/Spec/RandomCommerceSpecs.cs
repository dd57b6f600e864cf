using System.Globalization;
using MmmFixtures.Commerce;
using MmmFixtures.Commerce.Generation;
using MmmFixtures.Media;
using MmmFixtures.Series;

namespace MmmFixtures.Tests.Commerce.Spec;

/// <summary>Random valid commerce specs: every field drawn inside its rule, every list and kind exercised.</summary>
internal static class RandomCommerceSpecs
{
    /// <summary>A valid spec: <see cref="Draw"/> with each tenant's base revenue lowered, when needed, to half the most its busiest day allows.</summary>
    public static CommerceSpec Create(int seed)
    {
        var spec = Draw(seed);
        var tenants = spec.Tenants.Select((t, i) =>
        {
            double max = PeakOrdersValidator.MaxBaseRevenue(t.BaseRevenue, TenantGenerator.PeakExpectedOrders(spec, i).Orders);
            return max >= t.BaseRevenue ? t : t with { BaseRevenue = double.Parse((max / 2).ToString("G4", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) };
        }).ToArray();
        return spec with { Tenants = tenants };
    }

    /// <summary>Every field inside its own rule, the tenants' order volume unchecked (extreme weather, elasticities and media can make it too high to generate).</summary>
    public static CommerceSpec Draw(int seed)
    {
        var r = new Random(seed);
        int days = r.Next(1, 800);
        var start = new DateTime(2000, 1, 1).AddDays(r.Next(0, 20_000));
        return new CommerceSpec
        {
            Seed = (ulong)r.NextInt64(), StartDate = start, Days = days,
            Tenants = Enumerable.Range(0, r.Next(1, 5)).Select(i => Tenant(r, $"shop_{i}", start, days)).ToArray(),
        };
    }

    private static double Between(Random r, double min, double max) => Math.Round(min + (max - min) * r.NextDouble(), 4);

    private static T Pick<T>(Random r) where T : struct, Enum
    {
        var values = Enum.GetValues<T>();
        return values[r.Next(values.Length)];
    }

    private static TenantSpec Tenant(Random r, string name, DateTime start, int days) => new(name)
    {
        Category = Pick<CommerceCategory>(r),
        BaseRevenue = Between(r, 100, 50_000),
        TemperatureElasticity = Between(r, -2, 2),
        PrecipitationElasticity = Between(r, -2, 2),
        SeasonalAmplitude = Between(r, 0, 2),
        WeekendLift = Between(r, -0.9, 2),
        DemandNoiseSd = Between(r, 0, 1),
        UtcOffsetHours = r.Next(-12, 15),
        Currency = r.Next(2) == 0 ? "USD" : "EUR",
        Weather = new WeatherSpec
        {
            MeanTemperature = Between(r, -30, 35), TemperatureAmplitude = Between(r, 0, 20), WarmestDay = r.Next(1, 367),
            TemperatureAnomalySd = Between(r, 0.5, 6), TemperaturePersistence = Between(r, 0, 0.95), DiurnalRange = Between(r, 0, 20),
            WetAfterDry = Between(r, 0.05, 0.9), WetAfterWet = Between(r, 0, 0.95), RainSeasonality = Between(r, 0, 1), WettestDay = r.Next(1, 367),
            RainShape = Between(r, 0.2, 3), RainMeanMm = Between(r, 0.5, 30),
            Anomalies = Enumerable.Range(0, r.Next(0, 4)).Select(_ => Anomaly(r, start, days)).ToArray(),
        },
        Orders = new OrderSpec
        {
            AverageOrderValue = Between(r, 20, 300), Products = r.Next(1, 200), PriceSigma = Between(r, 0, 2), MaxLineItems = 8,
            LineItemsMean = Between(r, 1, 8), MaxQuantity = 6, QuantityMean = Between(r, 1, 6), DiscountRate = Between(r, 0, 1),
            DiscountPercent = Between(r, 0, 0.9), RefundRate = Between(r, 0, 0.5), TaxRate = Between(r, 0, 0.3), ShippingFee = Between(r, 0, 20),
            FreeShippingThreshold = Between(r, 0, 200), HourOfDay = Enumerable.Range(0, 24).Select(_ => Between(r, 0.01, 3)).ToArray(),
        },
        Meta = Platform(r, days),
        Google = Platform(r, days),
        Email = new EmailSpec
        {
            SendProbability = Between(r, 0, 1), ListSize = r.Next(0, 100_000), DeliveryRate = Between(r, 0, 1), OpenRate = Between(r, 0, 1),
            ClickRate = Between(r, 0, 1), OrderRate = Between(r, 0, 1), Beta = Between(r, 0, 2), Carryover = Between(r, 0, 0.9),
        },
    };

    private static WeatherAnomalySpec Anomaly(Random r, DateTime start, int days)
    {
        var kind = Pick<WeatherAnomalyKind>(r);
        int length = kind == WeatherAnomalyKind.Storm ? 1 : r.Next(1, days + 1);
        var first = start.AddDays(r.Next(0, days - length + 1));
        double magnitude = kind switch
        {
            WeatherAnomalyKind.Heatwave => Between(r, 0.5, 15),
            WeatherAnomalyKind.ColdSnap => -Between(r, 0.5, 15),
            _ => Between(r, 5, 200),
        };
        return new WeatherAnomalySpec(kind, first) { Days = length, Magnitude = magnitude };
    }

    private static AdPlatformSpec Platform(Random r, int days) => new()
    {
        Campaigns = Enumerable.Range(0, r.Next(0, 4)).Select(i => new CampaignSpec($"Campaign{i}") { DailySpend = Between(r, 0, 5_000), Pattern = Pattern(r, days) }).ToArray(),
        Beta = Between(r, 0, 2),
        Adstock = Pick<AdstockKind>(r) switch
        {
            AdstockKind.Delayed => new AdstockSpec { Kind = AdstockKind.Delayed, Alpha = Between(r, 0.1, 0.9), Theta = 2, MaxLag = 6, Normalize = r.Next(2) == 0 },
            var kind => new AdstockSpec { Kind = kind, Alpha = Between(r, 0, 0.9), Shape = Between(r, 0.5, 3), Scale = Between(r, 1, 5), MaxLag = r.Next(1, 20) },
        },
        Saturation = new SaturationSpec { Kind = Pick<SaturationKind>(r), HalfSaturation = Between(r, 0.1, 2), Slope = Between(r, 0.5, 3), Lambda = Between(r, 0.5, 5), TanhScale = Between(r, 0.1, 2) },
        Cpm = Between(r, 1, 50), Ctr = Between(r, 0.001, 0.1), ConversionRate = Between(r, 0, 0.2), AttributionWindowDays = r.Next(1, 31), DeliveryNoise = Between(r, 0, 0.5),
    };

    private static PatternSpec Pattern(Random r, int days)
    {
        var kind = Pick<SpendPattern>(r);
        if (kind == SpendPattern.Custom) kind = SpendPattern.Constant;
        // Only the fields the kind uses: the others are not written (as for MMM channels), so they keep their defaults.
        var p = new PatternSpec { Kind = kind, Autocorrelation = Between(r, -0.9, 0.9), Volatility = Between(r, 0, 1) };
        int startPeriod = r.Next(0, days);
        return kind switch
        {
            SpendPattern.LinearTrend => p with { Trend = Between(r, -0.01, 0.01) },
            SpendPattern.Seasonal => p with { SeasonalAmplitude = Between(r, 0, 1), PeakDayOfYear = r.Next(1, 367) },
            SpendPattern.DelayedStart => p with { StartPeriod = startPeriod, RampUpPeriods = r.Next(1, 10), EndPeriod = r.Next(2) == 0 ? null : startPeriod + 1 + r.Next(0, 50) },
            SpendPattern.OnOff => p with { ActivationProbability = Between(r, 0.05, 1), MinActivePeriods = 2, MaxActivePeriods = r.Next(2, 10) },
            _ => p,
        };
    }
}
