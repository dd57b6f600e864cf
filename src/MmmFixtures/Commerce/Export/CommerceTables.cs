using System;
using System.Collections.Generic;
using MmmFixtures.Export;

namespace MmmFixtures.Commerce;

/// <summary>
/// The canonical commerce tables of <c>commerce-weather.md</c>: their columns (names, roles, types) and how a tenant's
/// rows are written into them. Money is written to the cent; every other double as its shortest round-trip text.
/// </summary>
internal static class CommerceTables
{
    public const string WeatherFile = "weather_daily.csv";
    public const string OrdersFile = "orders.csv";
    public const string MetaAdsFile = "meta_ads.csv";
    public const string GoogleAdsFile = "google_ads.csv";
    public const string EmailFile = "klaviyo_events.csv";
    public const string PanelFile = Rules.CommerceCrossRules.PanelTable + ".csv";
    public const string TruthDailyFile = Rules.CommerceCrossRules.TruthDailyTable + ".csv";

    public static IReadOnlyList<ColumnSchema> WeatherColumns { get; } = new[]
    {
        Date("date"), Value("temp_c"), Value("temp_max_c"), Value("temp_min_c"), Value("precip_mm"), Value("temp_roll7"), Value("precip_roll7"),
        Value("temp_normal_c"), Value("precip_normal_mm"), Value("temp_anomaly"), Value("precip_anomaly"), Value("temp_z"), Value("precip_z"),
    };

    public static IReadOnlyList<ColumnSchema> OrderColumns { get; } = new[]
    {
        Date("date"), new ColumnSchema("timestamp", ColumnRole.Time, Type: ColumnType.Timestamp), Key("order_id"), Text("product"), Text("sku"),
        Count("quantity"), Value("order_value"), Value("discount"), Value("refund"), new ColumnSchema("net_revenue", ColumnRole.Kpi),
    };

    public static IReadOnlyList<ColumnSchema> AdColumns(string platform) => new[]
    {
        Date("date"), Key("campaign_id"), Text("campaign_name"), Text("platform"), new ColumnSchema("spend", ColumnRole.Spend, platform),
        new ColumnSchema("impressions", ColumnRole.Exposure, platform, ColumnType.Int64), new ColumnSchema("clicks", ColumnRole.Exposure, platform, ColumnType.Int64),
        Count("conversions"), Value("conversions_value"), Value("roas"),
    };

    public static IReadOnlyList<ColumnSchema> EmailColumns { get; } = new[] { Date("date"), Text("metric_type"), Count("count"), Value("revenue_attributed") };

    public static TableSchema Panel { get; } = new(PanelFile, new[]
    {
        Tenant(), Date("date"), new ColumnSchema("net_revenue", ColumnRole.Kpi), Count("orders"),
        new ColumnSchema("meta_spend", ColumnRole.Spend, "meta"), new ColumnSchema("google_spend", ColumnRole.Spend, "google"),
        new ColumnSchema("email_sends", ColumnRole.Exposure, "email", ColumnType.Int64),
        Control("temp_c"), Control("precip_mm"), Control("temp_z"), Control("precip_z"), new ColumnSchema("weekday", ColumnRole.Control, Type: ColumnType.Int64),
    });

    public static TableSchema TruthDaily { get; } = new(TruthDailyFile, new[]
    {
        Tenant(), Date("date"), Truth("ln_base"), Truth("seasonality"), Truth("weekday"), Truth("temperature"), Truth("precipitation"),
        Truth("meta"), Truth("google"), Truth("email"), Truth("noise"), Truth("ln_mu"), Truth("mu"), Truth("mu_normal_weather"),
        Truth("mu_without_meta"), Truth("mu_without_google"), Truth("mu_without_email"), Truth("expected_orders"), new ColumnSchema("orders", ColumnRole.Truth, Type: ColumnType.Int64),
        Truth("net_revenue"), Truth("poisson_noise"), Truth("basket_noise"),
    });

    /// <summary>Every canonical table: the root panel and truth, and each tenant's tables (named without the tenant's folder).</summary>
    public static IReadOnlyList<TableSchema> Canonical { get; } = new[]
    {
        Panel, TruthDaily, new TableSchema(WeatherFile, WeatherColumns), new TableSchema(OrdersFile, OrderColumns),
        new TableSchema(MetaAdsFile, AdColumns("meta")), new TableSchema(GoogleAdsFile, AdColumns("google")), new TableSchema(EmailFile, EmailColumns),
    };

    /// <summary>The canonical name of an e-mail metric (<c>placed_order</c>).</summary>
    public static string MetricName(EmailMetric metric) => metric switch
    {
        EmailMetric.Received => "received",
        EmailMetric.Opened => "opened",
        EmailMetric.Clicked => "clicked",
        EmailMetric.PlacedOrder => "placed_order",
        _ => throw new ArgumentOutOfRangeException(nameof(metric), metric, null),
    };

