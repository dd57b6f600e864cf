using System.Linq;
using MmmFixtures.Reporting;

namespace MmmFixtures.Commerce.Report;

/// <summary>The focus tenant's daily mean temperature against its climatological normal, over the period.</summary>
internal static class CommerceWeatherChart
{
    public const string Key = "commerce-weather";

    public static XyChart Build(CommerceTenantSummary tenant)
    {
        double[] x = tenant.Dates.Select(ChartDate.Of).ToArray();
        var anomalies = tenant.Truth.Weather.Anomalies;
        return new XyChart(Key, $"Weather at {tenant.Truth.Tenant}: normal vs realised temperature",
            $"The normal T̄(τ) is the declared seasonal cycle; the realised daily mean adds AR(1) anomalies with σ_T = {ReportText.Number(tenant.Truth.Weather.TemperatureAnomalySd)} °C"
            + (anomalies.Count == 0 ? "." : $" and the injected events ({string.Join(", ", anomalies.Select(a => $"{a.Kind} {ReportText.Date(a.Start)}"))})."),
            new ChartAxis("Date", AxisScale.Date), new ChartAxis("Daily mean temperature (°C)"), new[]
            {
                new ChartSeries("Normal", SeriesKind.Line, x, tenant.TempNormalC),
                new ChartSeries("Realised", SeriesKind.Line, x, tenant.TempC),
            });
    }
}
