using MmmFixtures.Commerce;
using MmmFixtures.Media;
using MmmFixtures.Series;
using MmmFixtures.Validation;

namespace MmmFixtures.Tests.Commerce.Spec;

public class CommerceSpecValidatorTests
{
    private static readonly CommerceSpec Valid = CommercePresets.Small;

    private static CommerceSpec WithTenant(Func<TenantSpec, TenantSpec> change) => Valid with { Tenants = new[] { change(Valid.Tenants[0]) } };

    private static CommerceSpec WithWeather(Func<WeatherSpec, WeatherSpec> change) => WithTenant(t => t with { Weather = change(t.Weather) });

    private static CommerceSpec WithOrders(Func<OrderSpec, OrderSpec> change) => WithTenant(t => t with { Orders = change(t.Orders) });

    private static CommerceSpec WithAnomaly(WeatherAnomalyKind kind, DateTime start, int days, double magnitude) =>
        WithWeather(w => w with { Anomalies = new[] { new WeatherAnomalySpec(kind, start) { Days = days, Magnitude = magnitude } } });

    private static CommerceSpec WithMetaCampaigns(params CampaignSpec[] campaigns) =>
        WithTenant(t => t with { Meta = t.Meta with { Campaigns = campaigns } });

    public static TheoryData<string, Func<CommerceSpec>, string> Cases => new()
    {
        { "days", () => Valid with { Days = 0 }, "days = 0: must be in [1, 3660]" },
        { "too many days", () => Valid with { Days = 3_661 }, "days = 3661: must be in [1, 3660]" },
        { "start before the calendar", () => Valid with { StartDate = new DateTime(1899, 12, 31) }, "startDate = 1899-12-31: must be in [1900-01-01, 2200-12-31]" },
        { "period past the calendar", () => Valid with { StartDate = new DateTime(2200, 12, 1) }, "days = 90: the period from 2200-12-01 must end by 2200-12-31" },
        { "start with a time", () => Valid with { StartDate = new DateTime(2024, 1, 1, 6, 0, 0) }, "startDate = 2024-01-01T06:00:00: must be a date (midnight)" },
        { "no tenants", () => Valid with { Tenants = Array.Empty<TenantSpec>() }, "tenants = 0: must have at least one tenant" },
        { "tenant-days", () => Valid with { Days = 3_000, Tenants = Enumerable.Range(0, 7_000).Select(i => Valid.Tenants[0] with { Name = $"t{i}" }).ToArray() },
            "tenants × days = 21000000: must be at most 20000000" },
        { "tenant name", () => WithTenant(t => t with { Name = "my shop" }), "tenants[0].name = my shop: must be an identifier" },
        { "duplicate tenant", () => Valid with { Tenants = new[] { Valid.Tenants[0], Valid.Tenants[0] } }, "tenants[1].name = demo_tenant_1: must be unique among tenants" },
        { "tenant snake clash", () => Valid with { Tenants = new[] { Valid.Tenants[0] with { Name = "BigShop" }, Valid.Tenants[0] with { Name = "Big_Shop" } } },
            "tenants[1].name = Big_Shop: must be unique among tenants (its column 'big_shop' is also 'BigShop''s)" },
        { "tenant named like a layout folder", () => WithTenant(t => t with { Name = "Shopify" }),
            "tenants[0].name = Shopify: must not be the name of a folder the export writes beside the tenants' folders, ignoring case: a layout's (shopify, fivetran, google-ads, klaviyo, open-meteo)" },
        { "elasticity", () => WithTenant(t => t with { TemperatureElasticity = 2.5 }), "tenants[0].temperatureElasticity = 2.5: must be in [-2, 2]" },
        { "base revenue", () => WithTenant(t => t with { BaseRevenue = 0 }), "tenants[0].baseRevenue = 0: must be in (0, 1000000000]" },
        { "utc offset", () => WithTenant(t => t with { UtcOffsetHours = 15 }), "tenants[0].utcOffsetHours = 15: must be in [-12, 14]" },
        { "currency", () => WithTenant(t => t with { Currency = "usd" }), "tenants[0].currency = usd: must be an ISO 4217 code: three upper-case letters" },
        { "wet after wet", () => WithWeather(w => w with { WetAfterWet = 1 }), "tenants[0].weather.wetAfterWet = 1: must be in [0, 1)" },
        { "never rains", () => WithWeather(w => w with { WetAfterDry = 0 }), "tenants[0].weather.wetAfterDry = 0: must be in (0, 1)" },
        { "persistence", () => WithWeather(w => w with { TemperaturePersistence = 1 }), "tenants[0].weather.temperaturePersistence = 1: must be in [0, 1)" },
        { "anomaly sd", () => WithWeather(w => w with { TemperatureAnomalySd = 0 }), "tenants[0].weather.temperatureAnomalySd = 0: must be in (0, 20]" },
        { "warmest day", () => WithWeather(w => w with { WarmestDay = 367 }), "tenants[0].weather.warmestDay = 367: must be in [1, 366]" },
        { "anomaly before the period", () => WithAnomaly(WeatherAnomalyKind.Heatwave, new DateTime(2023, 12, 31), 3, 5),
            "tenants[0].weather.anomalies[0].start = 2023-12-31: must fall inside the period [2024-01-01, 2024-03-31) with all its days" },
        { "anomaly running past the end", () => WithAnomaly(WeatherAnomalyKind.ColdSnap, new DateTime(2024, 3, 29), 3, -5),
            "tenants[0].weather.anomalies[0].start = 2024-03-29: must fall inside the period [2024-01-01, 2024-03-31) with all its days" },
        { "anomaly days", () => WithAnomaly(WeatherAnomalyKind.Heatwave, new DateTime(2024, 2, 1), 0, 5), "tenants[0].weather.anomalies[0].days = 0: must be in [1, 3660]" },
        { "long storm", () => WithAnomaly(WeatherAnomalyKind.Storm, new DateTime(2024, 2, 1), 2, 40), "tenants[0].weather.anomalies[0].days = 2: must be in [1, 1]" },
        { "cool heatwave", () => WithAnomaly(WeatherAnomalyKind.Heatwave, new DateTime(2024, 2, 1), 3, -2), "tenants[0].weather.anomalies[0].magnitude = -2: must be in (0, 50]" },
        { "warm cold snap", () => WithAnomaly(WeatherAnomalyKind.ColdSnap, new DateTime(2024, 2, 1), 3, 0), "tenants[0].weather.anomalies[0].magnitude = 0: must be in [-50, 0)" },
        { "dry storm", () => WithAnomaly(WeatherAnomalyKind.Storm, new DateTime(2024, 2, 1), 1, 0), "tenants[0].weather.anomalies[0].magnitude = 0: must be in (0, 1000]" },
        { "hour curve length", () => WithOrders(o => o with { HourOfDay = new double[23] }), "tenants[0].orders.hourOfDay = 23: must have exactly 24 values" },
        { "hour curve entry", () => WithOrders(o => o with { HourOfDay = Enumerable.Repeat(1.0, 23).Append(-1).ToArray() }), "tenants[0].orders.hourOfDay[23] = -1: must be in [0, 1000000]" },
        { "hour curve sum", () => WithOrders(o => o with { HourOfDay = new double[24] }), "tenants[0].orders.hourOfDay: must have a positive sum" },
        { "max line items", () => WithOrders(o => o with { MaxLineItems = 0 }), "tenants[0].orders.maxLineItems = 0: must be in [1, 100]" },
        { "line items above their max", () => WithOrders(o => o with { LineItemsMean = 3, MaxLineItems = 2 }), "tenants[0].orders.lineItemsMean = 3: must be in [1, 2]" },
        { "quantity above its max", () => WithOrders(o => o with { QuantityMean = 4, MaxQuantity = 3 }), "tenants[0].orders.quantityMean = 4: must be in [1, 3]" },
        { "orders per day", () => WithTenant(t => t with { BaseRevenue = 1e8, Orders = t.Orders with { AverageOrderValue = 1 } }),
            "tenants[0].baseRevenue ÷ orders.averageOrderValue = 100000000: must be in [0, 100000]" },
        { "refunds", () => WithOrders(o => o with { RefundRate = 1 }), "tenants[0].orders.refundRate = 1: must be in [0, 1)" },
        { "campaign name", () => WithMetaCampaigns(new CampaignSpec("Summer Sale")), "tenants[0].meta.campaigns[0].name = Summer Sale: must be an identifier" },
        { "duplicate campaign", () => WithMetaCampaigns(new CampaignSpec("Brand"), new CampaignSpec("brand")),
            "tenants[0].meta.campaigns[1].name = brand: must be unique among the platform's campaigns ignoring case (it equals 'Brand')" },
        { "campaign spend", () => WithMetaCampaigns(new CampaignSpec("Brand") { DailySpend = -1 }), "tenants[0].meta.campaigns[0].dailySpend = -1: must be in [0, 10000000]" },
        { "campaign volatility", () => WithMetaCampaigns(new CampaignSpec("Brand") { Pattern = new PatternSpec { Volatility = 2 } }),
            "tenants[0].meta.campaigns[0].volatility = 2: must be in [0, 1]" },
        { "campaign starting after the period", () => WithMetaCampaigns(new CampaignSpec("Late") { Pattern = new PatternSpec { Kind = SpendPattern.DelayedStart, StartPeriod = 90 } }),
            "tenants[0].meta.campaigns[0].startPeriod = 90: must be in [0, 89]" },
        { "campaign bursts", () => WithMetaCampaigns(new CampaignSpec("Flash") { Pattern = new PatternSpec { Kind = SpendPattern.OnOff, MinActivePeriods = 5, MaxActivePeriods = 3 } }),
            "tenants[0].meta.campaigns[0].maxActivePeriods = 3: must be in [5, 100000]" },
        { "too many campaigns", () => WithMetaCampaigns(Enumerable.Range(0, 101).Select(i => new CampaignSpec($"C{i}")).ToArray()), "tenants[0].meta.campaigns = 101: must have at most 100 campaigns" },
        { "platform beta", () => WithTenant(t => t with { Google = t.Google with { Beta = -0.1 } }), "tenants[0].google.beta = -0.1: must be in [0, 2]" },
        { "platform adstock", () => WithTenant(t => t with { Google = t.Google with { Adstock = new AdstockSpec { Alpha = 1 } } }), "tenants[0].google.adstock.alpha = 1: must be in [0, 1)" },
        { "delayed adstock peak", () => WithTenant(t => t with { Meta = t.Meta with { Adstock = new AdstockSpec { Kind = AdstockKind.Delayed, Alpha = 0.5, Theta = 8, MaxLag = 8 } } }),
            "tenants[0].meta.adstock.theta = 8: must be in [0, 7]" },
        { "platform saturation", () => WithTenant(t => t with { Meta = t.Meta with { Saturation = new SaturationSpec { Slope = 0 } } }), "tenants[0].meta.saturation.slope = 0: must be in (0, 20]" },
        { "ctr", () => WithTenant(t => t with { Meta = t.Meta with { Ctr = 0 } }), "tenants[0].meta.ctr = 0: must be in (0, 1]" },
        { "attribution window", () => WithTenant(t => t with { Meta = t.Meta with { AttributionWindowDays = 0 } }), "tenants[0].meta.attributionWindowDays = 0: must be in [1, 90]" },
        { "send probability", () => WithTenant(t => t with { Email = t.Email with { SendProbability = 1.5 } }), "tenants[0].email.sendProbability = 1.5: must be in [0, 1]" },
        { "carry-over", () => WithTenant(t => t with { Email = t.Email with { Carryover = 1 } }), "tenants[0].email.carryover = 1: must be in [0, 1)" },
        { "missing weather", () => WithTenant(t => t with { Weather = null! }), "tenants[0].weather: must be given" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Bad_input_names_the_field_and_its_range(string rule, Func<CommerceSpec> breakIt, string expected)
    {
        Assert.Empty(CommerceSpecValidator.Validate(Valid));
        var spec = breakIt();
        var ex = Assert.Throws<SpecValidationException>(() => CommerceSpecValidator.ThrowIfInvalid(spec));
        Assert.True(ex.Message.Contains(expected, StringComparison.Ordinal), $"{rule}: {ex.Message}");
        Assert.StartsWith("Invalid commerce spec", ex.Message);
        string folder = Path.Combine(Path.GetTempPath(), "mmmf-" + Guid.NewGuid().ToString("N"));
        Assert.Throws<SpecValidationException>(() => CommerceFamily.Instance.Export(spec, folder, new MmmFixtures.Families.DatasetExportOptions()));
        Assert.False(Directory.Exists(folder)); // nothing is written for a spec that is not valid
    }

    [Fact]
    public void A_spec_with_many_bad_fields_lists_every_one_in_one_exception()
    {
        var spec = Valid with
        {
            Days = 0,
            Tenants = new[]
            {
                Valid.Tenants[0] with
                {
                    Name = "1st", BaseRevenue = -5, PrecipitationElasticity = -3, Currency = "",
                    Weather = Valid.Tenants[0].Weather with { WetAfterDry = 1.5, RainShape = 0 },
                    Orders = Valid.Tenants[0].Orders with { Products = 0, TaxRate = 2 },
                    Meta = Valid.Tenants[0].Meta with { Cpm = 0, Saturation = new SaturationSpec { HalfSaturation = -1 } },
                    Email = Valid.Tenants[0].Email with { ListSize = -1 },
                },
                Valid.Tenants[0] with { Google = Valid.Tenants[0].Google with { ConversionRate = 3 } },
            },
        };
        var errors = CommerceSpecValidator.Validate(spec);
        var paths = errors.Select(e => e.Path).ToArray();
        Assert.Equal(new[]
        {
            "days", "tenants[0].name", "tenants[0].baseRevenue", "tenants[0].precipitationElasticity", "tenants[0].currency",
            "tenants[0].weather.wetAfterDry", "tenants[0].weather.rainShape", "tenants[0].orders.products", "tenants[0].orders.taxRate",
            "tenants[0].meta.saturation.halfSaturation", "tenants[0].meta.cpm", "tenants[0].email.listSize", "tenants[1].google.conversionRate",
        }, paths);
        var ex = Assert.Throws<SpecValidationException>(() => CommerceSpecValidator.ThrowIfInvalid(spec));
        Assert.StartsWith($"Invalid commerce spec ({errors.Count} problems):", ex.Message);
        Assert.Contains("tenants[0].weather.rainShape = 0: must be in [0.1, 10]", ex.Message);
        Assert.Contains("tenants[1].google.conversionRate = 3: must be in [0, 1]", ex.Message);
    }

    [Fact]
    public void The_reserved_folder_names_are_exactly_the_exporters_layouts()
    {
        Assert.Equal(CommerceExporter.Layouts.Select(l => l.Name), MmmFixtures.Rules.CommerceCrossRules.LayoutFolders);
    }

    [Fact]
    public void Every_preset_is_valid()
    {
        Assert.Empty(CommerceSpecValidator.Validate(CommercePresets.Default));
        Assert.Empty(CommerceSpecValidator.Validate(CommercePresets.Small));
        Assert.Empty(CommerceSpecValidator.Validate(CommercePresets.Large));
        Assert.Empty(CommerceSpecValidator.Validate(new CommerceSpec()));
    }

    [Fact]
    public void Boundary_values_inside_the_ranges_are_accepted()
    {
        var spec = WithTenant(t => t with
        {
            TemperatureElasticity = -2, PrecipitationElasticity = 2, UtcOffsetHours = 5.75, Currency = "JPY",
            Weather = t.Weather with
            {
                TemperaturePersistence = 0, WetAfterWet = 0, Anomalies = new[]
                {
                    new WeatherAnomalySpec(WeatherAnomalyKind.Heatwave, Valid.StartDate) { Days = 90, Magnitude = 50 },
                    new WeatherAnomalySpec(WeatherAnomalyKind.ColdSnap, Valid.EndDate.AddDays(-1)) { Magnitude = -50 },
                    new WeatherAnomalySpec(WeatherAnomalyKind.Storm, Valid.StartDate) { Magnitude = 1_000 },
                },
            },
            Orders = t.Orders with { LineItemsMean = 6, MaxLineItems = 6 },
            Meta = t.Meta with { Campaigns = Array.Empty<CampaignSpec>() },
            Google = t.Google with { Campaigns = new[] { new CampaignSpec("Brand"), new CampaignSpec("Shopping") } },
            Email = t.Email with { SendProbability = 0 },
        });
        // Each field is inside its range; together (a 90-day heatwave at e_T = −2, a 1 000 mm storm at e_P = 2) they would make
        // the tenant expect ~1e155 orders on a day, which the base revenue's range then refuses.
        Assert.Equal(new[] { "tenants[0].baseRevenue" }, CommerceSpecValidator.Validate(spec).Select(e => e.Path));
        Assert.Empty(CommerceSpecValidator.Validate(spec with { Tenants = new[] { spec.Tenants[0] with { BaseRevenue = 1e-160 } } }));
        // Campaign names are unique per platform: Meta and Google may both have a "Brand".
        var both = WithTenant(t => t with { Meta = t.Meta with { Campaigns = new[] { new CampaignSpec("Brand") } }, Google = t.Google with { Campaigns = new[] { new CampaignSpec("Brand") } } });
        Assert.Empty(CommerceSpecValidator.Validate(both));
    }
}
