using System;
using MmmFixtures.Export;
using MmmFixtures.Families;

namespace MmmFixtures.Commerce;

/// <summary>
/// Klaviyo's metric aggregates (<c>klaviyo/&lt;tenant&gt;/metric_aggregates.csv</c>): per send day and metric
/// (<c>Received Email</c>, <c>Opened Email</c>, <c>Clicked Email</c>, <c>Placed Order</c>) the count and the summed value.
/// </summary>
internal sealed class KlaviyoLayout : CommerceLayout
{
    public const string FileName = "metric_aggregates.csv";

    private static readonly ColumnSchema[] Columns =
    {
        new("date", ColumnRole.Time, Type: ColumnType.Date), new("metric_name", ColumnRole.Observable, Type: ColumnType.String),
        new("count", ColumnRole.Exposure, "email", ColumnType.Int64), new("sum_value", ColumnRole.Observable),
    };

    public override ExportLayout Descriptor { get; } = new("klaviyo", "Klaviyo's metric aggregates with its metric names (Received Email, …, Placed Order), one per tenant.");

    public override void Write(TenantFiles files, TenantDataset tenant, ulong seed) =>
        files.Table(FileName, Columns, rows =>
        {
            foreach (var day in tenant.Email)
            {
                rows.Date(day.Date);
                rows.String(MetricName(day.Metric));
                rows.Int64(day.Count);
                rows.Decimal(day.RevenueAttributed, 2);
                rows.EndRow();
            }
        });

    /// <summary>Klaviyo's name of a metric.</summary>
    internal static string MetricName(EmailMetric metric) => metric switch
    {
        EmailMetric.Received => "Received Email",
        EmailMetric.Opened => "Opened Email",
        EmailMetric.Clicked => "Clicked Email",
        EmailMetric.PlacedOrder => "Placed Order",
        _ => throw new ArgumentOutOfRangeException(nameof(metric), metric, null),
    };
}
