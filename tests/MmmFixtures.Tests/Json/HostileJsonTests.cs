using MmmFixtures.Clickstream;
using MmmFixtures.Mmm;
using MmmFixtures.Validation;

namespace MmmFixtures.Tests.Json;

/// <summary>Spec JSON from an untrusted file: enums by name only, no repeated keys, counts checked before allocating.</summary>
public class HostileJsonTests
{
    [Theory]
    [InlineData("\"1\"")]
    [InlineData("\"+1\"")]
    [InlineData("\"-0\"")]
    [InlineData("\"Geometric,Delayed\"")]
    [InlineData("\" Geometric\"")]
    [InlineData("1")]
    [InlineData("\"\"")]
    public void An_enum_accepts_its_names_only_and_the_message_lists_them(string kind)
    {
        var ex = Assert.Throws<SpecValidationException>(() =>
            MmmSpecJson.Read($$"""{ "channels": [ { "name": "Tv", "adstock": { "kind": {{kind}} } } ] }"""));
        var error = Assert.Single(ex.Errors);
        Assert.Equal("channels[0].adstock.kind", error.Path);
        Assert.Equal("must be one of None, Geometric, Delayed, WeibullCdf, WeibullPdf", error.Requirement);
    }

    [Theory]
    [InlineData("""{ "periods": null }""", "periods")]
    [InlineData("""{ "baseline": null }""", "baseline")]
    [InlineData("""{ "channels": [ { "name": "Tv", "beta": null } ] }""", "channels[0].beta")]
    [InlineData("""{ "channels": [ { "name": "Tv", "adstock": { "kind": null } } ] }""", "channels[0].adstock.kind")]
    public void Null_is_an_error_never_a_silent_default(string json, string path)
    {
        var ex = Assert.Throws<SpecValidationException>(() => MmmSpecJson.Read(json));
        var error = Assert.Single(ex.Errors);
        Assert.Equal(path, error.Path);
        Assert.Equal("must have a value; leave the property out to take its default", error.Requirement);
    }

    [Theory]
    [InlineData("""{ "periods": 52.5 }""", "periods = 52.5: must be an integer in [1, 100000]")]
    [InlineData("""{ "periods": "52" }""", "periods = \"52\": must be an integer in [1, 100000]")]
    [InlineData("""{ "periods": 99999999999 }""", "periods = 99999999999: must be an integer in [1, 100000]")]
    [InlineData("""{ "channels": [ { "name": "Tv", "adstock": { "alpha": "half" } } ] }""", "channels[0].adstock.alpha = \"half\": must be a number in [0, 1)")]
    public void A_wrong_typed_value_is_told_its_fields_own_range(string json, string expected)
    {
        var error = Assert.Single(Assert.Throws<SpecValidationException>(() => MmmSpecJson.Read(json)).Errors);
        Assert.Equal(expected, error.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n ")]
    public void An_empty_spec_says_so_in_words(string json)
    {
        var error = Assert.Single(Assert.Throws<SpecValidationException>(() => MmmSpecJson.Read(json)).Errors);
        Assert.Equal("$: is empty: a spec is one JSON object, e.g. { \"seed\": 42 }", error.ToString());
    }

    [Fact]
    public void Null_means_none_for_an_optional_field()
    {
        var spec = MmmSpecJson.Read("""
            { "geos": [ { "name": "north", "population": null } ],
              "channels": [ { "name": "Tv", "pattern": "DelayedStart", "endPeriod": null } ],
              "events": [ { "name": "Sale", "dates": [ "2022-02-07" ], "recurrence": null } ] }
            """);
        Assert.Null(spec.Geos[0].Population);
        Assert.Null(spec.Channels[0].Spend.EndPeriod);
        Assert.Null(spec.Events[0].Recurrence);
    }

    [Fact]
    public void An_enum_name_is_accepted_in_any_case()
    {
        var spec = MmmSpecJson.Read("""{ "frequency": "daily", "channels": [ { "name": "Tv", "adstock": { "kind": "WEIBULLPDF" } } ] }""");
        Assert.Equal(Frequency.Daily, spec.Frequency);
        Assert.Equal(AdstockKind.WeibullPdf, spec.Channels[0].Adstock.Kind);
    }

    [Fact]
    public void A_key_given_twice_is_an_error_with_its_path_at_every_depth()
    {
        var ex = Assert.Throws<SpecValidationException>(() => MmmSpecJson.Read("""
            {
              "periods": 10,
              "periods": 1000000000,
              "channels": [ { "name": "Tv", "adstock": { "alpha": 0.2, "alpha": 0.9 } } ]
            }
            """));
        Assert.Equal(new[] { "periods", "channels[0].adstock.alpha" }, ex.Errors.Select(e => e.Path));
        Assert.All(ex.Errors, e => Assert.Equal("is given more than once in its object", e.Requirement));
        var cs = Assert.Throws<SpecValidationException>(() => ClickstreamSpecJson.Read("""{ "defects": { "botUserShare": 0, "botUserShare": 0.4 } }"""));
        Assert.Equal("defects.botUserShare", Assert.Single(cs.Errors).Path);
    }

    [Fact]
    public void A_huge_geo_count_is_refused_before_the_geo_list_is_allocated()
    {
        var ex = Assert.Throws<SpecValidationException>(() => MmmSpecJson.Read("""{ "geos": 2147483647 }"""));
        Assert.Equal("geos = 2147483647: must have at most 100000 geos", Assert.Single(ex.Errors).ToString());
        var zero = Assert.Throws<SpecValidationException>(() => MmmSpecJson.Read("""{ "geos": 0 }"""));
        Assert.Equal("geos = 0: must have at least one geo", Assert.Single(zero.Errors).ToString());
        var big = Assert.Throws<SpecValidationException>(() => MmmSpecJson.Read("""{ "geos": 1e12 }"""));
        Assert.StartsWith("must be a count in [1, 100000]", Assert.Single(big.Errors).Requirement);
    }

    [Fact]
    public void A_start_date_at_the_end_of_time_reads_but_does_not_validate()
    {
        var spec = ClickstreamSpecJson.Read("""{ "startDate": "9999-12-25" }""");
        var ex = Assert.Throws<SpecValidationException>(() => ClickstreamSpecValidator.ThrowIfInvalid(spec));
        Assert.Contains("startDate = 9999-12-25: must be in [1900-01-01, 2200-12-31]", ex.Message);
    }
}
