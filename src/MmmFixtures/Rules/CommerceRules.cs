using System.Linq;

namespace MmmFixtures.Rules;

/// <summary>
/// The rule of every numeric field of a commerce spec, and its size caps (see <see cref="FieldRule"/>). The flat
/// per-tenant fields are set by <c>[Tenant(…)]</c> properties, the period by <c>[CommerceDataset(…)]</c>.
/// </summary>
internal static class CommerceRules
{
    /// <summary>The longest period, in days (ten years).</summary>
    public const int MaxDays = 3_660;

    private static readonly ValueRange Elasticity = ValueRange.Closed(-2, 2);
    private static readonly ValueRange Rate = ValueRange.Closed(0, 1);
    private static readonly ValueRange DayOfYear = ValueRange.Closed(1, 366);

    public static readonly FieldRule Days = new("days", "CommerceDataset.Days", ValueRange.Closed(1, MaxDays), "366",
        "Length of the period in days.", isInteger: true);
    public static readonly FieldRule Tenants = new("tenants", null, ValueRange.Closed(1, 10_000), "4", "Number of tenants (shops).", isInteger: true);
    public static readonly FieldRule TenantDays = new("tenants × days", null, ValueRange.Closed(1, 20_000_000), "1464",
        "Tenant-days of the dataset; capped so a run stays within reach (checked before anything is generated).", isInteger: true);

    public static readonly FieldRule BaseRevenue = new("tenants[].baseRevenue", "Tenant.BaseRevenue", ValueRange.AboveTo(0, 1e9), "5000",
        "Expected daily net revenue with every log-demand term at zero.");
    public static readonly FieldRule TemperatureElasticity = new("tenants[].temperatureElasticity", "Tenant.TemperatureElasticity", Elasticity, "0",
        "e_T: change of ln μ per standard deviation of the temperature anomaly.");
    public static readonly FieldRule PrecipitationElasticity = new("tenants[].precipitationElasticity", "Tenant.PrecipitationElasticity", Elasticity, "0",
        "e_P: change of ln μ per standard deviation of precipitation around its normal.");
    public static readonly FieldRule SeasonalAmplitude = new("tenants[].seasonalAmplitude", "Tenant.SeasonalAmplitude", ValueRange.Closed(0, 2), "0.2",
        "Amplitude (in ln μ) of the category's seasonal curve.");
    public static readonly FieldRule WeekendLift = new("tenants[].weekendLift", "Tenant.WeekendLift", ValueRange.Closed(-0.9, 2), "0.1",
        "Relative lift of Saturdays and Sundays (weekday term ln(1 + lift)).");
    public static readonly FieldRule DemandNoiseSd = new("tenants[].demandNoiseSd", "Tenant.DemandNoiseSd", ValueRange.Closed(0, 1), "0.05",
        "σ_ε: standard deviation of the daily log-demand noise.");
    public static readonly FieldRule UtcOffsetHours = new("tenants[].utcOffsetHours", "Tenant.UtcOffsetHours", ValueRange.Closed(-12, 14), "0",
        "Fixed offset of the shop's time zone from UTC, in hours.");

