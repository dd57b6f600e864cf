using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using MmmFixtures.Clickstream;
using MmmFixtures.Commerce;
using MmmFixtures.Media;
using MmmFixtures.Mmm;
using MmmFixtures.Rules;
using MmmFixtures.Series;
using Xunit;

namespace MmmFixtures.Tests.Rules;

public class RuleTableTests
{
    [Fact]
    public void Every_rule_states_the_default_a_default_constructed_record_has()
    {
        var defaults = DefaultValues();
        Assert.Empty(RuleTable.All.Where(r => !defaults.ContainsKey(r)).Select(r => r.Path));
        foreach (var rule in RuleTable.All)
            Assert.True(rule.Default == Text(defaults[rule]), $"{rule.Path}: rule says {rule.Default}, record has {Text(defaults[rule])}");
    }

    [Fact]
    public void Every_default_is_inside_its_own_range()
    {
        foreach (var rule in RuleTable.All)
        {
            var value = DefaultValues()[rule];
            foreach (double v in Numbers(value))
                Assert.True(rule.Range.Contains(v), $"{rule.Path}: default {v} outside {rule.Range}");
        }
    }

    [Fact]
    public void Every_attribute_named_by_a_rule_is_a_property_of_that_attribute_with_the_rule_s_type()
    {
        foreach (var rule in RuleTable.All.Where(r => r.Attribute is not null))
        {
            string[] parts = rule.Attribute!.Split('.');
            var type = typeof(MmmDatasetAttribute).Assembly.GetType($"MmmFixtures.{parts[0]}Attribute");
            Assert.True(type is not null, rule.Attribute);
            var property = type!.GetProperty(parts[1]);
            Assert.True(property is not null, rule.Attribute);
            Assert.Equal(rule.IsInteger, property!.PropertyType == typeof(int));
            Assert.Same(rule, RuleTable.ForAttribute(parts[0], parts[1]));
        }
    }

    [Fact]
    public void Rules_are_found_by_attribute_property()
    {
        Assert.Same(MmmRules.Transform.AdstockAlpha, RuleTable.ForAttribute("Channel", "AdstockAlpha"));
        Assert.Same(MmmRules.ControlValue.Level, RuleTable.ForAttribute("Control", "BaseValue"));
        Assert.Same(ClickstreamRules.PriceMedian, RuleTable.ForAttribute("Category", "PriceMedian"));
        Assert.Null(RuleTable.ForAttribute("Channel", "Name"));
    }

    [Fact]
    public void Paths_are_unique_and_fill_in_list_indices()
    {
        foreach (var family in new[] { MmmRules.All, ClickstreamRules.All, CommerceRules.All })
            Assert.Equal(family.Length, family.Select(r => r.Path).Distinct().Count());
        // A path two families share ("days") is looked up once by the JSON reader's messages, so its range must agree.
        foreach (var shared in RuleTable.All.GroupBy(r => r.Path).Where(g => g.Count() > 1))
            Assert.Single(shared.Select(r => r.Range.ToString()).Distinct());
        Assert.Equal("tenants[1].meta.campaigns[2].dailySpend", CommerceRules.Meta.Spend.Level.PathAt(1, 2));
        Assert.Equal("channels[2].adstock.alpha", MmmRules.Transform.AdstockAlpha.PathAt(2));
        Assert.Equal("catalog.categories[0].maxPrice", ClickstreamRules.MaxPrice.PathAt(0));
    }

    private static IEnumerable<double> Numbers(object? value) => value switch
    {
        null => Enumerable.Empty<double>(),
        IEnumerable<double> list => list,
        int i => new double[] { i },
        long l => new double[] { l },
        double d => new[] { d },
        _ => throw new System.ArgumentException(value.ToString()),
    };

    private static string Text(object? value) => value switch
    {
        null => "none",
        IEnumerable<double> list => string.Join(", ", list.Select(v => v.ToString("R", CultureInfo.InvariantCulture))),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        System.IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString()!,
    };

