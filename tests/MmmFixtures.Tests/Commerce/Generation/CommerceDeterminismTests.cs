using MmmFixtures.Commerce;

namespace MmmFixtures.Tests.Commerce.Generation;

/// <summary>Tenants are independent streams: the same alone or together, on any number of threads, whatever the other tenants are.</summary>
public class CommerceDeterminismTests
{
    [Fact]
    public void Thread_count_and_tenant_by_tenant_generation_give_the_same_values()
    {
        var spec = CommerceTestData.Short();
        var one = CommerceGenerator.Generate(spec, maxDegreeOfParallelism: 1);
        var two = CommerceGenerator.Generate(spec, maxDegreeOfParallelism: 2);
        for (int t = 0; t < spec.Tenants.Count; t++)
        {
            CommerceTestData.AssertEqual(one.Tenants[t], two.Tenants[t]);
            CommerceTestData.AssertEqual(one.Tenants[t], CommerceGenerator.GenerateTenant(spec, t));
        }
    }

    [Fact]
    public void Adding_removing_or_editing_a_tenant_leaves_the_others_unchanged()
    {
        var spec = CommerceTestData.Short();
        var first = CommerceGenerator.GenerateTenant(spec, 0);
        var edited = spec with
        {
            Tenants =
            [
                new TenantSpec("newcomer") { BaseRevenue = 900 },
                spec.Tenants[1] with { TemperatureElasticity = 0.5, Weather = spec.Tenants[1].Weather with { RainMeanMm = 20 } },
                spec.Tenants[0],
            ],
        };
        CommerceTestData.AssertEqual(first, CommerceGenerator.GenerateTenant(edited, 2));
        CommerceTestData.AssertEqual(first, CommerceGenerator.GenerateTenant(spec with { Tenants = [spec.Tenants[0]] }, 0));
        Assert.NotEqual(CommerceGenerator.GenerateTenant(spec, 1).Weather, CommerceGenerator.GenerateTenant(edited, 1).Weather);
    }

    [Fact]
    public void The_category_never_changes_the_weather()
    {
        var spec = CommerceTestData.Short();
        var outdoor = spec with { Tenants = [spec.Tenants[0] with { Category = CommerceCategory.Outdoor }] };
        var fashion = CommerceGenerator.GenerateTenant(spec, 0);
        var changed = CommerceGenerator.GenerateTenant(outdoor, 0);
        Assert.Equal(fashion.Weather, changed.Weather);
        Assert.NotEqual(fashion.Truth.Days.Select(d => d.Seasonality), changed.Truth.Days.Select(d => d.Seasonality));
        Assert.NotEqual(fashion.Orders[0].Product, changed.Orders[0].Product);
    }

    [Fact]
    public void The_seed_changes_every_tenant()
    {
        var spec = CommerceTestData.Short();
        var other = CommerceGenerator.GenerateTenant(spec with { Seed = spec.Seed + 1 }, 0);
        Assert.NotEqual(CommerceGenerator.GenerateTenant(spec, 0).Weather, other.Weather);
    }
}
