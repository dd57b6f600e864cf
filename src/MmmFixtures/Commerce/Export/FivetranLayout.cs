using System.Collections.Generic;
using MmmFixtures.Export;
using MmmFixtures.Families;

namespace MmmFixtures.Commerce;

/// <summary>
/// Fivetran's dbt models as PyMC-Marketing's helpers read them (<c>pymc_marketing.data.fivetran</c>):
/// <c>fivetran/&lt;tenant&gt;/shopify__orders.csv</c> for <c>process_fivetran_shopify_unique_orders</c> (one row per
/// order; <c>processed_timestamp</c> in UTC, as the warehouse stores it) and <c>fivetran/&lt;tenant&gt;/ad_reporting.csv</c>
/// for <c>process_fivetran_ad_reporting</c> (one row per campaign and day, Meta as <c>facebook_ads</c> and Google as
/// <c>google_ads</c>, each campaign with one ad group and one ad).
/// </summary>
internal sealed class FivetranLayout : CommerceLayout
{
    public const string OrdersFile = "shopify__orders.csv";
    public const string AdsFile = "ad_reporting.csv";

    private static readonly ColumnSchema[] OrderColumns =
    {
        new("processed_timestamp", ColumnRole.Time, Type: ColumnType.Timestamp), new("orders_unique_key", ColumnRole.Key, Type: ColumnType.Int64),
        new("total_price", ColumnRole.Observable), new("refund_subtotal", ColumnRole.Observable), new("order_adjusted_total", ColumnRole.Kpi),
    };

    private static readonly ColumnSchema[] AdColumns =
    {
        new("date_day", ColumnRole.Time, Type: ColumnType.Date), new("platform", ColumnRole.Observable, Type: ColumnType.String),
        Id("account_id"), Id("campaign_id"), new("campaign_name", ColumnRole.Observable, Type: ColumnType.String), Id("ad_group_id"), Id("ad_id"),
        new("clicks", ColumnRole.Exposure, Type: ColumnType.Int64), new("impressions", ColumnRole.Exposure, Type: ColumnType.Int64),
        new("spend", ColumnRole.Spend), new("conversions", ColumnRole.Observable, Type: ColumnType.Int64), new("conversions_value", ColumnRole.Observable),
    };

    public override ExportLayout Descriptor { get; } = new("fivetran",
        "Fivetran's shopify__orders and ad_reporting models, as PyMC-Marketing's process_fivetran_* helpers read them, one pair per tenant.");

    public override void Write(TenantFiles files, TenantDataset tenant, ulong seed)
    {
        files.Table(OrdersFile, OrderColumns, rows =>
        {
            foreach (var order in CommerceOrder.Of(tenant.Orders))
            {
                rows.Timestamp(TimestampText.ToUnixMs(order.Head.Timestamp));
                rows.Int64(SourceIds.ShopifyOrderId(order.Head.OrderId));
                rows.Decimal(order.Total, 2);
                rows.Decimal(order.Refunded, 2);
                rows.Decimal(System.Math.Round((order.Total - order.Refunded) * 100, System.MidpointRounding.AwayFromZero) / 100, 2);
                rows.EndRow();
            }
        });
        string name = tenant.Spec.Name;
        long meta = SourceIds.AccountId(seed, name, "meta"), google = SourceIds.AccountId(seed, name, "google");
        files.Table(AdsFile, AdColumns, rows =>
        {
            // Both platforms' rows by date, Meta's first on each day.
            int m = 0, g = 0;
            while (m < tenant.MetaAds.Count || g < tenant.GoogleAds.Count)
            {
                bool takeMeta = g == tenant.GoogleAds.Count || (m < tenant.MetaAds.Count && tenant.MetaAds[m].Date <= tenant.GoogleAds[g].Date);
                if (takeMeta) WriteAd(rows, seed, name, "facebook_ads", meta, tenant.MetaAds[m++]);
                else WriteAd(rows, seed, name, "google_ads", google, tenant.GoogleAds[g++]);
            }
        });
    }

    private static void WriteAd(TableRows rows, ulong seed, string tenant, string platform, long account, AdCampaignDay day)
    {
        rows.Date(day.Date);
        rows.String(platform);
        rows.Int64(account);
        rows.Int64(day.CampaignId);
        rows.String(day.CampaignName);
        rows.Int64(SourceIds.CampaignChildId(seed, tenant, day.CampaignId, "ad_group"));
        rows.Int64(SourceIds.CampaignChildId(seed, tenant, day.CampaignId, "ad"));
        rows.Int64(day.Clicks);
        rows.Int64(day.Impressions);
        rows.Decimal(day.Spend, 2);
        rows.Int64(day.Conversions);
        rows.Decimal(day.ConversionsValue, 2);
        rows.EndRow();
    }

    private static ColumnSchema Id(string name) => new(name, ColumnRole.Key, Type: ColumnType.Int64);
}
