using System;
using System.Collections.Generic;
using System.Linq;
using MmmFixtures.Media;
using MmmFixtures.Naming;
using MmmFixtures.Rules;
using MmmFixtures.Series;
using MmmFixtures.Validation;

namespace MmmFixtures.Commerce;

/// <summary>
/// Checks a <see cref="CommerceSpec"/> before anything is generated and reports every problem with its path and
/// allowed range (<c>tenants[1].weather.wetAfterWet = 1.2: must be in [0, 1)</c>). Every range comes from the rule
/// table the source generator also checks at build time; ad platforms are checked by the same media-transform and
/// spend-pattern checks as MMM channels.
/// </summary>
public static class CommerceSpecValidator
{
    /// <summary>The longest period, in days.</summary>
    public const int MaxDays = CommerceRules.MaxDays;

    /// <summary>All problems of <paramref name="spec"/> (empty when it is valid; at most the first 1 000).</summary>
    public static IReadOnlyList<SpecError> Validate(CommerceSpec spec) => Collect(spec).Errors;

    /// <summary>Throws a <see cref="SpecValidationException"/> listing every problem, if there are any.</summary>
    public static void ThrowIfInvalid(CommerceSpec spec) => Collect(spec).ThrowIfInvalid("commerce spec");

    private static SpecErrorCollector Collect(CommerceSpec spec)
    {
        if (spec is null) throw new ArgumentNullException(nameof(spec));
        var e = new SpecErrorCollector();
        bool days = e.Check(CommerceRules.Days, spec.Days);
        e.Require(spec.StartDate.TimeOfDay == TimeSpan.Zero, "startDate", spec.StartDate.ToString("s"), "must be a date (midnight)");
        bool calendar = e.Require(CalendarRules.Contains(spec.StartDate), "startDate", CalendarRules.Text(spec.StartDate), CalendarRules.DateRequirement)
            && days && e.Require(CalendarRules.SpanFits(spec.StartDate, spec.Days), "days", spec.Days,
                CalendarRules.SpanRequirement($"the period from {CalendarRules.Text(spec.StartDate)}"));
        if (!e.CheckCount(CommerceRules.Tenants, spec.Tenants?.Count, "tenant", "tenants")) return e;
        var tenants = spec.Tenants!;
        e.CheckSize(CommerceRules.TenantDays, CommerceCrossRules.TenantDays(tenants.Count, Math.Max(0, spec.Days)));
        var names = NameCollision.Problems(tenants.Select(t => t?.Name).ToArray(), "tenants");
        for (int t = 0; t < tenants.Count; t++)
        {
            if (!e.Require(tenants[t] is not null, $"tenants[{t}]", null, "must be a tenant")) continue;
            if (names.TryGetValue(t, out string? problem)) e.Add($"tenants[{t}].name", tenants[t].Name, problem);
            else e.Require(!CommerceCrossRules.IsReservedFolder(tenants[t].Name), $"tenants[{t}].name", tenants[t].Name, CommerceCrossRules.ReservedFolderRequirement);
            int before = e.Count;
            ValidateTenant(spec, tenants[t], t, calendar, e);
            // The busiest day's orders follow from every field of the tenant, so only a valid tenant has a meaningful bound.
            if (calendar && e.Count == before) PeakOrdersValidator.Check(spec, t, e);
        }
        return e;
    }

