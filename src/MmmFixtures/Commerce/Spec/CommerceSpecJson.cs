using System.Text.Json;
using MmmFixtures.Json;
using MmmFixtures.Media;
using MmmFixtures.Series;
using MmmFixtures.Validation;
using MmmFixtures.EnumText;

namespace MmmFixtures.Commerce;

/// <summary>
/// The JSON form of a <see cref="CommerceSpec"/>: what the CLI reads, <c>--print-spec</c> prints and the manifest
/// records. camelCase names, enums by name, dates <c>yyyy-MM-dd</c>; a missing property takes its default, an unknown
/// or repeated one is an error. Ad platforms use the shared media-transform and spend-pattern forms of MMM channels.
/// </summary>
public static class CommerceSpecJson
{
    private const string SpecName = "commerce spec";

    /// <summary>Reads a spec; throws a <see cref="SpecValidationException"/> listing every syntax, type or unknown-property problem.</summary>
    /// <remarks>Value ranges are checked by <see cref="CommerceSpecValidator"/> (generation runs it).</remarks>
    public static CommerceSpec Read(string json) => SpecJsonText.Read(json, SpecName, Spec, new CommerceSpec());

    /// <summary>The spec as indented JSON text (LF line endings).</summary>
    /// <exception cref="System.ArgumentException">A campaign uses a <see cref="SpendPattern.Custom"/> delegate, which JSON cannot hold.</exception>
    public static string Write(CommerceSpec spec) => SpecJsonText.Write(Spec, spec);

    /// <summary>Writes the spec as one JSON object.</summary>
    /// <exception cref="System.ArgumentException">A campaign uses a <see cref="SpendPattern.Custom"/> delegate, which JSON cannot hold.</exception>
    public static void Write(Utf8JsonWriter w, CommerceSpec spec) => SpecJsonText.Write(w, Spec, spec);

    private static readonly JsonFields<WeatherAnomalySpec> Anomaly = new(
        JsonField.Enum<WeatherAnomalySpec, WeatherAnomalyKind>("kind", EnumTexts.WeatherAnomalyKinds, a => a.Kind, (a, v) => a with { Kind = v }),
        JsonField.Date<WeatherAnomalySpec>("start", a => a.Start, (a, v) => a with { Start = v }),
        JsonField.Integer<WeatherAnomalySpec>("days", a => a.Days, (a, v) => a with { Days = v }),
        JsonField.Number<WeatherAnomalySpec>("magnitude", a => a.Magnitude, (a, v) => a with { Magnitude = v }));

    private static readonly JsonFields<WeatherSpec> Weather = new(
        JsonField.Number<WeatherSpec>("meanTemperature", w => w.MeanTemperature, (w, v) => w with { MeanTemperature = v }),
        JsonField.Number<WeatherSpec>("temperatureAmplitude", w => w.TemperatureAmplitude, (w, v) => w with { TemperatureAmplitude = v }),
        JsonField.Integer<WeatherSpec>("warmestDay", w => w.WarmestDay, (w, v) => w with { WarmestDay = v }),
        JsonField.Number<WeatherSpec>("temperatureAnomalySd", w => w.TemperatureAnomalySd, (w, v) => w with { TemperatureAnomalySd = v }),
        JsonField.Number<WeatherSpec>("temperaturePersistence", w => w.TemperaturePersistence, (w, v) => w with { TemperaturePersistence = v }),
        JsonField.Number<WeatherSpec>("diurnalRange", w => w.DiurnalRange, (w, v) => w with { DiurnalRange = v }),
        JsonField.Number<WeatherSpec>("wetAfterDry", w => w.WetAfterDry, (w, v) => w with { WetAfterDry = v }),
        JsonField.Number<WeatherSpec>("wetAfterWet", w => w.WetAfterWet, (w, v) => w with { WetAfterWet = v }),
        JsonField.Number<WeatherSpec>("rainSeasonality", w => w.RainSeasonality, (w, v) => w with { RainSeasonality = v }),
        JsonField.Integer<WeatherSpec>("wettestDay", w => w.WettestDay, (w, v) => w with { WettestDay = v }),
        JsonField.Number<WeatherSpec>("rainShape", w => w.RainShape, (w, v) => w with { RainShape = v }),
        JsonField.Number<WeatherSpec>("rainMeanMm", w => w.RainMeanMm, (w, v) => w with { RainMeanMm = v }),
        JsonField.Array<WeatherSpec, WeatherAnomalySpec>("anomalies", Anomaly, () => new WeatherAnomalySpec(WeatherAnomalyKind.Heatwave, default),
            w => w.Anomalies, (w, v) => w with { Anomalies = v }));

