using MmmFixtures.Commerce;
using MmmFixtures.Media;
using MmmFixtures.Series;
using MmmFixtures.Validation;

namespace MmmFixtures.Tests.Commerce.Spec;

public class CommerceSpecJsonTests
{
    public static TheoryData<string> Presets => new() { "Default", "Small", "Large" };

    private static CommerceSpec Preset(string name) => name switch
    {
        "Default" => CommercePresets.Default,
        "Small" => CommercePresets.Small,
        _ => CommercePresets.Large,
    };

    [Theory]
    [MemberData(nameof(Presets))]
    public void Every_preset_round_trips_through_json(string preset)
    {
        var spec = Preset(preset);
        string json = CommerceSpecJson.Write(spec);
        var read = CommerceSpecJson.Read(json);
        Assert.Equal(json, CommerceSpecJson.Write(read));
        Assert.Equal(spec.Tenants.Select(t => t.Name), read.Tenants.Select(t => t.Name));
        Assert.Equal(spec.Tenants[0].Weather with { Anomalies = read.Tenants[0].Weather.Anomalies }, read.Tenants[0].Weather);
        Assert.Equal(spec.Tenants[0].Meta.Campaigns.Select(c => (c.Name, c.DailySpend)), read.Tenants[0].Meta.Campaigns.Select(c => (c.Name, c.DailySpend)));
        Assert.Equal(spec.Tenants[0].Meta.Campaigns[0].Pattern, read.Tenants[0].Meta.Campaigns[0].Pattern);
    }

    [Fact]
    public void Random_valid_specs_round_trip_byte_for_byte_and_stay_valid()
    {
        for (int seed = 0; seed < 200; seed++)
        {
            var spec = RandomCommerceSpecs.Create(seed);
            Assert.True(CommerceSpecValidator.Validate(spec).Count == 0, $"seed {seed}: {string.Join("; ", CommerceSpecValidator.Validate(spec))}");
            string json = CommerceSpecJson.Write(spec);
            var read = CommerceSpecJson.Read(json);
            Assert.Equal(json, CommerceSpecJson.Write(read));
            Assert.Empty(CommerceSpecValidator.Validate(read));
            // Values, not only text: the records read back equal the originals field by field (lists compared by content).
            for (int t = 0; t < spec.Tenants.Count; t++)
            {
                TenantSpec a = spec.Tenants[t], b = read.Tenants[t];
                Assert.Equal(a.Weather.Anomalies, b.Weather.Anomalies);
                Assert.Equal(a.Orders.HourOfDay, b.Orders.HourOfDay);
                Assert.Equal(a.Meta.Campaigns, b.Meta.Campaigns);
                Assert.Equal(a.Google.Campaigns, b.Google.Campaigns);
                Assert.Equal(a.Email, b.Email);
                Assert.Equal(a.Weather with { Anomalies = b.Weather.Anomalies }, b.Weather);
                Assert.Equal(a.Orders with { HourOfDay = b.Orders.HourOfDay }, b.Orders);
                // Adstock and saturation parameters a kind does not use are not written; their JSON equality is checked above.
                Assert.Equal(a.Meta with { Campaigns = b.Meta.Campaigns, Adstock = b.Meta.Adstock, Saturation = b.Meta.Saturation }, b.Meta);
                Assert.Equal(a.Google with { Campaigns = b.Google.Campaigns, Adstock = b.Google.Adstock, Saturation = b.Google.Saturation }, b.Google);
                Assert.Equal(a with { Weather = b.Weather, Orders = b.Orders, Meta = b.Meta, Google = b.Google }, b);
            }
        }
    }

    [Fact]
    public void A_missing_property_takes_the_record_default()
    {
        var spec = CommerceSpecJson.Read("""{ "tenants": [ { "name": "Shop", "meta": { "beta": 0.2 } } ] }""");
        Assert.Equal(366, spec.Days);
        Assert.Equal(new DateTime(2024, 1, 1), spec.StartDate);
        var tenant = Assert.Single(spec.Tenants);
        Assert.Equal(new WeatherSpec().WetAfterDry, tenant.Weather.WetAfterDry);
        Assert.Equal(0.2, tenant.Meta.Beta);
        Assert.Same(AdPlatformSpec.MetaDefault.Campaigns, tenant.Meta.Campaigns); // the platform is read over its own default
        Assert.Equal(AdPlatformSpec.GoogleDefault, tenant.Google);
    }

