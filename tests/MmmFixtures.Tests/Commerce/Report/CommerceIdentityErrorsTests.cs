using MmmFixtures.Commerce;
using MmmFixtures.Commerce.Report;

namespace MmmFixtures.Tests.Commerce.Report;

/// <summary>The identity checks measure nothing on generated rows and find a tampered value.</summary>
public class CommerceIdentityErrorsTests
{
    private static readonly TenantDataset Tenant = CommerceGenerator.GenerateTenant(CommercePresets.Default with { Days = 60 }, 0);

    [Fact]
    public void Generated_rows_keep_every_identity()
    {
        var e = CommerceIdentityErrors.Of(Tenant);
        Assert.Equal(0, e.LogDemand);
        Assert.Equal(0, e.Counterfactuals);
        Assert.Equal(0, e.WeatherTerms);
        Assert.InRange(e.RevenueNoise, 0, 1e-9);
        Assert.InRange(e.PlatformTotals, 0, 1e-9);
        Assert.InRange(e.IncrementalRevenue, 0, 1e-9);
        Assert.Equal(0, e.OrderRevenueMismatches + e.CampaignSpendMismatches + e.OrderCountMismatches + e.ConversionValueMismatches + e.EmailMismatches);
        Assert.Equal(60, e.TenantDays);
        Assert.Equal(60 * (Tenant.Spec.Meta.Campaigns.Count + Tenant.Spec.Google.Campaigns.Count), e.CampaignRows);
    }

    [Fact]
    public void A_tampered_term_order_line_campaign_or_email_row_is_found()
    {
        var days = Tenant.Truth.Days.ToArray();
        days[5] = days[5] with { Noise = days[5].Noise + 0.01, BasketNoise = days[5].BasketNoise + 3 };
        var lines = Tenant.Orders.ToArray();
        lines[0] = lines[0] with { NetRevenue = lines[0].NetRevenue + 1 };
        var ads = Tenant.MetaAds.ToArray();
        ads[3] = ads[3] with { Spend = ads[3].Spend + 2, ConversionsValue = ads[3].ConversionsValue + 1 };
        var email = Tenant.Email.ToArray();
        email[1] = email[1] with { Count = email[0].Count + 1 }; // more opened than received
        var e = CommerceIdentityErrors.Of(Tenant with { Truth = Tenant.Truth with { Days = days }, Orders = lines, MetaAds = ads, Email = email });
        Assert.Equal(0.01, e.LogDemand, 12);
        Assert.Equal(3 / days[5].Mu, e.RevenueNoise, 9);
        Assert.Equal(1, e.OrderRevenueMismatches);
        Assert.Equal(1, e.CampaignSpendMismatches);
        Assert.Equal(1, e.ConversionValueMismatches);
        Assert.True(e.PlatformTotals > 1e-6);
        Assert.Equal(1, e.EmailMismatches);
    }

    [Fact]
    public void Merging_keeps_the_largest_error_and_sums_the_counts()
    {
        var total = new CommerceIdentityErrors();
        total.Add(CommerceIdentityErrors.Of(Tenant));
        total.Add(CommerceIdentityErrors.Of(Tenant));
        Assert.Equal(120, total.TenantDays);
        Assert.Equal(2 * CommerceIdentityErrors.Of(Tenant).CampaignRows, total.CampaignRows);
        Assert.Equal(CommerceIdentityErrors.Of(Tenant).RevenueNoise, total.RevenueNoise);
    }
}
