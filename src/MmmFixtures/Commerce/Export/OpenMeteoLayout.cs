using MmmFixtures.Export;
using MmmFixtures.Families;

namespace MmmFixtures.Commerce;

/// <summary>Open-Meteo's daily weather (<c>open-meteo/&lt;tenant&gt;/daily.csv</c>) with its variable names.</summary>
internal sealed class OpenMeteoLayout : CommerceLayout
{
    public const string FileName = "daily.csv";

    private static readonly ColumnSchema[] Columns =
    {
        new("time", ColumnRole.Time, Type: ColumnType.Date), new("temperature_2m_mean", ColumnRole.Control), new("temperature_2m_max", ColumnRole.Control),
        new("temperature_2m_min", ColumnRole.Control), new("precipitation_sum", ColumnRole.Control),
    };

    public override ExportLayout Descriptor { get; } = new("open-meteo", "Open-Meteo's daily weather (temperature_2m_mean, …, precipitation_sum), one per tenant.");

    public override void Write(TenantFiles files, TenantDataset tenant, ulong seed) =>
        files.Table(FileName, Columns, rows =>
        {
            foreach (var day in tenant.Weather)
            {
                rows.Date(day.Date);
                rows.Double(day.TempC);
                rows.Double(day.TempMaxC);
                rows.Double(day.TempMinC);
                rows.Double(day.PrecipMm);
                rows.EndRow();
            }
        });
}