    private static Dictionary<FieldRule, object?> DefaultValues()
    {
        var mmm = new MmmSpec();
        var channel = new ChannelSpec();
        var control = new ControlSpec();
        var ev = new EventSpec();
        var cs = new ClickstreamSpec();
        var category = new CategorySpec("c");
        var persona = new PersonaSpec("P");
        var values = new Dictionary<FieldRule, object?>
        {
            [MmmRules.Periods] = mmm.Periods,
            [MmmRules.Geos] = mmm.Geos.Count,
            [MmmRules.Cells] = (long)mmm.Periods * mmm.Geos.Count,
            [MmmRules.SeriesCells] = (long)mmm.Periods * mmm.Geos.Count * (mmm.Channels.Count + mmm.Controls.Count + mmm.Events.Count + 1),
            [MmmRules.Population] = mmm.Geos[0].Population,
            [MmmRules.RevenuePerKpi] = mmm.RevenuePerKpi,
            [MmmRules.BaseSales] = mmm.Baseline.BaseSales,
            [MmmRules.SalesTrend] = mmm.Baseline.SalesTrend,
            [MmmRules.SeasonalityOrder] = mmm.Baseline.SeasonalityOrder,
            [MmmRules.SeasonalAmplitude] = mmm.Baseline.SeasonalAmplitude,
            [MmmRules.HierarchyBeta] = mmm.Hierarchy.Beta,
            [MmmRules.HierarchyAlpha] = mmm.Hierarchy.Alpha,
            [MmmRules.HierarchyHalfSaturation] = mmm.Hierarchy.HalfSaturation,
            [MmmRules.HierarchyBaseline] = mmm.Hierarchy.Baseline,
            [MmmRules.NoiseSd] = mmm.NoiseSd,
            [MmmRules.Channels] = mmm.Channels.Count,
            [MmmRules.UnitCost] = channel.UnitCost,
            [MmmRules.CostNoise] = channel.CostNoise,
            [MmmRules.Beta] = channel.Beta,
            [MmmRules.TargetRoas] = channel.TargetRoas,
            [MmmRules.Controls] = mmm.Controls.Count,
            [MmmRules.ControlEffect] = control.Effect,
            [MmmRules.Events] = mmm.Events.Count,
            [MmmRules.EventDates] = ev.Dates.Count,
            [MmmRules.EventEffect] = ev.Effect,
            [MmmRules.Recurrence.ActivationProbability] = EventSpec.DefaultRecurrence.ActivationProbability,
            [MmmRules.Recurrence.MinActivePeriods] = EventSpec.DefaultRecurrence.MinActivePeriods,
            [MmmRules.Recurrence.MaxActivePeriods] = EventSpec.DefaultRecurrence.MaxActivePeriods,

            [ClickstreamRules.Days] = cs.Days,
            [ClickstreamRules.Users] = cs.Users,
            [ClickstreamRules.UserDays] = (long)cs.Users * cs.Days,
            [ClickstreamRules.RegistrationLeadDays] = cs.RegistrationLeadDays,
            [ClickstreamRules.Items] = cs.Catalog.Items,
            [ClickstreamRules.PopularityExponent] = cs.Catalog.PopularityExponent,
            [ClickstreamRules.NewItemShare] = cs.Catalog.NewItemShare,
            [ClickstreamRules.Categories] = cs.Catalog.Categories.Count,
            [ClickstreamRules.Weight] = category.Weight,
            [ClickstreamRules.PriceMedian] = category.PriceMedian,
            [ClickstreamRules.PriceSigma] = category.PriceSigma,
            [ClickstreamRules.MinPrice] = category.MinPrice,
            [ClickstreamRules.MaxPrice] = category.MaxPrice,
            [ClickstreamRules.DiscountProbability] = category.DiscountProbability,
            [ClickstreamRules.MinDiscount] = category.MinDiscount,
            [ClickstreamRules.MaxDiscount] = category.MaxDiscount,
            [ClickstreamRules.Personas] = cs.Personas.Count,
            [ClickstreamRules.Share] = persona.Share,
            [ClickstreamRules.SessionsPerWeek] = persona.SessionsPerWeek,
            [ClickstreamRules.PurchaseRate] = persona.PurchaseRate,
            [ClickstreamRules.ViewsPerSession] = persona.ViewsPerSession,
            [ClickstreamRules.ScrollRate] = persona.ScrollRate,
            [ClickstreamRules.CartRate] = persona.CartRate,
            [ClickstreamRules.RemoveRate] = persona.RemoveRate,
            [ClickstreamRules.AffinityConcentration] = persona.AffinityConcentration,
            [ClickstreamRules.HourOfDayCount] = cs.Activity.HourOfDay.Count,
            [ClickstreamRules.HourOfDay] = cs.Activity.HourOfDay,
            [ClickstreamRules.DayOfWeekCount] = cs.Activity.DayOfWeek.Count,
            [ClickstreamRules.DayOfWeek] = cs.Activity.DayOfWeek,
            [ClickstreamRules.GapMedianSeconds] = cs.Activity.GapMedianSeconds,
            [ClickstreamRules.GapSigma] = cs.Activity.GapSigma,
            [ClickstreamRules.IdleTimeoutMinutes] = cs.Activity.IdleTimeoutMinutes,
            [ClickstreamRules.DuplicateEventRate] = cs.Defects.DuplicateEventRate,
            [ClickstreamRules.NullCategoryRate] = cs.Defects.NullCategoryRate,
            [ClickstreamRules.LateEventRate] = cs.Defects.LateEventRate,
            [ClickstreamRules.LateEventMaxMinutes] = cs.Defects.LateEventMaxMinutes,
            [ClickstreamRules.BotUserShare] = cs.Defects.BotUserShare,
        };
        AddPattern(values, MmmRules.Spend, channel.Spend);
        AddTransform(values, MmmRules.Transform, channel.Adstock, channel.Saturation);
        AddPattern(values, MmmRules.ControlValue, control.Value);
        AddCommerce(values);
        return values;
    }

