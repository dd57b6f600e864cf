using MmmFixtures.Commerce;
using Xunit.Abstractions;

namespace MmmFixtures.Tests.Commerce.Generation;

/// <summary>The spec's promise: on Default, the recoverability fit returns every tenant's e_T and e_P within ±0.03, with the oracle SE the truth states.</summary>
public class CommerceRecoverabilityTests
{
    private readonly ITestOutputHelper _output;

    public CommerceRecoverabilityTests(ITestOutputHelper output) => _output = output;

    private static readonly CommerceDataset Default = CommerceGenerator.Generate(CommercePresets.Default);

    [Fact]
    public void Default_elasticities_are_recovered_within_three_hundredths()
    {
        foreach (var tenant in Default.Tenants)
        {
            var fit = RecoverabilityFit.Fit(tenant);
            var t = tenant.Truth;
            _output.WriteLine($"{t.Tenant}: eT {fit.TemperatureElasticity:F4} (true {t.TemperatureElasticity}, se {fit.TemperatureSe:F4}, oracle {t.TemperatureElasticitySe:F4}); " +
                $"eP {fit.PrecipitationElasticity:F4} (true {t.PrecipitationElasticity}, se {fit.PrecipitationSe:F4}, oracle {t.PrecipitationElasticitySe:F4}); days {fit.Days}; " +
                $"AOV {t.AverageOrderValue:F2}; meta roas {t.Meta.ReportedRoas:F2} vs {t.Meta.IncrementalRoas:F2}; google {t.Google.ReportedRoas:F2} vs {t.Google.IncrementalRoas:F2}");
            Assert.Equal(366, fit.Days);
            Assert.InRange(fit.TemperatureElasticity - t.TemperatureElasticity, -0.03, 0.03);
            Assert.InRange(fit.PrecipitationElasticity - t.PrecipitationElasticity, -0.03, 0.03);
        }
    }

    [Fact]
    public void Residual_based_standard_errors_are_near_the_oracle_ones()
    {
        foreach (var tenant in Default.Tenants)
        {
            var fit = RecoverabilityFit.Fit(tenant);
            double oracleT = tenant.Truth.TemperatureElasticitySe!.Value, oracleP = tenant.Truth.PrecipitationElasticitySe!.Value;
            // A standard error estimated from 366 residuals has a sampling error of a few percent (more with heavy-tailed regressors).
            Assert.InRange(fit.TemperatureSe / oracleT, 0.8, 1.25);
            Assert.InRange(fit.PrecipitationSe / oracleP, 0.75, 1.33);
        }
    }

    [Fact]
    public void Platforms_over_credit_themselves_on_Default()
    {
        foreach (var tenant in Default.Tenants)
            foreach (var platform in new[] { tenant.Truth.Meta, tenant.Truth.Google })
            {
                Assert.True(platform.ReportedRoas > platform.IncrementalRoas,
                    $"{tenant.Truth.Tenant}: reported ROAS {platform.ReportedRoas} ≤ incremental {platform.IncrementalRoas}");
                Assert.True(platform.IncrementalRoas > 0);
            }
    }
}
