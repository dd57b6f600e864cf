using MmmFixtures.Commerce;
using MmmFixtures.Commerce.Generation;

namespace MmmFixtures.Tests.Commerce.Generation;

/// <summary>Ad rows follow CPM, CTR and CVR within their noise; e-mail counts are nested binomials; both join the daily panel.</summary>
public class AdsAndEmailTests
{
    [Fact]
    public void Ad_rows_follow_cpm_ctr_and_conversion_rate()
    {
        foreach (var tenant in CommerceTestData.Default.Tenants)
            foreach (var (rows, platform) in new[] { (tenant.MetaAds, tenant.Spec.Meta), (tenant.GoogleAds, tenant.Spec.Google) })
            {
                Assert.Equal(platform.Campaigns.Count * tenant.Daily.Count, rows.Count);
                double spend = rows.Sum(r => r.Spend), impressions = rows.Sum(r => r.Impressions), clicks = rows.Sum(r => r.Clicks);
                double conversions = rows.Sum(r => r.Conversions);
                // Log-normal noise with mean 1 and σ = 0.1 over ~700 rows: the ratios are within 1–2%.
                Assert.InRange(spend / impressions * 1000 / platform.Cpm, 0.98, 1.02);
                Assert.InRange(clicks / impressions / platform.Ctr, 0.98, 1.02);
                Assert.InRange(conversions / clicks / platform.ConversionRate, 0.9, 1.1);
                foreach (var r in rows)
                {
                    Assert.Equal(Math.Round(r.Conversions * tenant.Truth.AverageOrderValue, 2, MidpointRounding.AwayFromZero), r.ConversionsValue, 9);
                    Assert.Equal(Math.Round(r.Spend, 2), r.Spend);
                    Assert.True(r.Clicks <= r.Impressions);
                    Assert.Equal(AdPlatformGenerator.CampaignId(tenant.Spec.Name, r.Platform, r.CampaignName), r.CampaignId);
                }
                var dates = rows.Select(r => r.Date).ToArray();
                Assert.Equal(dates.OrderBy(d => d), dates);
            }
    }

    [Fact]
    public void Daily_spend_is_the_sum_of_campaigns()
    {
        var tenant = CommerceTestData.Default.Tenants[0];
        var meta = tenant.MetaAds.GroupBy(r => r.Date).ToDictionary(g => g.Key, g => g.Sum(r => r.Spend));
        var google = tenant.GoogleAds.GroupBy(r => r.Date).ToDictionary(g => g.Key, g => g.Sum(r => r.Spend));
        foreach (var day in tenant.Daily)
        {
            Assert.Equal(meta[day.Date], day.MetaSpend, 9);
            Assert.Equal(google[day.Date], day.GoogleSpend, 9);
        }
        Assert.InRange(tenant.Daily.Average(d => d.MetaSpend), 330, 370); // campaigns of 250 and 100 a day, ±25% AR(1) noise
    }

    [Fact]
    public void Email_counts_are_nested_and_follow_the_rates()
    {
        var tenant = CommerceTestData.Default.Tenants[0];
        var e = tenant.Spec.Email;
        var days = tenant.Email.GroupBy(r => r.Date).ToArray();
        Assert.All(days, g => Assert.Equal([EmailMetric.Received, EmailMetric.Opened, EmailMetric.Clicked, EmailMetric.PlacedOrder], g.Select(r => r.Metric)));
        // Send days: Binomial(366, 2/7) has sd ≈ 8.6.
        Assert.InRange(days.Length, 366 * 2.0 / 7 - 35, 366 * 2.0 / 7 + 35);
        Assert.Equal(days.Length, tenant.Daily.Count(d => d.EmailSends == e.ListSize));
        foreach (var g in days)
        {
            long[] c = g.Select(r => r.Count).ToArray();
            Assert.True(c[0] <= e.ListSize && c[1] <= c[0] && c[2] <= c[1] && c[3] <= c[2]);
            Assert.Equal(Math.Round(c[3] * tenant.Truth.AverageOrderValue, 2, MidpointRounding.AwayFromZero), g.Last().RevenueAttributed, 9);
        }
        double received = days.Sum(g => g.First().Count), opened = days.Sum(g => g.ElementAt(1).Count);
        Assert.InRange(received / (days.Length * (double)e.ListSize), e.DeliveryRate - 0.002, e.DeliveryRate + 0.002);
        Assert.InRange(opened / received, e.OpenRate - 0.005, e.OpenRate + 0.005);
    }

    [Fact]
    public void Edge_specs_generate_empty_tables_not_errors()
    {
        var tenant = new TenantSpec("quiet")
        {
            Meta = AdPlatformSpec.MetaDefault with { Campaigns = [] },
            Email = new EmailSpec { SendProbability = 0 },
        };
        var spec = new CommerceSpec { Seed = 3, Days = 1, Tenants = [tenant] };
        var data = CommerceGenerator.GenerateTenant(spec, 0);
        Assert.Empty(data.MetaAds);
        Assert.Empty(data.Email);
        Assert.Single(data.Daily);
        Assert.Equal(0, data.Truth.Meta.Spend);
        Assert.Null(data.Truth.Meta.IncrementalRoas);
        Assert.Null(data.Truth.Meta.ReportedRoas);
        Assert.Equal(0, data.Truth.Days[0].Meta);
        Assert.Equal(0, data.Truth.EmailIncrementalRevenue);
        Assert.Null(data.Truth.TemperatureElasticitySe); // one day cannot separate zT from the intercept
    }
}
