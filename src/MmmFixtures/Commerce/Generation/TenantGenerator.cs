using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using MmmFixtures.Numerics;
using MmmFixtures.Randomness;
using MmmFixtures.Randomness.Distributions;

namespace MmmFixtures.Commerce.Generation;

/// <summary>
/// Generates one tenant from its own streams below <c>tenant/&lt;name&gt;</c> (<c>weather/…</c>, <c>catalog</c>,
/// <c>ads/&lt;platform&gt;/…</c>, <c>email/…</c>, <c>demand</c>, <c>orders/&lt;day&gt;</c>), so tenants are independent.
/// Per day d (τ its day of the year), the log demand is the sum, in this order,
/// <c>ln μ = ln BaseRevenue + seasonality(τ) + weekday(d) + e_T·zT + e_P·zP + β_meta·f_meta + β_google·f_google
/// + β_email·email + ε</c>, ε = σ_ε·ξ (stream <c>demand</c>, one normal a day), weekday(d) = ln(1 + WeekendLift) on
/// Saturday and Sunday and 0 otherwise; μ = exp(ln μ). A counterfactual sums the same terms in the same order with the
/// removed ones set to 0: normal weather (zT = zP = 0), without Meta, without Google, without e-mail — same ε, same media.
/// Orders are Poisson(μ / AOV) (<see cref="OrderGenerator"/>).
/// </summary>
internal static class TenantGenerator
{
    // Beyond this a day's order lines would not fit in memory; only extreme combinations of valid fields reach it.
    public const double MaxExpectedOrders = 10_000_000;

    public static TenantDataset Generate(CommerceSpec spec, int index)
    {
        var tenant = spec.Tenants[index];
        int n = spec.Days;
        var x = new Drivers(spec, index);
        var (dates, weather, basket, catalog, meta, google, email) = (x.Dates, x.Weather, x.Basket, x.Catalog, x.Meta, x.Google, x.Email);
        double aov = catalog.AverageOrderValue;
        var orders = new OrderGenerator(tenant, catalog, basket, x.Key.Then("orders"), n);

        double lnBase = x.LnBase, weekend = x.Weekend;
        // Sized for the base demand (+10%), so the list rarely grows: growing copies every line already made.
        double expectedLines = 1.1 * tenant.BaseRevenue / aov * n * basket.LinesMean;
        var lines = new List<OrderLine>((int)Math.Min(expectedLines, 1 << 24));
        var demand = new DemandDay[n];
        var daily = new TenantDay[n];
        var mu = new double[n];
        double metaIncrement = 0, googleIncrement = 0, emailIncrement = 0;
        for (int d = 0; d < n; d++)
        {
            var w = weather[d];
            int isoWeekday = IsoWeekday(dates[d]);
            var (season, weekday, temperature, precipitation, metaTerm, googleTerm, emailTerm, epsilon) = x.Terms(d);

            double lnMu = LnMu(lnBase, season, weekday, temperature, precipitation, metaTerm, googleTerm, emailTerm, epsilon);
            mu[d] = DeterministicMath.Exp(lnMu);
            double normalWeather = DeterministicMath.Exp(LnMu(lnBase, season, weekday, 0, 0, metaTerm, googleTerm, emailTerm, epsilon));
            double withoutMeta = DeterministicMath.Exp(LnMu(lnBase, season, weekday, temperature, precipitation, 0, googleTerm, emailTerm, epsilon));
            double withoutGoogle = DeterministicMath.Exp(LnMu(lnBase, season, weekday, temperature, precipitation, metaTerm, 0, emailTerm, epsilon));
            double withoutEmail = DeterministicMath.Exp(LnMu(lnBase, season, weekday, temperature, precipitation, metaTerm, googleTerm, 0, epsilon));
            metaIncrement += mu[d] - withoutMeta;
            googleIncrement += mu[d] - withoutGoogle;
            emailIncrement += mu[d] - withoutEmail;

            double expected = mu[d] / aov;
            if (!(expected <= MaxExpectedOrders))
                throw new InvalidOperationException(string.Format(CultureInfo.InvariantCulture, "Tenant '{0}' expects {1:G4} orders on {2:yyyy-MM-dd} (μ = {3:G4}): ", tenant.Name, expected, dates[d], mu[d]) +
                    $"more than {MaxExpectedOrders:G3} a day cannot be generated; lower its base revenue, elasticities or weather anomalies.");
            var (count, netCents) = orders.Day(dates[d], expected, lines);
            double net = OrderGenerator.Money(netCents);
            demand[d] = new DemandDay(dates[d], lnBase, season, weekday, temperature, precipitation, metaTerm, googleTerm, emailTerm, epsilon,
                lnMu, mu[d], normalWeather, withoutMeta, withoutGoogle, withoutEmail, expected, count, net, (count - expected) * aov, net - count * aov);
            daily[d] = new TenantDay(tenant.Name, dates[d], net, count, meta.Spend[d], google.Spend[d], email.Sends[d], w.TempC, w.PrecipMm,
                w.TempZ, w.PrecipZ, isoWeekday);
        }

        var (seT, seP) = OracleStandardErrors.Compute(weather, meta.Signal, google.Signal, email.Signal, mu, tenant.DemandNoiseSd, aov,
            catalog.OrderValueSecondMoment);
        var weatherTruth = new WeatherTruth(tenant.Weather.TemperatureAnomalySd, tenant.Weather.TemperaturePersistence,
            WeatherNormals.AnnualWetProbability(tenant.Weather), WeatherNormals.PrecipitationSd(tenant.Weather), tenant.Weather.RainShape,
            tenant.Weather.RainMeanMm, tenant.Weather.Anomalies.ToArray());
        var truth = new TenantTruth(tenant.Name, tenant.Category, tenant.BaseRevenue, tenant.TemperatureElasticity, tenant.PrecipitationElasticity,
            seT, seP, Enumerable.Range(1, 7).Select(day => day >= 6 ? weekend : 0).ToArray(), x.Seasonal, aov, weatherTruth,
            Platform(tenant.Meta, meta, metaIncrement), Platform(tenant.Google, google, googleIncrement), tenant.Email.Beta, emailIncrement, demand);
        return new TenantDataset(tenant, weather, lines, meta.Rows, google.Rows, email.Rows, daily, truth);
    }