    /// <summary>Writes a tenant's own files (<c>&lt;tenant&gt;/weather_daily.csv</c>, …) in the canonical layout.</summary>
    public static void WriteTenantFiles(TenantFiles files, TenantDataset tenant)
    {
        files.Table(WeatherFile, WeatherColumns, rows => WriteWeather(rows, tenant.Weather));
        files.Table(OrdersFile, OrderColumns, rows => WriteOrders(rows, tenant.Orders));
        files.Table(MetaAdsFile, AdColumns("meta"), rows => WriteAds(rows, tenant.MetaAds));
        files.Table(GoogleAdsFile, AdColumns("google"), rows => WriteAds(rows, tenant.GoogleAds));
        files.Table(EmailFile, EmailColumns, rows => WriteEmail(rows, tenant.Email));
    }

    private static void WriteWeather(TableRows rows, IReadOnlyList<WeatherDay> days)
    {
        foreach (var d in days)
        {
            rows.Date(d.Date);
            rows.Double(d.TempC);
            rows.Double(d.TempMaxC);
            rows.Double(d.TempMinC);
            rows.Double(d.PrecipMm);
            rows.Double(d.TempRoll7);
            rows.Double(d.PrecipRoll7);
            rows.Double(d.TempNormalC);
            rows.Double(d.PrecipNormalMm);
            rows.Double(d.TempAnomaly);
            rows.Double(d.PrecipAnomaly);
            rows.Double(d.TempZ);
            rows.Double(d.PrecipZ);
            rows.EndRow();
        }
    }

    private static void WriteOrders(TableRows rows, IReadOnlyList<OrderLine> lines)
    {
        foreach (var line in lines)
        {
            rows.Date(line.Date);
            rows.Timestamp(TimestampText.ToUnixMs(line.Timestamp));
            rows.Int64(line.OrderId);
            rows.String(line.Product);
            rows.String(line.Sku);
            rows.Int64(line.Quantity);
            rows.Decimal(line.OrderValue, 2);
            rows.Decimal(line.Discount, 2);
            rows.Decimal(line.Refund, 2);
            rows.Decimal(line.NetRevenue, 2);
            rows.EndRow();
        }
    }

    private static void WriteAds(TableRows rows, IReadOnlyList<AdCampaignDay> days)
    {
        foreach (var d in days)
        {
            rows.Date(d.Date);
            rows.Int64(d.CampaignId);
            rows.String(d.CampaignName);
            rows.String(d.Platform);
            rows.Decimal(d.Spend, 2);
            rows.Int64(d.Impressions);
            rows.Int64(d.Clicks);
            rows.Int64(d.Conversions);
            rows.Decimal(d.ConversionsValue, 2);
            rows.Double(d.Roas);
            rows.EndRow();
        }
    }

    private static void WriteEmail(TableRows rows, IReadOnlyList<EmailMetricDay> days)
    {
        foreach (var d in days)
        {
            rows.Date(d.Date);
            rows.String(MetricName(d.Metric));
            rows.Int64(d.Count);
            rows.Decimal(d.RevenueAttributed, 2);
            rows.EndRow();
        }
    }

    /// <summary>Writes a tenant's rows of <c>daily_panel.csv</c>.</summary>
    public static void WritePanel(TableRows rows, IReadOnlyList<TenantDay> days)
    {
        foreach (var d in days)
        {
            rows.String(d.Tenant);
            rows.Date(d.Date);
            rows.Decimal(d.NetRevenue, 2);
            rows.Int64(d.Orders);
            rows.Decimal(d.MetaSpend, 2);
            rows.Decimal(d.GoogleSpend, 2);
            rows.Int64(d.EmailSends);
            rows.Double(d.TempC);
            rows.Double(d.PrecipMm);
            rows.Double(d.TempZ);
            rows.Double(d.PrecipZ);
            rows.Int64(d.Weekday);
            rows.EndRow();
        }
    }

    /// <summary>Writes a tenant's rows of <c>truth_daily.csv</c>.</summary>
    public static void WriteTruthDaily(TableRows rows, string tenant, IReadOnlyList<DemandDay> days)
    {
        foreach (var d in days)
        {
            rows.String(tenant);
            rows.Date(d.Date);
            foreach (double term in new[] { d.LnBase, d.Seasonality, d.Weekday, d.Temperature, d.Precipitation, d.Meta, d.Google, d.Email, d.Noise,
                         d.LnMu, d.Mu, d.MuNormalWeather, d.MuWithoutMeta, d.MuWithoutGoogle, d.MuWithoutEmail, d.ExpectedOrders })
                rows.Double(term);
            rows.Int64(d.Orders);
            rows.Double(d.NetRevenue);
            rows.Double(d.PoissonNoise);
            rows.Double(d.BasketNoise);
            rows.EndRow();
        }
    }

    private static ColumnSchema Date(string name) => new(name, ColumnRole.Time, Type: ColumnType.Date);
    private static ColumnSchema Key(string name) => new(name, ColumnRole.Key, Type: ColumnType.Int64);
    private static ColumnSchema Tenant() => new("tenant", ColumnRole.Key, Type: ColumnType.String);
    private static ColumnSchema Text(string name) => new(name, ColumnRole.Observable, Type: ColumnType.String);
    private static ColumnSchema Count(string name) => new(name, ColumnRole.Observable, Type: ColumnType.Int64);
    private static ColumnSchema Value(string name) => new(name, ColumnRole.Observable);
    private static ColumnSchema Control(string name) => new(name, ColumnRole.Control);
    private static ColumnSchema Truth(string name) => new(name, ColumnRole.Truth);
}
