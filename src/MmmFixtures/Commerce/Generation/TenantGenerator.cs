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
    private const double MaxExpectedOrders = 10_000_000;

    public static TenantDataset Generate(CommerceSpec spec, int index)
    {
        var tenant = spec.Tenants[index];
        int n = spec.Days;
        var dates = Enumerable.Range(0, n).Select(d => spec.StartDate.Date.AddDays(d)).ToArray();
        var key = StreamKey.Root(spec.Seed).Then("tenant").Then(tenant.Name);

        var weather = WeatherGenerator.Generate(tenant.Weather, dates, key.Then("weather"));
        var basket = new BasketLaw(tenant.Orders);
        var catalog = new ProductCatalog(tenant, basket, key.Then("catalog"));
        double aov = catalog.AverageOrderValue;
        var meta = new AdPlatformGenerator(tenant.Meta, "meta", tenant.Name, dates, key.Then("ads").Then("meta"), aov);
        var google = new AdPlatformGenerator(tenant.Google, "google", tenant.Name, dates, key.Then("ads").Then("google"), aov);
        var email = new EmailGenerator(tenant.Email, dates, key.Then("email"), aov);
        var orders = new OrderGenerator(tenant, catalog, basket, key.Then("orders"), n);

        double lnBase = DeterministicMath.Log(tenant.BaseRevenue);
        double weekend = DeterministicMath.Log1p(tenant.WeekendLift);
        double[] seasonal = DemandSeasonality.Coefficients(tenant.Category, tenant.SeasonalAmplitude);
        var noise = key.Open("demand");
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
            double season = DemandSeasonality.Evaluate(seasonal, dates[d].DayOfYear);
            double weekday = isoWeekday >= 6 ? weekend : 0;
            double temperature = tenant.TemperatureElasticity * w.TempZ;
            double precipitation = tenant.PrecipitationElasticity * w.PrecipZ;
            double metaTerm = tenant.Meta.Beta * meta.Signal[d];
            double googleTerm = tenant.Google.Beta * google.Signal[d];
            double emailTerm = tenant.Email.Beta * email.Signal[d];
            double epsilon = tenant.DemandNoiseSd * noise.StandardNormal();

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
            seT, seP, Enumerable.Range(1, 7).Select(day => day >= 6 ? weekend : 0).ToArray(), seasonal, aov, weatherTruth,
            Platform(tenant.Meta, meta, metaIncrement), Platform(tenant.Google, google, googleIncrement), tenant.Email.Beta, emailIncrement, demand);
        return new TenantDataset(tenant, weather, lines, meta.Rows, google.Rows, email.Rows, daily, truth);
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
