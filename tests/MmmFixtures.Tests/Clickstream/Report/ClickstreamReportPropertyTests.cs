using MmmFixtures.Clickstream;
using MmmFixtures.Reporting;
using MmmFixtures.Tests.Reporting;

namespace MmmFixtures.Tests.Clickstream.Report;

/// <summary>On random valid specs (one user, one day, odd price bounds, every defect), the report is well formed and no check fails.</summary>
public class ClickstreamReportPropertyTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    [InlineData(8)]
    public void Random_specs_report_well_formed_and_without_failures(int seed)
    {
        var spec = RandomSpec(new Random(seed));
        Assert.Empty(ClickstreamSpecValidator.Validate(spec));
        var report = ClickstreamFamily.Instance.Report(spec, new ReportOptions());
        ReportAssertions.WellFormed(report);
        Assert.All(report.Checks, c => Assert.True(c.Status != ReportCheckStatus.Failed, $"seed {seed}, {c.Name}: {c.Detail}"));
        var prices = ReportAssertions.Chart<XyChart>(report, "clickstream-price-distribution");
        Assert.Equal(spec.Catalog.Items, prices.Series.Sum(s => s.Y.Sum()));
        var data = ClickstreamGenerator.Generate(spec);
        var heat = ReportAssertions.Chart<HeatmapChart>(report, "clickstream-sessions-by-hour");
        Assert.Equal(data.Sessions.Count(s => !data.UserTruth[s.UserId - 1].IsBot), heat.Values.Sum(r => r.Sum(v => v!.Value)));
    }

    private static ClickstreamSpec RandomSpec(Random r)
    {
        int categories = r.Next(1, 4), personas = r.Next(1, 4);
        double[] shares = Enumerable.Range(0, personas).Select(_ => 0.1 + r.NextDouble()).ToArray();
        return new ClickstreamSpec
        {
            Seed = (ulong)r.NextInt64(),
            Days = r.Next(1, 15),
            Users = r.Next(1, 300),
            RegistrationLeadDays = r.Next(0, 30),
            Catalog = new CatalogSpec
            {
                Items = categories + r.Next(0, 200),
                NewItemShare = r.NextDouble() / 2,
                Categories = Enumerable.Range(0, categories).Select(k =>
                {
                    double min = Math.Round(0.001 + 50 * r.NextDouble(), 3);
                    return new CategorySpec($"c{k}") { MinPrice = min, MaxPrice = min + 0.01 + 5_000 * r.NextDouble(), PriceMedian = min + 20, PriceSigma = 2 * r.NextDouble() };
                }).ToArray(),
            },
            Personas = shares.Select((s, i) => new PersonaSpec($"P{i}")
            {
                Share = s / shares.Sum(), PurchaseRate = r.NextDouble(), ViewsPerSession = 1 + 5 * r.NextDouble(), CartRate = r.NextDouble(), RemoveRate = r.NextDouble(),
            }).ToArray(),
            Defects = new DefectSpec
            {
                DuplicateEventRate = r.NextDouble() / 5, LateEventRate = r.NextDouble() / 5, NullCategoryRate = r.NextDouble() / 5, BotUserShare = r.NextDouble() / 3,
            },
        };
    }
}