    private static readonly JsonFields<OrderSpec> Orders = new(
        JsonField.Number<OrderSpec>("averageOrderValue", o => o.AverageOrderValue, (o, v) => o with { AverageOrderValue = v }),
        JsonField.Integer<OrderSpec>("products", o => o.Products, (o, v) => o with { Products = v }),
        JsonField.Number<OrderSpec>("priceSigma", o => o.PriceSigma, (o, v) => o with { PriceSigma = v }),
        JsonField.Number<OrderSpec>("lineItemsMean", o => o.LineItemsMean, (o, v) => o with { LineItemsMean = v }),
        JsonField.Integer<OrderSpec>("maxLineItems", o => o.MaxLineItems, (o, v) => o with { MaxLineItems = v }),
        JsonField.Number<OrderSpec>("quantityMean", o => o.QuantityMean, (o, v) => o with { QuantityMean = v }),
        JsonField.Integer<OrderSpec>("maxQuantity", o => o.MaxQuantity, (o, v) => o with { MaxQuantity = v }),
        JsonField.Number<OrderSpec>("discountRate", o => o.DiscountRate, (o, v) => o with { DiscountRate = v }),
        JsonField.Number<OrderSpec>("discountPercent", o => o.DiscountPercent, (o, v) => o with { DiscountPercent = v }),
        JsonField.Number<OrderSpec>("refundRate", o => o.RefundRate, (o, v) => o with { RefundRate = v }),
        JsonField.Number<OrderSpec>("taxRate", o => o.TaxRate, (o, v) => o with { TaxRate = v }),
        JsonField.Number<OrderSpec>("shippingFee", o => o.ShippingFee, (o, v) => o with { ShippingFee = v }),
        JsonField.Number<OrderSpec>("freeShippingThreshold", o => o.FreeShippingThreshold, (o, v) => o with { FreeShippingThreshold = v }),
        JsonField.Numbers<OrderSpec>("hourOfDay", o => o.HourOfDay, (o, v) => o with { HourOfDay = v }));

    // A campaign's spend is the shared pattern with its level read and written as the campaign's own dailySpend;
    // the pattern's Level (which generation replaces) is kept as it was.
    private static readonly JsonFields<CampaignSpec> Campaign = new(
        JsonField.String<CampaignSpec>("name", c => c.Name, (c, v) => c with { Name = v }),
        JsonField.Inline<CampaignSpec, PatternSpec>(PatternSpecJson.Fields("dailySpend"), c => c.Pattern with { Level = c.DailySpend },
            (c, v) => c with { DailySpend = v.Level, Pattern = v with { Level = c.Pattern.Level } }));

    private static readonly JsonFields<AdPlatformSpec> Platform = new(
        JsonField.Array<AdPlatformSpec, CampaignSpec>("campaigns", Campaign, () => new CampaignSpec(""), p => p.Campaigns, (p, v) => p with { Campaigns = v }),
        JsonField.Number<AdPlatformSpec>("beta", p => p.Beta, (p, v) => p with { Beta = v }),
        JsonField.Object<AdPlatformSpec, AdstockSpec>("adstock", MediaSpecJson.Adstock, p => p.Adstock, (p, v) => p with { Adstock = v }),
        JsonField.Object<AdPlatformSpec, SaturationSpec>("saturation", MediaSpecJson.Saturation, p => p.Saturation, (p, v) => p with { Saturation = v }),
        JsonField.Number<AdPlatformSpec>("cpm", p => p.Cpm, (p, v) => p with { Cpm = v }),
        JsonField.Number<AdPlatformSpec>("ctr", p => p.Ctr, (p, v) => p with { Ctr = v }),
        JsonField.Number<AdPlatformSpec>("conversionRate", p => p.ConversionRate, (p, v) => p with { ConversionRate = v }),
        JsonField.Integer<AdPlatformSpec>("attributionWindowDays", p => p.AttributionWindowDays, (p, v) => p with { AttributionWindowDays = v }),
        JsonField.Number<AdPlatformSpec>("deliveryNoise", p => p.DeliveryNoise, (p, v) => p with { DeliveryNoise = v }));

