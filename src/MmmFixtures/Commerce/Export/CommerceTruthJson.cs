using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using MmmFixtures.Commerce.Generation;
using MmmFixtures.Export;
using MmmFixtures.Media;

namespace MmmFixtures.Commerce;

/// <summary>
/// <c>truth.json</c> of a commerce export: per tenant every parameter that shaped its data (elasticities with their
/// oracle standard errors, base, weekday and seasonal effects, AOV and basket law, weather parameters with the
/// anomaly list, each platform's true effect and incremental vs reported ROAS, e-mail effect). The per-day terms are
/// in <c>truth_daily.csv</c>. No wall-clock time.
/// </summary>
internal static class CommerceTruthJson
{
    /// <param name="stream">The file's content.</param>
    /// <param name="spec">The spec exported.</param>
    /// <param name="tenants">Each tenant's spec and truth, in spec order (the truth's days are not read).</param>
    public static void Write(Stream stream, CommerceSpec spec, IReadOnlyList<(TenantSpec Spec, TenantTruth Truth)> tenants) =>
        Write(stream, spec, w =>
        {
            foreach (var (tenant, truth) in tenants) WriteTenant(w, tenant, truth);
        });

    /// <summary>The file around the tenants' entries, which <paramref name="writeTenants"/> writes (a merge of shards copies each shard's).</summary>
    public static void Write(Stream stream, CommerceSpec spec, System.Action<Utf8JsonWriter> writeTenants)
    {
        using var w = new Utf8JsonWriter(stream, JsonFormat.WriterOptions);
        w.WriteStartObject();
        w.WriteNumber("algorithmVersion", GenerationAlgorithm.Version);
        w.WriteNumber("seed", spec.Seed);
        w.WriteString("startDate", spec.StartDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        w.WriteNumber("days", spec.Days);
        w.WriteStartArray("tenants");
        writeTenants(w);
        w.WriteEndArray();
        w.WriteEndObject();
        w.Flush();
        stream.WriteByte((byte)'\n');
    }

    private static void WriteTenant(Utf8JsonWriter w, TenantSpec spec, TenantTruth t)
    {
        w.WriteStartObject();
        w.WriteString("tenant", t.Tenant);
        w.WriteString("category", t.Category.ToString());
        w.WriteString("currency", spec.Currency);
        w.WriteNumber("utcOffsetHours", spec.UtcOffsetHours);
        w.WriteNumber("baseRevenue", t.BaseRevenue);
        w.WriteNumber("temperatureElasticity", t.TemperatureElasticity);
        NumberOrNull(w, "temperatureElasticitySe", t.TemperatureElasticitySe);
        w.WriteNumber("precipitationElasticity", t.PrecipitationElasticity);
        NumberOrNull(w, "precipitationElasticitySe", t.PrecipitationElasticitySe);
        w.WriteNumber("demandNoiseSd", spec.DemandNoiseSd);
        Numbers(w, "weekdayEffects", t.WeekdayEffects);
        Numbers(w, "seasonalCoefficients", t.SeasonalCoefficients);
        w.WriteNumber("averageOrderValue", t.AverageOrderValue);
        WriteBasketLaw(w, spec.Orders);
        WriteWeather(w, spec.Weather, t.Weather);
        WritePlatform(w, "meta", spec.Meta, t.Meta);
        WritePlatform(w, "google", spec.Google, t.Google);
        w.WriteStartObject("email");
        w.WriteNumber("beta", t.EmailBeta);
        w.WriteNumber("carryover", spec.Email.Carryover);
        w.WriteNumber("sendProbability", spec.Email.SendProbability);
        w.WriteNumber("listSize", spec.Email.ListSize);
        w.WriteNumber("deliveryRate", spec.Email.DeliveryRate);
        w.WriteNumber("openRate", spec.Email.OpenRate);
        w.WriteNumber("clickRate", spec.Email.ClickRate);
        w.WriteNumber("orderRate", spec.Email.OrderRate);
        w.WriteNumber("incrementalRevenue", t.EmailIncrementalRevenue);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteBasketLaw(Utf8JsonWriter w, OrderSpec o)
    {
        w.WriteStartObject("basketLaw");
        w.WriteNumber("products", o.Products);
        w.WriteNumber("priceSigma", o.PriceSigma);
        w.WriteNumber("lineItemsMean", o.LineItemsMean);
        w.WriteNumber("maxLineItems", o.MaxLineItems);
        w.WriteNumber("quantityMean", o.QuantityMean);
        w.WriteNumber("maxQuantity", o.MaxQuantity);
        w.WriteNumber("discountRate", o.DiscountRate);
        w.WriteNumber("discountPercent", o.DiscountPercent);
        w.WriteNumber("refundRate", o.RefundRate);
        w.WriteNumber("taxRate", o.TaxRate);
        w.WriteNumber("shippingFee", o.ShippingFee);
        w.WriteNumber("freeShippingThreshold", o.FreeShippingThreshold);
        w.WriteEndObject();
    }

    // Declared parameters first (T̄(τ) and the chain rebuild from them), then the derived divisors of zT and zP.
    private static void WriteWeather(Utf8JsonWriter w, WeatherSpec declared, WeatherTruth weather)
    {
        w.WriteStartObject("weather");
        w.WriteNumber("meanTemperature", declared.MeanTemperature);
        w.WriteNumber("temperatureAmplitude", declared.TemperatureAmplitude);
        w.WriteNumber("warmestDay", declared.WarmestDay);
        w.WriteNumber("diurnalRange", declared.DiurnalRange);
        w.WriteNumber("wetAfterDry", declared.WetAfterDry);
        w.WriteNumber("wetAfterWet", declared.WetAfterWet);
        w.WriteNumber("rainSeasonality", declared.RainSeasonality);
        w.WriteNumber("wettestDay", declared.WettestDay);
        w.WriteNumber("temperatureAnomalySd", weather.TemperatureAnomalySd);
        w.WriteNumber("temperaturePersistence", weather.TemperaturePersistence);
        w.WriteNumber("stationaryWetProbability", weather.StationaryWetProbability);
        w.WriteNumber("precipitationSd", weather.PrecipitationSd);
        w.WriteNumber("rainShape", weather.RainShape);
        w.WriteNumber("rainMeanMm", weather.RainMeanMm);
        w.WriteStartArray("anomalies");
        foreach (var a in weather.Anomalies)
        {
            w.WriteStartObject();
            w.WriteString("kind", AnomalyName(a.Kind));
            w.WriteString("start", a.Start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            w.WriteNumber("days", a.Days);
            w.WriteNumber("magnitude", a.Magnitude);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WritePlatform(Utf8JsonWriter w, string name, AdPlatformSpec declared, PlatformTruth p)
    {
        w.WriteStartObject(name);
        w.WriteNumber("beta", p.Beta);
        w.WriteNumber("signalScale", p.SignalScale);
        w.WriteString("order", TransformOrder.AdstockThenSaturation.ToString());
        MediaTruthJson.WriteAdstock(w, declared.Adstock, AdPlatformGenerator.KernelWeights(declared.Adstock));
        MediaTruthJson.WriteSaturation(w, declared.Saturation);
        w.WriteNumber("cpm", declared.Cpm);
        w.WriteNumber("ctr", declared.Ctr);
        w.WriteNumber("conversionRate", declared.ConversionRate);
        w.WriteNumber("attributionWindowDays", declared.AttributionWindowDays);
        w.WriteNumber("deliveryNoise", declared.DeliveryNoise);
        w.WriteStartArray("campaigns");
        foreach (var c in declared.Campaigns)
        {
            w.WriteStartObject();
            w.WriteString("name", c.Name);
            w.WriteNumber("dailySpend", c.DailySpend);
            w.WriteString("pattern", c.Pattern.Kind.ToString());
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteNumber("spend", p.Spend);
        w.WriteNumber("incrementalRevenue", p.IncrementalRevenue);
        NumberOrNull(w, "incrementalRoas", p.IncrementalRoas);
        w.WriteNumber("reportedConversionsValue", p.ReportedConversionsValue);
        NumberOrNull(w, "reportedRoas", p.ReportedRoas);
        w.WriteEndObject();
    }

    private static string AnomalyName(WeatherAnomalyKind kind) => kind switch
    {
        WeatherAnomalyKind.Heatwave => "heatwave",
        WeatherAnomalyKind.ColdSnap => "cold_snap",
        _ => "storm",
    };

    private static void Numbers(Utf8JsonWriter w, string name, IReadOnlyList<double> values)
    {
        w.WriteStartArray(name);
        foreach (double v in values) w.WriteNumberValue(v);
        w.WriteEndArray();
    }

    private static void NumberOrNull(Utf8JsonWriter w, string name, double? value)
    {
        if (value is double v) w.WriteNumber(name, v);
        else w.WriteNull(name);
    }
}
