using MmmFixtures.Commerce;
using MmmFixtures.Commerce.Generation;
using MmmFixtures.Validation;

namespace MmmFixtures.Tests.Commerce.Spec;

/// <summary>
/// The validator refuses a tenant whose busiest day expects more orders than the generator makes: its peak is the
/// generator's, a spec it accepts generates, and the limit sits exactly at the base revenue its message states.
/// </summary>
public class PeakOrdersValidatorTests
{
    [Fact]
    public void The_random_spec_the_generator_refused_is_refused_by_the_validator_naming_the_field_and_its_range()
    {
        var spec = RandomCommerceSpecs.Draw(6);
        var error = Assert.Throws<SpecValidationException>(() => CommerceSpecValidator.ThrowIfInvalid(spec));
        Assert.All(error.Errors, e => Assert.Matches(@"^tenants\[\d\]\.baseRevenue$", e.Path));
        Assert.Contains(".baseRevenue = ", error.Message);
        Assert.Contains(": must be at most ", error.Message);
        Assert.Contains("and at most 1E+07 a day can be generated", error.Message);
    }

    // Random specs at small sizes (a thousandth of an order a day at base demand): the validator's peak is the generator's
    // own busiest day, and whatever the validator accepts generates (those light enough for a quick test).
    [Fact]
    public void Every_spec_the_validator_accepts_generates_and_the_peak_is_the_generators()
    {
        int accepted = 0, generated = 0, refused = 0;
        for (int seed = 0; seed < 60; seed++)
        {
            var random = RandomCommerceSpecs.Draw(seed);
            var spec = random with { Tenants = random.Tenants.Select(t => t with { BaseRevenue = 1e-3 * t.Orders.AverageOrderValue }).ToArray() };
            var peaks = spec.Tenants.Select((_, t) => TenantGenerator.PeakExpectedOrders(spec, t).Orders).ToArray();
            bool valid = CommerceSpecValidator.Validate(spec).Count == 0;
            Assert.Equal(peaks.All(p => p <= TenantGenerator.MaxExpectedOrders), valid);
            if (!valid)
            {
                refused++;
                continue;
            }
            accepted++;
            if (peaks.Sum() * spec.Days > 1e6) continue; // valid but too many orders for a unit test
            generated++;
            for (int t = 0; t < spec.Tenants.Count; t++)
                Assert.Equal(peaks[t], CommerceGenerator.GenerateTenant(spec, t).Truth.Days.Max(d => d.ExpectedOrders));
        }
        Assert.True(generated >= 20, $"only {generated} of {accepted} valid random specs were generated: the property says little");
        Assert.True(refused > 0, "no random spec is refused: the limit is never exercised");
    }

    [Fact]
    public void The_limit_is_the_base_revenue_the_message_states()
    {
        var small = CommercePresets.Small;
        var strong = small with { Tenants = new[] { small.Tenants[0] with { TemperatureElasticity = 2, PrecipitationElasticity = 1 } } };
        var (peak, _) = TenantGenerator.PeakExpectedOrders(strong, 0);
        double max = PeakOrdersValidator.MaxBaseRevenue(strong.Tenants[0].BaseRevenue, peak);
        Assert.True(max / strong.Tenants[0].Orders.AverageOrderValue < 100_000, "the base-orders rule must not be what refuses");

        CommerceSpec WithBase(double revenue) => strong with { Tenants = new[] { strong.Tenants[0] with { BaseRevenue = revenue } } };
        Assert.Empty(CommerceSpecValidator.Validate(WithBase(max * (1 - 1e-9))));
        var error = Assert.Single(CommerceSpecValidator.Validate(WithBase(max * (1 + 1e-9))));
        Assert.Equal("tenants[0].baseRevenue", error.Path);
        Assert.StartsWith($"must be at most {max.ToString("G6", System.Globalization.CultureInfo.InvariantCulture)} with this tenant's other fields: on ", error.Requirement);
    }

    [Fact]
    public void Random_specs_are_valid_once_their_base_revenue_is_capped()
    {
        for (int seed = 0; seed < 20; seed++) Assert.Empty(CommerceSpecValidator.Validate(RandomCommerceSpecs.Create(seed)));
    }

    [Fact]
    public void The_presets_stay_valid()
    {
        Assert.Empty(CommerceSpecValidator.Validate(CommercePresets.Default));
        Assert.Empty(CommerceSpecValidator.Validate(CommercePresets.Small));
        Assert.Empty(CommerceSpecValidator.Validate(CommercePresets.Large));
    }
}