    private static void AddCommerce(Dictionary<FieldRule, object?> values)
    {
        var spec = new CommerceSpec();
        var tenant = new TenantSpec("T");
        var weather = tenant.Weather;
        var anomaly = new WeatherAnomalySpec(WeatherAnomalyKind.Heatwave, spec.StartDate);
        var orders = tenant.Orders;
        var email = tenant.Email;
        values[CommerceRules.Days] = spec.Days;
        values[CommerceRules.Tenants] = spec.Tenants.Count;
        values[CommerceRules.TenantDays] = (long)spec.Tenants.Count * spec.Days;
        values[CommerceRules.BaseRevenue] = tenant.BaseRevenue;
        values[CommerceRules.TemperatureElasticity] = tenant.TemperatureElasticity;
        values[CommerceRules.PrecipitationElasticity] = tenant.PrecipitationElasticity;
        values[CommerceRules.SeasonalAmplitude] = tenant.SeasonalAmplitude;
        values[CommerceRules.WeekendLift] = tenant.WeekendLift;
        values[CommerceRules.DemandNoiseSd] = tenant.DemandNoiseSd;
        values[CommerceRules.UtcOffsetHours] = tenant.UtcOffsetHours;
        values[CommerceRules.MeanTemperature] = weather.MeanTemperature;
        values[CommerceRules.TemperatureAmplitude] = weather.TemperatureAmplitude;
        values[CommerceRules.WarmestDay] = weather.WarmestDay;
        values[CommerceRules.TemperatureAnomalySd] = weather.TemperatureAnomalySd;
        values[CommerceRules.TemperaturePersistence] = weather.TemperaturePersistence;
        values[CommerceRules.DiurnalRange] = weather.DiurnalRange;
        values[CommerceRules.WetAfterDry] = weather.WetAfterDry;
        values[CommerceRules.WetAfterWet] = weather.WetAfterWet;
        values[CommerceRules.RainSeasonality] = weather.RainSeasonality;
        values[CommerceRules.WettestDay] = weather.WettestDay;
        values[CommerceRules.RainShape] = weather.RainShape;
        values[CommerceRules.RainMeanMm] = weather.RainMeanMm;
        values[CommerceRules.Anomalies] = weather.Anomalies.Count;
        values[CommerceRules.AnomalyDays] = anomaly.Days;
        values[CommerceRules.AnomalyMagnitude] = anomaly.Magnitude;
        values[CommerceRules.AverageOrderValue] = orders.AverageOrderValue;
        values[CommerceRules.OrdersPerDay] = tenant.BaseRevenue / orders.AverageOrderValue;
        values[CommerceRules.Products] = orders.Products;
        values[CommerceRules.PriceSigma] = orders.PriceSigma;
        values[CommerceRules.LineItemsMean] = orders.LineItemsMean;
        values[CommerceRules.MaxLineItems] = orders.MaxLineItems;
        values[CommerceRules.QuantityMean] = orders.QuantityMean;
        values[CommerceRules.MaxQuantity] = orders.MaxQuantity;
        values[CommerceRules.DiscountRate] = orders.DiscountRate;
        values[CommerceRules.DiscountPercent] = orders.DiscountPercent;
        values[CommerceRules.RefundRate] = orders.RefundRate;
        values[CommerceRules.TaxRate] = orders.TaxRate;
        values[CommerceRules.ShippingFee] = orders.ShippingFee;
        values[CommerceRules.FreeShippingThreshold] = orders.FreeShippingThreshold;
        values[CommerceRules.HourOfDayCount] = orders.HourOfDay.Count;
        values[CommerceRules.HourOfDay] = orders.HourOfDay;
        AddPlatform(values, CommerceRules.Meta, tenant.Meta);
        AddPlatform(values, CommerceRules.Google, tenant.Google);
        values[CommerceRules.EmailSendProbability] = email.SendProbability;
        values[CommerceRules.ListSize] = email.ListSize;
        values[CommerceRules.DeliveryRate] = email.DeliveryRate;
        values[CommerceRules.OpenRate] = email.OpenRate;
        values[CommerceRules.ClickRate] = email.ClickRate;
        values[CommerceRules.OrderRate] = email.OrderRate;
        values[CommerceRules.EmailBeta] = email.Beta;
        values[CommerceRules.EmailCarryover] = email.Carryover;
    }