    private static readonly JsonFields<EmailSpec> Email = new(
        JsonField.Number<EmailSpec>("sendProbability", m => m.SendProbability, (m, v) => m with { SendProbability = v }),
        JsonField.Integer<EmailSpec>("listSize", m => m.ListSize, (m, v) => m with { ListSize = v }),
        JsonField.Number<EmailSpec>("deliveryRate", m => m.DeliveryRate, (m, v) => m with { DeliveryRate = v }),
        JsonField.Number<EmailSpec>("openRate", m => m.OpenRate, (m, v) => m with { OpenRate = v }),
        JsonField.Number<EmailSpec>("clickRate", m => m.ClickRate, (m, v) => m with { ClickRate = v }),
        JsonField.Number<EmailSpec>("orderRate", m => m.OrderRate, (m, v) => m with { OrderRate = v }),
        JsonField.Number<EmailSpec>("beta", m => m.Beta, (m, v) => m with { Beta = v }),
        JsonField.Number<EmailSpec>("carryover", m => m.Carryover, (m, v) => m with { Carryover = v }));

    private static readonly JsonFields<TenantSpec> Tenant = new(
        JsonField.String<TenantSpec>("name", t => t.Name, (t, v) => t with { Name = v }),
        JsonField.Enum<TenantSpec, CommerceCategory>("category", EnumTexts.CommerceCategories, t => t.Category, (t, v) => t with { Category = v }),
        JsonField.Number<TenantSpec>("baseRevenue", t => t.BaseRevenue, (t, v) => t with { BaseRevenue = v }),
        JsonField.Number<TenantSpec>("temperatureElasticity", t => t.TemperatureElasticity, (t, v) => t with { TemperatureElasticity = v }),
        JsonField.Number<TenantSpec>("precipitationElasticity", t => t.PrecipitationElasticity, (t, v) => t with { PrecipitationElasticity = v }),
        JsonField.Number<TenantSpec>("seasonalAmplitude", t => t.SeasonalAmplitude, (t, v) => t with { SeasonalAmplitude = v }),
        JsonField.Number<TenantSpec>("weekendLift", t => t.WeekendLift, (t, v) => t with { WeekendLift = v }),
        JsonField.Number<TenantSpec>("demandNoiseSd", t => t.DemandNoiseSd, (t, v) => t with { DemandNoiseSd = v }),
        JsonField.Number<TenantSpec>("utcOffsetHours", t => t.UtcOffsetHours, (t, v) => t with { UtcOffsetHours = v }),
        JsonField.String<TenantSpec>("currency", t => t.Currency, (t, v) => t with { Currency = v }),
        JsonField.Object<TenantSpec, WeatherSpec>("weather", Weather, t => t.Weather, (t, v) => t with { Weather = v }),
        JsonField.Object<TenantSpec, OrderSpec>("orders", Orders, t => t.Orders, (t, v) => t with { Orders = v }),
        JsonField.Object<TenantSpec, AdPlatformSpec>("meta", Platform, t => t.Meta, (t, v) => t with { Meta = v }),
        JsonField.Object<TenantSpec, AdPlatformSpec>("google", Platform, t => t.Google, (t, v) => t with { Google = v }),
        JsonField.Object<TenantSpec, EmailSpec>("email", Email, t => t.Email, (t, v) => t with { Email = v }));

    private static readonly JsonFields<CommerceSpec> Spec = new(
        JsonField.UInt64<CommerceSpec>("seed", s => s.Seed, (s, v) => s with { Seed = v }),
        JsonField.Date<CommerceSpec>("startDate", s => s.StartDate, (s, v) => s with { StartDate = v }),
        JsonField.Integer<CommerceSpec>("days", s => s.Days, (s, v) => s with { Days = v }),
        JsonField.Array<CommerceSpec, TenantSpec>("tenants", Tenant, () => new TenantSpec(""), s => s.Tenants, (s, v) => s with { Tenants = v }));
}