    /// <summary>
    /// The day with the most expected orders (μ / AOV) of tenant <paramref name="index"/>, computed as <see cref="Generate"/>
    /// computes it but without drawing any order, so a validator refuses exactly the tenants it would refuse.
    /// </summary>
    public static (double Orders, DateTime Date) PeakExpectedOrders(CommerceSpec spec, int index)
    {
        var x = new Drivers(spec, index);
        double aov = x.Catalog.AverageOrderValue, peak = double.NegativeInfinity;
        DateTime date = x.Dates[0];
        for (int d = 0; d < x.Dates.Length; d++)
        {
            var (season, weekday, temperature, precipitation, meta, google, email, epsilon) = x.Terms(d);
            double expected = DeterministicMath.Exp(LnMu(x.LnBase, season, weekday, temperature, precipitation, meta, google, email, epsilon)) / aov;
            if (!(expected <= peak)) (peak, date) = (expected, x.Dates[d]); // NaN wins: it is refused too
        }
        return (peak, date);
    }

    // Everything a tenant's daily demand μ depends on, drawn from its own streams before any order is.
    private sealed class Drivers
    {
        private readonly TenantSpec _tenant;
        private readonly double[] _noise;

        public Drivers(CommerceSpec spec, int index)
        {
            _tenant = spec.Tenants[index];
            int n = spec.Days;
            Dates = Enumerable.Range(0, n).Select(d => spec.StartDate.Date.AddDays(d)).ToArray();
            Key = StreamKey.Root(spec.Seed).Then("tenant").Then(_tenant.Name);
            Weather = WeatherGenerator.Generate(_tenant.Weather, Dates, Key.Then("weather"));
            Basket = new BasketLaw(_tenant.Orders);
            Catalog = new ProductCatalog(_tenant, Basket, Key.Then("catalog"));
            double aov = Catalog.AverageOrderValue;
            Meta = new AdPlatformGenerator(_tenant.Meta, "meta", _tenant.Name, Dates, Key.Then("ads").Then("meta"), aov);
            Google = new AdPlatformGenerator(_tenant.Google, "google", _tenant.Name, Dates, Key.Then("ads").Then("google"), aov);
            Email = new EmailGenerator(_tenant.Email, Dates, Key.Then("email"), aov);
            LnBase = DeterministicMath.Log(_tenant.BaseRevenue);
            Weekend = DeterministicMath.Log1p(_tenant.WeekendLift);
            Seasonal = DemandSeasonality.Coefficients(_tenant.Category, _tenant.SeasonalAmplitude);
            var noise = Key.Open("demand");
            _noise = new double[n];
            for (int d = 0; d < n; d++) _noise[d] = _tenant.DemandNoiseSd * noise.StandardNormal();
        }

        public DateTime[] Dates { get; }
        public StreamKey Key { get; }
        public WeatherDay[] Weather { get; }
        public BasketLaw Basket { get; }
        public ProductCatalog Catalog { get; }
        public AdPlatformGenerator Meta { get; }
        public AdPlatformGenerator Google { get; }
        public EmailGenerator Email { get; }
        public double LnBase { get; }
        public double Weekend { get; }
        public double[] Seasonal { get; }

        // Day d's log-demand terms after ln base, in the truth's order.
        public (double Season, double Weekday, double Temperature, double Precipitation, double Meta, double Google, double Email, double Noise) Terms(int d)
        {
            var w = Weather[d];
            return (DemandSeasonality.Evaluate(Seasonal, Dates[d].DayOfYear), IsoWeekday(Dates[d]) >= 6 ? Weekend : 0,
                _tenant.TemperatureElasticity * w.TempZ, _tenant.PrecipitationElasticity * w.PrecipZ, _tenant.Meta.Beta * Meta.Signal[d],
                _tenant.Google.Beta * Google.Signal[d], _tenant.Email.Beta * Email.Signal[d], _noise[d]);
        }
    }

    /// <summary>The log-demand sum in the truth's order: base, seasonality, weekday, temperature, precipitation, Meta, Google, e-mail, noise.</summary>
    public static double LnMu(double lnBase, double seasonality, double weekday, double temperature, double precipitation, double meta,
        double google, double email, double noise) =>
        lnBase + seasonality + weekday + temperature + precipitation + meta + google + email + noise;

    /// <summary>ISO weekday: 1 = Monday … 7 = Sunday.</summary>
    public static int IsoWeekday(DateTime date) => date.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)date.DayOfWeek;

    private static PlatformTruth Platform(AdPlatformSpec spec, AdPlatformGenerator platform, double incremental)
    {
        double spend = 0;
        foreach (double s in platform.Spend) spend += s;
        return new PlatformTruth(spec.Beta, platform.SignalScale, spend, incremental, spend > 0 ? incremental / spend : null,
            platform.ReportedValue, spend > 0 ? platform.ReportedValue / spend : null);
    }
}
