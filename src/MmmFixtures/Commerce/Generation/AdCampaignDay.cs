using System;

namespace MmmFixtures.Commerce;

/// <summary>A campaign's day on an ad platform as the platform reports it (a row of <c>meta_ads.csv</c> / <c>google_ads.csv</c>).</summary>
/// <param name="Date">The local date.</param>
/// <param name="CampaignId">The campaign's numeric id (stable: derived from tenant, platform and campaign name).</param>
/// <param name="CampaignName">The campaign's name.</param>
/// <param name="Platform"><c>meta</c> or <c>google</c>.</param>
/// <param name="Spend">Spend, to the cent.</param>
/// <param name="Impressions">Impressions delivered.</param>
/// <param name="Clicks">Clicks.</param>
/// <param name="Conversions">Platform-reported conversions (over-credited: see the truth's incremental ROAS).</param>
/// <param name="ConversionsValue">Platform-reported conversion value.</param>
public sealed record AdCampaignDay(DateTime Date, long CampaignId, string CampaignName, string Platform, double Spend, long Impressions, long Clicks,
    long Conversions, double ConversionsValue)
{
    /// <summary>Platform-reported ROAS: ConversionsValue / Spend, or 0 without spend.</summary>
    public double Roas => Spend > 0 ? ConversionsValue / Spend : 0;
}