    private static void AddPlatform(Dictionary<FieldRule, object?> values, AdPlatformRules rules, AdPlatformSpec platform)
    {
        var campaign = new CampaignSpec("C");
        values[rules.Campaigns] = platform.Campaigns.Count;
        AddPattern(values, rules.Spend, campaign.Pattern);
        values[rules.Spend.Level] = campaign.DailySpend; // a campaign's level is its own dailySpend
        values[rules.Beta] = platform.Beta;
        AddTransform(values, rules.Transform, platform.Adstock, platform.Saturation);
        values[rules.Cpm] = platform.Cpm;
        values[rules.Ctr] = platform.Ctr;
        values[rules.ConversionRate] = platform.ConversionRate;
        values[rules.AttributionWindowDays] = platform.AttributionWindowDays;
        values[rules.DeliveryNoise] = platform.DeliveryNoise;
    }

    private static void AddTransform(Dictionary<FieldRule, object?> values, MediaTransformRules rules, AdstockSpec adstock, SaturationSpec saturation)
    {
        values[rules.AdstockAlpha] = adstock.Alpha;
        values[rules.AdstockTheta] = adstock.Theta;
        values[rules.WeibullShape] = adstock.Shape;
        values[rules.WeibullScale] = adstock.Scale;
        values[rules.MaxLag] = adstock.MaxLag;
        values[rules.HalfSaturation] = saturation.HalfSaturation;
        values[rules.Slope] = saturation.Slope;
        values[rules.Lambda] = saturation.Lambda;
        values[rules.TanhScale] = saturation.TanhScale;
    }

    private static void AddPattern(Dictionary<FieldRule, object?> values, PatternRules rules, PatternSpec p)
    {
        values[rules.Level] = p.Level;
        values[rules.Trend] = p.Trend;
        values[rules.SeasonalAmplitude] = p.SeasonalAmplitude;
        values[rules.PeakDayOfYear] = p.PeakDayOfYear;
        values[rules.StartPeriod] = p.StartPeriod;
        values[rules.RampUpPeriods] = p.RampUpPeriods;
        values[rules.EndPeriod] = p.EndPeriod;
        values[rules.Bursts.ActivationProbability] = p.ActivationProbability;
        values[rules.Bursts.MinActivePeriods] = p.MinActivePeriods;
        values[rules.Bursts.MaxActivePeriods] = p.MaxActivePeriods;
        values[rules.Autocorrelation] = p.Autocorrelation;
        values[rules.Volatility] = p.Volatility;
    }
}
