using MmmFixtures.Clickstream;
using MmmFixtures.Mmm;
using MmmFixtures.Rules;
using MmmFixtures.Validation;

namespace MmmFixtures.Tests.Validation;

/// <summary>However bad a spec is, the exception's message stays short: 20 problems, values cut to 60 characters.</summary>
public class BoundedMessageTests
{
    [Fact]
    public void A_thousand_bad_fields_list_twenty_and_count_the_rest()
    {
        var channels = Enumerable.Range(0, 1_000).Select(i => new ChannelSpec { Name = $"C{i}", Beta = -1 }).ToArray();
        var spec = new MmmSpec { Channels = channels };
        var ex = Assert.Throws<SpecValidationException>(() => MmmSpecValidator.ThrowIfInvalid(spec));

        Assert.Equal(1_000, ex.ProblemCount);
        Assert.Equal(1_000, ex.Errors.Count);
        string[] lines = ex.Message.Split(Environment.NewLine);
        Assert.Equal("Invalid MMM spec (1000 problems):", lines[0]);
        Assert.Equal(1 + SpecValidationException.MaxListed + 1, lines.Length);
        Assert.Equal("  channels[0].beta = -1: must be in [0, 1000000000000]", lines[1]);
        Assert.Equal("  channels[19].beta = -1: must be in [0, 1000000000000]", lines[20]);
        Assert.Equal("  … and 980 more problems", lines[21]);
    }

    [Fact]
    public void The_collector_keeps_the_first_thousand_and_counts_the_rest()
    {
        var errors = new SpecErrorCollector();
        for (int i = 0; i < 5_000; i++) errors.Check(MmmRules.Beta, -1, i);
        Assert.Equal(5_000, errors.Count);
        Assert.Equal(SpecErrorCollector.MaxStored, errors.Errors.Count);
        var ex = Assert.Throws<SpecValidationException>(() => errors.ThrowIfInvalid("MMM spec"));
        Assert.StartsWith("Invalid MMM spec (5000 problems):", ex.Message);
        Assert.EndsWith("… and 4980 more problems", ex.Message);
        Assert.True(ex.Message.Length < 2_000, $"{ex.Message.Length} characters");
    }

    [Fact]
    public void A_megabyte_value_is_cut_in_the_message()
    {
        string huge = new('x', 1_000_000);
        var spec = ClickstreamPresets.Get(ClickstreamPreset.Small) with
        {
            Catalog = new CatalogSpec { Categories = new[] { new CategorySpec(huge + ",") } },
        };
        var ex = Assert.Throws<SpecValidationException>(() => ClickstreamSpecValidator.ThrowIfInvalid(spec));
        Assert.Contains($"catalog.categories[0].name = {new string('x', SpecValidationException.MaxValueLength)}…: must be non-empty text", ex.Message);
        Assert.True(ex.Message.Length < 1_000, $"{ex.Message.Length} characters");
        Assert.Equal(huge + ",", ex.Errors[0].Value); // the full value stays available to code
    }

    [Fact]
    public void A_megabyte_json_key_is_cut_in_the_message()
    {
        string key = new('k', 1_000_000);
        var ex = Assert.Throws<SpecValidationException>(() => MmmSpecJson.Read($$"""{ "{{key}}": 1 }"""));
        Assert.True(ex.Message.Length < 1_000, $"{ex.Message.Length} characters");
        Assert.Contains("…: is not a known property", ex.Message);
    }

    [Fact]
    public void A_single_problem_says_problem()
    {
        var ex = Assert.Throws<SpecValidationException>(() => MmmSpecValidator.ThrowIfInvalid(new MmmSpec { Periods = 0 }));
        Assert.Equal($"Invalid MMM spec (1 problem):{Environment.NewLine}  periods = 0: must be in [1, 100000]", ex.Message);
    }
}