    // calendar: the start date and the number of days are valid and the period fits the calendar, so its end can be computed.
    private static void ValidateTenant(CommerceSpec spec, TenantSpec tenant, int t, bool calendar, SpecErrorCollector e)
    {
        string path = $"tenants[{t}]";
        e.Check(CommerceRules.BaseRevenue, tenant.BaseRevenue, t);
        e.Check(CommerceRules.TemperatureElasticity, tenant.TemperatureElasticity, t);
        e.Check(CommerceRules.PrecipitationElasticity, tenant.PrecipitationElasticity, t);
        e.Check(CommerceRules.SeasonalAmplitude, tenant.SeasonalAmplitude, t);
        e.Check(CommerceRules.WeekendLift, tenant.WeekendLift, t);
        e.Check(CommerceRules.DemandNoiseSd, tenant.DemandNoiseSd, t);
        e.Check(CommerceRules.UtcOffsetHours, tenant.UtcOffsetHours, t);
        e.Require(CommerceCrossRules.IsCurrency(tenant.Currency), $"{path}.currency", tenant.Currency, CommerceCrossRules.CurrencyRequirement);
        if (Present(tenant.Weather, $"{path}.weather", e)) ValidateWeather(spec, tenant.Weather, t, calendar, e);
        if (Present(tenant.Orders, $"{path}.orders", e)) ValidateOrders(tenant, t, e);
        if (Present(tenant.Meta, $"{path}.meta", e)) ValidatePlatform(spec, tenant.Meta, CommerceRules.Meta, $"{path}.meta", t, e);
        if (Present(tenant.Google, $"{path}.google", e)) ValidatePlatform(spec, tenant.Google, CommerceRules.Google, $"{path}.google", t, e);
        if (Present(tenant.Email, $"{path}.email", e)) ValidateEmail(tenant.Email, t, e);
    }

    private static bool Present(object? part, string path, SpecErrorCollector e) => e.Require(part is not null, path, null, "must be given");

    private static void ValidateWeather(CommerceSpec spec, WeatherSpec w, int t, bool calendar, SpecErrorCollector e)
    {
        e.Check(CommerceRules.MeanTemperature, w.MeanTemperature, t);
        e.Check(CommerceRules.TemperatureAmplitude, w.TemperatureAmplitude, t);
        e.Check(CommerceRules.WarmestDay, w.WarmestDay, t);
        e.Check(CommerceRules.TemperatureAnomalySd, w.TemperatureAnomalySd, t);
        e.Check(CommerceRules.TemperaturePersistence, w.TemperaturePersistence, t);
        e.Check(CommerceRules.DiurnalRange, w.DiurnalRange, t);
        e.Check(CommerceRules.WetAfterDry, w.WetAfterDry, t);
        e.Check(CommerceRules.WetAfterWet, w.WetAfterWet, t);
        e.Check(CommerceRules.RainSeasonality, w.RainSeasonality, t);
        e.Check(CommerceRules.WettestDay, w.WettestDay, t);
        e.Check(CommerceRules.RainShape, w.RainShape, t);
        e.Check(CommerceRules.RainMeanMm, w.RainMeanMm, t);
        if (!e.CheckCount(CommerceRules.Anomalies, w.Anomalies?.Count, "anomaly", "anomalies", t)) return;
        for (int i = 0; i < w.Anomalies!.Count; i++)
        {
            if (e.Require(w.Anomalies[i] is not null, $"tenants[{t}].weather.anomalies[{i}]", null, "must be an anomaly"))
                ValidateAnomaly(spec, w.Anomalies[i], t, i, calendar, e);
        }
    }

    private static void ValidateAnomaly(CommerceSpec spec, WeatherAnomalySpec a, int t, int i, bool calendar, SpecErrorCollector e)
    {
        var rule = CommerceRules.AnomalyMagnitude;
        bool days = e.Check(CommerceRules.AnomalyDays, a.Days, t, i);
        if (a.Kind == WeatherAnomalyKind.Storm && days) e.Check(CommerceRules.AnomalyDays, ValueRange.Closed(1, 1), a.Days, t, i);
        if (e.Check(rule, a.Magnitude, t, i))
        {
            var range = a.Kind switch
            {
                WeatherAnomalyKind.Heatwave => ValueRange.AboveTo(0, CommerceCrossRules.MaxTemperatureShift),
                WeatherAnomalyKind.ColdSnap => new ValueRange(-CommerceCrossRules.MaxTemperatureShift, 0, maxInclusive: false),
                _ => rule.Range.WithMin(0, inclusive: false),
            };
            e.Check(rule, range, a.Magnitude, t, i);
        }
        if (calendar && days)
            e.Require(CommerceCrossRules.AnomalyDates(a.Start, a.Days, spec.StartDate, spec.EndDate), $"tenants[{t}].weather.anomalies[{i}].start", CalendarRules.Text(a.Start));
    }