    [Fact]
    public void Campaigns_write_their_spend_as_dailySpend_with_the_shared_pattern_fields()
    {
        var tenant = new TenantSpec("Shop")
        {
            Meta = AdPlatformSpec.MetaDefault with
            {
                Campaigns = new[] { new CampaignSpec("Launch") { DailySpend = 300, Pattern = new PatternSpec { Kind = SpendPattern.DelayedStart, StartPeriod = 10, RampUpPeriods = 5 } } },
                Adstock = new AdstockSpec { Kind = AdstockKind.WeibullPdf, Shape = 2, Scale = 3, MaxLag = 10 },
            },
        };
        string json = CommerceSpecJson.Write(new CommerceSpec { Tenants = new[] { tenant } });
        string campaign = string.Join("\n", new[]
        {
            "{", "  \"name\": \"Launch\",", "  \"pattern\": \"DelayedStart\",", "  \"dailySpend\": 300,", "  \"startPeriod\": 10,",
            "  \"rampUpPeriods\": 5,", "  \"autocorrelation\": 0.5,", "  \"volatility\": 0.1", "}",
        }.Select(line => new string(' ', 10) + line));
        Assert.Contains(campaign, json);
        Assert.Contains("\"kind\": \"WeibullPdf\",\n          \"shape\": 2,\n          \"scale\": 3,\n          \"maxLag\": 10,", json);
    }

    [Fact]
    public void Unknown_properties_wrong_types_nulls_and_duplicate_keys_are_reported_with_their_paths()
    {
        var ex = Assert.Throws<SpecValidationException>(() => CommerceSpecJson.Read("""
            {
              "days": "many",
              "startDate": "2024-13-01",
              "tenants": [
                {
                  "name": "Shop",
                  "category": "Toys",
                  "baseRevenue": null,
                  "weather": { "wetAfterDry": 0.2, "wetAfterDry": 0.3, "anomalies": [ { "kind": "Flood", "start": "2024-02-01" } ] },
                  "orders": { "hourOfDay": [1, "x"] },
                  "meta": { "campaigns": [ { "name": "A", "dailySpend": "lots", "budget": 1 } ], "adstock": { "kind": "Geometric", "decay": 0.5 } },
                  "email": 3,
                  "colour": "red"
                }
              ]
            }
            """));
        string m = ex.Message;
        Assert.Contains("days = \"many\": must be an integer in [1, 3660]", m);
        Assert.Contains("startDate = \"2024-13-01\": must be a date \"yyyy-MM-dd\"", m);
        Assert.Contains("tenants[0].category = \"Toys\": must be one of Fashion, Outdoor, HomeAndGarden, Beverage", m);
        Assert.Contains("tenants[0].baseRevenue = null: must have a value; leave the property out to take its default", m);
        Assert.Contains("tenants[0].weather.wetAfterDry: is given more than once in its object", m);
        Assert.Contains("tenants[0].weather.anomalies[0].kind = \"Flood\": must be one of Heatwave, ColdSnap, Storm", m);
        Assert.Contains("tenants[0].orders.hourOfDay = […]: must be an array of numbers", m);
        Assert.Contains("tenants[0].meta.campaigns[0].dailySpend = \"lots\": must be a number", m);
        Assert.Contains("tenants[0].meta.campaigns[0].budget: is not a known property", m);
        Assert.Contains("tenants[0].meta.adstock.decay: is not a known property", m);
        Assert.Contains("tenants[0].email = 3: must be a JSON object", m);
        Assert.Contains("tenants[0].colour: is not a known property", m);
    }

    [Fact]
    public void A_custom_spend_pattern_has_no_json_form()
    {
        var custom = new PatternSpec { Kind = SpendPattern.Custom, Custom = (geo, period, date, rng) => 1 };
        var tenant = new TenantSpec("Shop") { Google = AdPlatformSpec.GoogleDefault with { Campaigns = new[] { new CampaignSpec("Odd") { Pattern = custom } } } };
        Assert.Throws<ArgumentException>(() => CommerceSpecJson.Write(new CommerceSpec { Tenants = new[] { tenant } }));
    }
}
