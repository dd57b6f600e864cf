using MmmFixtures.Validation;

namespace MmmFixtures.Tests.Validation;

public class SpecErrorTests
{
    [Fact]
    public void The_exception_lists_every_problem_with_path_value_and_range()
    {
        var errors = new SpecErrorCollector();
        errors.InRange("channels[2].adstock.alpha", 1.3, 0, 1, maxInclusive: false);
        errors.InRange("periods", 0L, 1, 10_000);
        errors.InRange("noiseSd", double.NaN, 0, 1);
        errors.Require(false, "geos", null, "must name at least one geo");
        var ex = Assert.Throws<SpecValidationException>(() => errors.ThrowIfInvalid("MMM spec"));

        Assert.Equal(4, ex.Errors.Count);
        Assert.Contains("Invalid MMM spec (4 problems):", ex.Message);
        Assert.Contains("channels[2].adstock.alpha = 1.3: must be in [0, 1)", ex.Message);
        Assert.Contains("periods = 0: must be in [1, 10000]", ex.Message);
        Assert.Contains("noiseSd = NaN: must be in [0, 1]", ex.Message);
        Assert.Contains("geos: must name at least one geo", ex.Message);
        Assert.IsAssignableFrom<ArgumentException>(ex);
    }

    [Fact]
    public void Valid_values_and_inclusive_bounds_record_nothing()
    {
        var errors = new SpecErrorCollector();
        Assert.True(errors.InRange("a", 0.0, 0, 1, minInclusive: true, maxInclusive: false));
        Assert.True(errors.InRange("b", 1.0, 0, 1));
        Assert.False(errors.InRange("c", 0.0, 0, 1, minInclusive: false));
        Assert.False(errors.InRange("d", double.PositiveInfinity, 0, double.MaxValue));
        Assert.Equal(new[] { "c", "d" }, errors.Errors.Select(e => e.Path));
        Assert.Equal("c = 0: must be in (0, 1]", errors.Errors[0].ToString());
    }

    [Fact]
    public void No_exception_without_errors_and_numbers_use_the_invariant_culture()
    {
        new SpecErrorCollector().ThrowIfInvalid("spec");
        var previous = Thread.CurrentThread.CurrentCulture;
        try
        {
            Thread.CurrentThread.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
            var errors = new SpecErrorCollector();
            errors.InRange("x", 1.5, 0, 1);
            Assert.Equal("x = 1.5: must be in [0, 1]", errors.Errors[0].ToString());
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = previous;
        }
    }
}
