using MmmFixtures.Rules;
using MmmFixtures.Validation;

namespace MmmFixtures.Tests.Validation;

public class SpecErrorTests
{
    [Fact]
    public void The_exception_lists_every_problem_with_path_value_and_range()
    {
        var errors = new SpecErrorCollector();
        errors.Check(MmmRules.Transform.AdstockAlpha, 1.3, 2);
        errors.Check(MmmRules.Periods, 0);
        errors.Check(MmmRules.NoiseSd, double.NaN);
        errors.Require(false, "geos", null, "must name at least one geo");
        var ex = Assert.Throws<SpecValidationException>(() => errors.ThrowIfInvalid("MMM spec"));

        Assert.Equal(4, ex.Errors.Count);
        Assert.Contains("Invalid MMM spec (4 problems):", ex.Message);
        Assert.Contains("channels[2].adstock.alpha = 1.3: must be in [0, 1)", ex.Message);
        Assert.Contains("periods = 0: must be in [1, 100000]", ex.Message);
        Assert.Contains("noise.sd = NaN: must be in [0, 1]", ex.Message);
        Assert.Contains("geos: must name at least one geo", ex.Message);
        Assert.IsAssignableFrom<ArgumentException>(ex);
    }

    [Fact]
    public void Valid_values_and_inclusive_bounds_record_nothing()
    {
        var errors = new SpecErrorCollector();
        Assert.True(errors.Check(MmmRules.Transform.AdstockAlpha, 0.0, 0));
        Assert.True(errors.Check(MmmRules.NoiseSd, 1.0));
        Assert.False(errors.Check(MmmRules.BaseSales, 0.0));
        Assert.False(errors.Check(MmmRules.Beta, MmmRules.Beta.Range.WithMax(double.MaxValue, inclusive: true), double.PositiveInfinity, 1));
        Assert.Equal(new[] { "baseline.baseSales", "channels[1].beta" }, errors.Errors.Select(e => e.Path));
        Assert.Equal("baseline.baseSales = 0: must be in (0, 1000000000000]", errors.Errors[0].ToString());
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
            errors.Check(MmmRules.NoiseSd, 1.5);
            Assert.Equal("noise.sd = 1.5: must be in [0, 1]", errors.Errors[0].ToString());
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = previous;
        }
    }
}
