using MmmFixtures.Clickstream;
using MmmFixtures.Validation;

namespace MmmFixtures.Tests.Clickstream;

public class ClickstreamValidationTests
{
    private static readonly ClickstreamSpec Valid = ClickstreamPresets.Get(ClickstreamPreset.Small);

    public static TheoryData<string, Func<ClickstreamSpec, ClickstreamSpec>, string> Cases => new()
    {
        { "shares", s => s with { Personas = s.Personas.Select(p => p with { Share = p.Share * 1.1 }).ToArray() }, "personas[*].share = 1.1: must sum to 1" },
        { "persona name", s => s with { Personas = new[] { s.Personas[0] with { Name = "no spaces", Share = 1 } } }, "personas[0].name = no spaces: must be an identifier" },
        { "duplicate persona", s => s with { Personas = new[] { s.Personas[0] with { Share = 0.5 }, s.Personas[0] with { Share = 0.5 } } }, "personas[1].name = Browser: must be unique among personas" },
        { "purchase rate", s => s with { Personas = new[] { s.Personas[0] with { Share = 1, PurchaseRate = 1.5 } } }, "personas[0].purchaseRate = 1.5: must be in [0, 1]" },
        { "views", s => s with { Personas = new[] { s.Personas[0] with { Share = 1, ViewsPerSession = 0.5 } } }, "personas[0].viewsPerSession = 0.5: must be in [1, 1000]" },
        { "users", s => s with { Users = 0 }, "users = 0: must be in [1, 50000000]" },
        { "days", s => s with { Days = 0 }, "days = 0: must be in [1, 3660]" },
        { "items below categories", s => s with { Catalog = s.Catalog with { Items = 3 } }, "catalog.items = 3: must be at least the number of categories (5)" },
        { "price bounds", s => s with { Catalog = s.Catalog with { Categories = new[] { new CategorySpec("a") { MinPrice = 50, MaxPrice = 10 } } } }, "catalog.categories[0].maxPrice = 10: must be in (50, 1000000000]" },
        { "discount", s => s with { Catalog = s.Catalog with { Categories = new[] { new CategorySpec("a") { DiscountProbability = 2 } } } }, "catalog.categories[0].discountProbability = 2: must be in [0, 1]" },
        { "hour curve", s => s with { Activity = s.Activity with { HourOfDay = new double[23] } }, "activity.hourOfDay = 23: must have exactly 24 values" },
        { "idle", s => s with { Activity = s.Activity with { IdleTimeoutMinutes = 0 } }, "activity.idleTimeoutMinutes = 0: must be in (0, 1440]" },
        { "start near the end of time", s => s with { StartDate = new DateTime(9999, 12, 25) }, "startDate = 9999-12-25: must be in [1900-01-01, 2200-12-31]" },
        { "period past the calendar", s => s with { StartDate = new DateTime(2200, 12, 20) }, "days = 14: the period from 2200-12-20 must end by 2200-12-31" },
        { "user-days", s => s with { Users = 50_000_000, Days = 3_660 }, "users × days = 183000000000: must be at most 10000000000" },
        { "persona case clash", s => s with { Personas = new[] { s.Personas[0] with { Share = 0.5 }, s.Personas[0] with { Name = "BROWSER", Share = 0.5 } } }, "personas[1].name = BROWSER: must be unique among personas ignoring case (it equals 'Browser')" },
        { "persona snake clash", s => s with { Personas = new[] { s.Personas[0] with { Name = "BigBuyer", Share = 0.5 }, s.Personas[0] with { Name = "Big_Buyer", Share = 0.5 } } }, "personas[1].name = Big_Buyer: must be unique among personas (its column 'big_buyer' is also 'BigBuyer''s)" },
        { "no personas", s => s with { Personas = Array.Empty<PersonaSpec>() }, "personas = 0: must have at least one persona" },
        { "long category", s => s with { Catalog = s.Catalog with { Categories = new[] { new CategorySpec(new string('c', 65)) } } }, "must be at most 64 characters long" },
        { "day curve entry", s => s with { Activity = s.Activity with { DayOfWeek = new[] { 1.0, 1, 1, 1, 1, 1, -1 } } }, "activity.dayOfWeek[6] = -1: must be in [0, 1000000]" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Bad_input_names_the_field_and_range(string rule, Func<ClickstreamSpec, ClickstreamSpec> breakIt, string expected)
    {
        Assert.Empty(ClickstreamSpecValidator.Validate(Valid));
        var ex = Assert.Throws<SpecValidationException>(() => ClickstreamGenerator.Generate(breakIt(Valid)));
        Assert.True(ex.Message.Contains(expected, StringComparison.Ordinal), $"{rule}: {ex.Message}");
        Assert.Throws<SpecValidationException>(() => ClickstreamGenerator.StreamEvents(breakIt(Valid)));
        string folder = Path.Combine(Path.GetTempPath(), "mmmf-" + Guid.NewGuid().ToString("N"));
        Assert.Throws<SpecValidationException>(() => ClickstreamExporter.Export(breakIt(Valid), folder));
        Assert.False(Directory.Exists(folder)); // nothing is written for a spec that is not valid
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-2)]
    public void The_export_refuses_a_thread_count_that_is_not_minus_one_or_positive(int threads)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => ClickstreamExporter.Export(Valid, Path.GetTempPath(), threads));
        Assert.Equal("maxDegreeOfParallelism", ex.ParamName);
    }
}
