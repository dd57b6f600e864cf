using System;
using System.Collections.Generic;
using MmmFixtures.Media;

namespace MmmFixtures.Commerce;

/// <summary>
/// One ad platform of a tenant (Meta or Google): its campaigns' daily spend, the platform's delivery and reporting
/// rates, and the true effect on demand. The platform's daily spend (Σ campaigns) goes through the shared media
/// transform f (scale S = the realised series' maximum, adstock, saturation), so β is the log-lift at full saturation.
/// Platform-reported conversions credit every conversion in the attribution window, so the reported ROAS is biased
/// upward against the true incremental ROAS; both are truth.
/// </summary>
public sealed record AdPlatformSpec
{
    /// <summary>The campaigns (none = the platform is not used).</summary>
    public IReadOnlyList<CampaignSpec> Campaigns { get; init; } = Array.Empty<CampaignSpec>();

    /// <summary>β_p: the platform's log-lift of demand at full saturation.</summary>
    public double Beta { get; init; } = 0.1;

    /// <summary>The carry-over kernel of the platform's spend.</summary>
    public AdstockSpec Adstock { get; init; } = new() { Kind = AdstockKind.Geometric, Alpha = 0.4, MaxLag = 8 };

    /// <summary>The diminishing-returns curve.</summary>
    public SaturationSpec Saturation { get; init; } = new() { Kind = SaturationKind.Hill, HalfSaturation = 0.5, Slope = 1.5 };

    /// <summary>Cost per thousand impressions.</summary>
    public double Cpm { get; init; } = 8;

    /// <summary>Clicks per impression.</summary>
    public double Ctr { get; init; } = 0.012;

    /// <summary>Platform-reported conversions per click.</summary>
    public double ConversionRate { get; init; } = 0.02;

    /// <summary>Days over which the platform credits conversions to a click.</summary>
    public int AttributionWindowDays { get; init; } = 7;

    /// <summary>σ of the multiplicative log-normal noise on impressions and clicks.</summary>
    public double DeliveryNoise { get; init; } = 0.1;

    /// <summary>Meta's default: prospecting and retargeting campaigns.</summary>
    public static AdPlatformSpec MetaDefault { get; } = new()
    {
        Campaigns = new[] { new CampaignSpec("Prospecting") { DailySpend = 250 }, new CampaignSpec("Retargeting") { DailySpend = 100 } },
    };

    /// <summary>Google's default: brand search and shopping campaigns.</summary>
    public static AdPlatformSpec GoogleDefault { get; } = new()
    {
        Campaigns = new[] { new CampaignSpec("Search_Brand") { DailySpend = 120 }, new CampaignSpec("Shopping") { DailySpend = 200 } },
        Cpm = 20, Ctr = 0.03, ConversionRate = 0.03, Beta = 0.08,
    };
}
