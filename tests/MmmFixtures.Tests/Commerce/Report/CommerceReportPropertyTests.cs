using MmmFixtures.Commerce;
using MmmFixtures.Reporting;
using MmmFixtures.Tests.Commerce.Spec;
using MmmFixtures.Tests.Reporting;

namespace MmmFixtures.Tests.Commerce.Report;

/// <summary>On random valid specs (any period up to 800 days, location, date, campaigns and e-mail; few orders), the report is well formed and no identity fails.</summary>
public class CommerceReportPropertyTests
{
    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Random_specs_report_well_formed_and_without_failures(int seed)
    {
        // At most 5 orders a day at base demand: random specs reach 2 500, too many order lines for a quick test.
        var random = RandomCommerceSpecs.Create(seed);
        var spec = random with { Tenants = random.Tenants.Select(t => t with { BaseRevenue = Math.Min(t.BaseRevenue, 5 * t.Orders.AverageOrderValue) }).ToArray() };
        var report = CommerceFamily.Instance.Report(spec, new ReportOptions(spec.Tenants[^1].Name));
        ReportAssertions.WellFormed(report);
        Assert.All(report.Checks, c => Assert.True(c.Status != ReportCheckStatus.Failed, $"seed {seed}, {c.Name}: {c.Detail}"));
        Assert.Contains(spec.Tenants[^1].Name, ReportAssertions.Chart<XyChart>(report, "commerce-weather").Title);
    }
}