    public static readonly FieldRule MeanTemperature = new("tenants[].weather.meanTemperature", "Tenant.MeanTemperature", ValueRange.Closed(-60, 60), "12",
        "Annual mean of the daily mean temperature, °C.");
    public static readonly FieldRule TemperatureAmplitude = new("tenants[].weather.temperatureAmplitude", "Tenant.TemperatureAmplitude", ValueRange.Closed(0, 40), "10",
        "Half the difference between the warmest and coldest normal day, °C.");
    public static readonly FieldRule WarmestDay = new("tenants[].weather.warmestDay", "Tenant.WarmestDay", DayOfYear, "200",
        "Day of the year of the warmest normal day.", isInteger: true);
    public static readonly FieldRule TemperatureAnomalySd = new("tenants[].weather.temperatureAnomalySd", "Tenant.TemperatureAnomalySd", ValueRange.AboveTo(0, 20), "3",
        "σ_T: stationary standard deviation of the temperature anomaly, °C (zT divides by it).");
    public static readonly FieldRule TemperaturePersistence = new("tenants[].weather.temperaturePersistence", "Tenant.TemperaturePersistence", ValueRange.FromBelow(0, 1), "0.6",
        "φ: lag-1 autocorrelation of the temperature anomaly.");
    public static readonly FieldRule DiurnalRange = new("tenants[].weather.diurnalRange", "Tenant.DiurnalRange", ValueRange.Closed(0, 40), "9",
        "Mean difference between the day's maximum and minimum, °C.");
    public static readonly FieldRule WetAfterDry = new("tenants[].weather.wetAfterDry", "Tenant.WetAfterDry", ValueRange.Open(0, 1), "0.25",
        "P(wet | previous day dry); above 0 so that rain occurs and zP is defined.");
    public static readonly FieldRule WetAfterWet = new("tenants[].weather.wetAfterWet", "Tenant.WetAfterWet", ValueRange.FromBelow(0, 1), "0.6",
        "P(wet | previous day wet).");
    public static readonly FieldRule RainSeasonality = new("tenants[].weather.rainSeasonality", null, Rate, "0",
        "Relative seasonal swing of both wet probabilities (0 = not seasonal).");
    public static readonly FieldRule WettestDay = new("tenants[].weather.wettestDay", null, DayOfYear, "330",
        "Day of the year when wet days are likeliest.", isInteger: true);
    public static readonly FieldRule RainShape = new("tenants[].weather.rainShape", "Tenant.RainShape", ValueRange.Closed(0.1, 10), "0.75",
        "Shape of the gamma law of a wet day's amount.");
    public static readonly FieldRule RainMeanMm = new("tenants[].weather.rainMeanMm", "Tenant.RainMeanMm", ValueRange.AboveTo(0, 500), "6",
        "Mean amount of a wet day, mm.");
    public static readonly FieldRule Anomalies = new("tenants[].weather.anomalies", null, ValueRange.Closed(0, 1_000), "0",
        "Number of injected weather events.", isInteger: true);
    public static readonly FieldRule AnomalyDays = new("tenants[].weather.anomalies[].days", null, ValueRange.Closed(1, MaxDays), "1",
        "Number of days of a weather event (a storm lasts one).", isInteger: true);
    public static readonly FieldRule AnomalyMagnitude = new("tenants[].weather.anomalies[].magnitude", null, ValueRange.Closed(-50, 1_000), "0",
        "°C added (heatwave > 0, cold snap < 0, at most 50 either way) or mm of rain (storm > 0).");

    public static readonly FieldRule AverageOrderValue = new("tenants[].orders.averageOrderValue", "Tenant.AverageOrderValue", ValueRange.AboveTo(0, 1e6), "80",
        "Intended average net order value (the exact AOV is truth).");
    public static readonly FieldRule OrdersPerDay = new("tenants[].baseRevenue ÷ orders.averageOrderValue", null, ValueRange.Closed(0, 100_000), "62.5",
        "Expected orders of a day at base demand; capped so a tenant-day stays within reach.");
    public static readonly FieldRule Products = new("tenants[].orders.products", null, ValueRange.Closed(1, 100_000), "40",
        "Number of products in the catalog.", isInteger: true);
    public static readonly FieldRule PriceSigma = new("tenants[].orders.priceSigma", null, ValueRange.Closed(0, 3), "0.6",
        "σ of the log of catalog prices.");
    public static readonly FieldRule LineItemsMean = new("tenants[].orders.lineItemsMean", null, ValueRange.Closed(1, 100), "1.6",
        "Mean line items per order (at most maxLineItems).");
    public static readonly FieldRule MaxLineItems = new("tenants[].orders.maxLineItems", null, ValueRange.Closed(1, 100), "6",
        "Most line items in one order.", isInteger: true);
    public static readonly FieldRule QuantityMean = new("tenants[].orders.quantityMean", null, ValueRange.Closed(1, 1_000), "1.2",
        "Mean quantity of a line item (at most maxQuantity).");
    public static readonly FieldRule MaxQuantity = new("tenants[].orders.maxQuantity", null, ValueRange.Closed(1, 1_000), "5",
        "Largest quantity of one line item.", isInteger: true);
    public static readonly FieldRule DiscountRate = new("tenants[].orders.discountRate", null, Rate, "0.15",
        "Share of orders that use a discount code.");
    public static readonly FieldRule DiscountPercent = new("tenants[].orders.discountPercent", null, ValueRange.FromBelow(0, 1), "0.15",
        "Fraction of the line value a discount code takes off.");
    public static readonly FieldRule RefundRate = new("tenants[].orders.refundRate", null, ValueRange.FromBelow(0, 1), "0.03",
        "Share of line items refunded in full.");
    public static readonly FieldRule TaxRate = new("tenants[].orders.taxRate", null, Rate, "0.08",
        "Sales tax as a fraction of the discounted subtotal.");
    public static readonly FieldRule ShippingFee = new("tenants[].orders.shippingFee", null, ValueRange.Closed(0, 10_000), "5.99",
        "Shipping charged on an order below the free-shipping threshold.");
    public static readonly FieldRule FreeShippingThreshold = new("tenants[].orders.freeShippingThreshold", null, ValueRange.Closed(0, 1e9), "75",
        "Discounted subtotal from which shipping is free.");
    public static readonly FieldRule HourOfDayCount = new("tenants[].orders.hourOfDay", null, ValueRange.Closed(24, 24), "24",
        "Number of hour-of-day intensities (one per local hour).", isInteger: true);
    public static readonly FieldRule HourOfDay = new("tenants[].orders.hourOfDay[]", null, ValueRange.Closed(0, 1e6),
        "0.3, 0.2, 0.15, 0.1, 0.1, 0.15, 0.3, 0.5, 0.7, 0.85, 0.95, 1, 1.1, 1.05, 0.95, 0.95, 1, 1.1, 1.3, 1.5, 1.6, 1.4, 1, 0.6",
        "Relative order intensity of a local hour (the curve's sum must be positive).");

