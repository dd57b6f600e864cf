using System.Linq;
using MmmFixtures.Reporting;

namespace MmmFixtures.Commerce.Report;

/// <summary>
/// The focus tenant's daily revenue against the temperature anomaly, with the true elasticity line. Revenue is shown as
/// ln(net revenue) − (ln μ − e_T·zT): everything the truth explains except temperature (season, weekday, media, e-mail,
/// precipitation, ε) is taken out, so the points scatter around e_T·anomaly/σ_T by the order-sampling noise alone.
/// </summary>
internal static class CommerceElasticityChart
{
    public const string Key = "commerce-revenue-vs-temperature";

    public static XyChart Build(CommerceTenantSummary tenant, int days)
    {
        var t = tenant.Truth;
        double sd = t.Weather.TemperatureAnomalySd, low = tenant.TempAnomaly.DefaultIfEmpty(-sd).Min(), high = tenant.TempAnomaly.DefaultIfEmpty(sd).Max();
        if (low == high) (low, high) = (low - sd, high + sd);
        int left = days - tenant.TempAnomaly.Length;
        return new XyChart(Key, $"Revenue vs temperature anomaly at {t.Tenant}",
            $"Each point is a day's ln(net revenue) minus every true log-demand term except temperature; the line is the true effect e_T·anomaly/σ_T "
            + $"(e_T = {ReportText.Number(t.TemperatureElasticity)}, σ_T = {ReportText.Number(sd)} °C)"
            + (left == 0 ? "." : $"; {Families.CountText.Of(left, "day")} without revenue left out."),
            new ChartAxis("Temperature anomaly (°C)"), new ChartAxis("ln revenue − non-temperature terms"), new[]
            {
                new ChartSeries("Days", SeriesKind.Markers, tenant.TempAnomaly, tenant.TemperatureResidual),
                new ChartSeries("True elasticity", SeriesKind.Line, new[] { low, high }, new[] { t.TemperatureElasticity * low / sd, t.TemperatureElasticity * high / sd }),
            });
    }
}
