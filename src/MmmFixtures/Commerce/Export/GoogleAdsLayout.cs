using System;
using MmmFixtures.Export;
using MmmFixtures.Families;

namespace MmmFixtures.Commerce;

/// <summary>
/// The Google Ads API's campaign report (<c>google-ads/&lt;tenant&gt;/campaign_report.csv</c>): GAQL field names,
/// cost in micros of the account's currency.
/// </summary>
internal sealed class GoogleAdsLayout : CommerceLayout
{
    public const string FileName = "campaign_report.csv";

    private static readonly ColumnSchema[] Columns =
    {
        new("segments.date", ColumnRole.Time, Type: ColumnType.Date), new("campaign.id", ColumnRole.Key, Type: ColumnType.Int64),
        new("campaign.name", ColumnRole.Observable, Type: ColumnType.String), new("metrics.cost_micros", ColumnRole.Spend, "google", ColumnType.Int64),
        new("metrics.impressions", ColumnRole.Exposure, "google", ColumnType.Int64), new("metrics.clicks", ColumnRole.Exposure, "google", ColumnType.Int64),
        new("metrics.conversions", ColumnRole.Observable), new("metrics.conversions_value", ColumnRole.Observable),
    };

    public override ExportLayout Descriptor { get; } = new("google-ads", "The Google Ads API's campaign report (GAQL field names, cost in micros), one per tenant.");

    public override void Write(TenantFiles files, TenantDataset tenant, ulong seed) =>
        files.Table(FileName, Columns, rows =>
        {
            foreach (var day in tenant.GoogleAds)
            {
                rows.Date(day.Date);
                rows.Int64(day.CampaignId);
                rows.String(day.CampaignName);
                rows.Int64(CostMicros(day.Spend));
                rows.Int64(day.Impressions);
                rows.Int64(day.Clicks);
                rows.Double(day.Conversions);
                rows.Decimal(day.ConversionsValue, 2);
                rows.EndRow();
            }
        });

    /// <summary>Spend (to the cent) in millionths of the currency unit.</summary>
    internal static long CostMicros(double spend) => (long)Math.Round(spend * 100, MidpointRounding.AwayFromZero) * 10_000;
}