    public static readonly AdPlatformRules Meta = new("tenants[].meta", "Meta", betaDefault: "0.1", cpmDefault: "8", ctrDefault: "0.012", conversionRateDefault: "0.02");
    public static readonly AdPlatformRules Google = new("tenants[].google", "Google", betaDefault: "0.08", cpmDefault: "20", ctrDefault: "0.03", conversionRateDefault: "0.03");

    public static readonly FieldRule EmailSendProbability = new("tenants[].email.sendProbability", "Tenant.EmailSendProbability", Rate, "0.2857142857142857",
        "Probability that a day has a campaign send (0 = no e-mail).");
    public static readonly FieldRule ListSize = new("tenants[].email.listSize", null, ValueRange.Closed(0, 100_000_000), "20000",
        "Subscribers a campaign is sent to.", isInteger: true);
    public static readonly FieldRule DeliveryRate = new("tenants[].email.deliveryRate", null, Rate, "0.98", "Share of sends delivered.");
    public static readonly FieldRule OpenRate = new("tenants[].email.openRate", null, Rate, "0.35", "Share of received e-mails opened.");
    public static readonly FieldRule ClickRate = new("tenants[].email.clickRate", null, Rate, "0.08", "Share of opened e-mails clicked.");
    public static readonly FieldRule OrderRate = new("tenants[].email.orderRate", null, Rate, "0.06", "Share of clicks followed by an order the e-mail tool credits.");
    public static readonly FieldRule EmailBeta = new("tenants[].email.beta", "Tenant.EmailBeta", ValueRange.Closed(0, 2), "0.05",
        "β_email: the log-lift of demand on a send day.");
    public static readonly FieldRule EmailCarryover = new("tenants[].email.carryover", null, ValueRange.FromBelow(0, 1), "0.4",
        "Geometric carry-over of the e-mail effect to following days.");

    /// <summary>Every rule of the family.</summary>
    public static readonly FieldRule[] All = new[]
        {
            Days, Tenants, TenantDays, BaseRevenue, TemperatureElasticity, PrecipitationElasticity, SeasonalAmplitude, WeekendLift, DemandNoiseSd, UtcOffsetHours,
            MeanTemperature, TemperatureAmplitude, WarmestDay, TemperatureAnomalySd, TemperaturePersistence, DiurnalRange, WetAfterDry, WetAfterWet,
            RainSeasonality, WettestDay, RainShape, RainMeanMm, Anomalies, AnomalyDays, AnomalyMagnitude,
            AverageOrderValue, OrdersPerDay, Products, PriceSigma, LineItemsMean, MaxLineItems, QuantityMean, MaxQuantity, DiscountRate, DiscountPercent,
            RefundRate, TaxRate, ShippingFee, FreeShippingThreshold, HourOfDayCount, HourOfDay,
        }
        .Concat(Meta.All)
        .Concat(Google.All)
        .Concat(new[] { EmailSendProbability, ListSize, DeliveryRate, OpenRate, ClickRate, OrderRate, EmailBeta, EmailCarryover })
        .ToArray();
}