    private static void ValidateOrders(TenantSpec tenant, int t, SpecErrorCollector e)
    {
        var o = tenant.Orders;
        if (e.Check(CommerceRules.AverageOrderValue, o.AverageOrderValue, t) && CommerceRules.BaseRevenue.Range.Contains(tenant.BaseRevenue))
            e.Check(CommerceRules.OrdersPerDay, CommerceCrossRules.OrdersPerDay(tenant.BaseRevenue, o.AverageOrderValue), t);
        e.Check(CommerceRules.Products, o.Products, t);
        e.Check(CommerceRules.PriceSigma, o.PriceSigma, t);
        if (e.Check(CommerceRules.MaxLineItems, o.MaxLineItems, t) && e.Check(CommerceRules.LineItemsMean, o.LineItemsMean, t))
            e.Check(CommerceRules.LineItemsMean, CommerceRules.LineItemsMean.Range.WithMax(o.MaxLineItems, inclusive: true), o.LineItemsMean, t);
        if (e.Check(CommerceRules.MaxQuantity, o.MaxQuantity, t) && e.Check(CommerceRules.QuantityMean, o.QuantityMean, t))
            e.Check(CommerceRules.QuantityMean, CommerceRules.QuantityMean.Range.WithMax(o.MaxQuantity, inclusive: true), o.QuantityMean, t);
        e.Check(CommerceRules.DiscountRate, o.DiscountRate, t);
        e.Check(CommerceRules.DiscountPercent, o.DiscountPercent, t);
        e.Check(CommerceRules.RefundRate, o.RefundRate, t);
        e.Check(CommerceRules.TaxRate, o.TaxRate, t);
        e.Check(CommerceRules.ShippingFee, o.ShippingFee, t);
        e.Check(CommerceRules.FreeShippingThreshold, o.FreeShippingThreshold, t);
        e.CheckCurve(CommerceRules.HourOfDayCount, CommerceRules.HourOfDay, o.HourOfDay, t);
    }

    private static void ValidatePlatform(CommerceSpec spec, AdPlatformSpec p, AdPlatformRules rules, string path, int t, SpecErrorCollector e)
    {
        if (e.CheckCount(rules.Campaigns, p.Campaigns?.Count, "campaign", "campaigns", t))
        {
            var campaigns = p.Campaigns!;
            var names = NameCollision.Problems(campaigns.Select(c => c?.Name).ToArray(), "the platform's campaigns");
            for (int i = 0; i < campaigns.Count; i++)
            {
                string campaign = $"{path}.campaigns[{i}]";
                if (!e.Require(campaigns[i] is not null, campaign, null, "must be a campaign")) continue;
                if (names.TryGetValue(i, out string? problem)) e.Add($"{campaign}.name", campaigns[i].Name, problem);
                if (Present(campaigns[i].Pattern, $"{campaign}.pattern", e))
                    PatternValidation.Check(campaigns[i].Pattern, campaigns[i].DailySpend, rules.Spend, campaign, spec.Days, e, t, i);
            }
        }
        e.Check(rules.Beta, p.Beta, t);
        if (Present(p.Adstock, $"{path}.adstock", e) && Present(p.Saturation, $"{path}.saturation", e))
            MediaTransformValidation.Check(p.Adstock, p.Saturation, rules.Transform, e, t);
        e.Check(rules.Cpm, p.Cpm, t);
        e.Check(rules.Ctr, p.Ctr, t);
        e.Check(rules.ConversionRate, p.ConversionRate, t);
        e.Check(rules.AttributionWindowDays, p.AttributionWindowDays, t);
        e.Check(rules.DeliveryNoise, p.DeliveryNoise, t);
    }

    private static void ValidateEmail(EmailSpec m, int t, SpecErrorCollector e)
    {
        e.Check(CommerceRules.EmailSendProbability, m.SendProbability, t);
        e.Check(CommerceRules.ListSize, m.ListSize, t);
        e.Check(CommerceRules.DeliveryRate, m.DeliveryRate, t);
        e.Check(CommerceRules.OpenRate, m.OpenRate, t);
        e.Check(CommerceRules.ClickRate, m.ClickRate, t);
        e.Check(CommerceRules.OrderRate, m.OrderRate, t);
        e.Check(CommerceRules.EmailBeta, m.Beta, t);
        e.Check(CommerceRules.EmailCarryover, m.Carryover, t);
    }
}
