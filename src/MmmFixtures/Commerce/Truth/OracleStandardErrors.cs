using System;
using MmmFixtures.Commerce.Generation;
using MmmFixtures.Numerics;

namespace MmmFixtures.Commerce;

/// <summary>
/// The oracle standard errors of e_T and e_P: those of the recoverability fit, an ordinary least-squares regression of
/// ln(daily net revenue) on the design X = [1, zT, zP, weekday dummies Tuesday…Sunday, cos/sin of the first two annual
/// harmonics (<see cref="DemandSeasonality.Basis"/>), f_meta, f_google, email], computed from the design and the true
/// per-day error variance instead of residuals (a sandwich estimator):
/// <c>Var(β̂) = (XᵀX)⁻¹ Xᵀ Ω X (XᵀX)⁻¹</c>, Ω = diag(v_d), <c>v_d = σ_ε² + E[V²] / (AOV² · λ_d)</c> with λ_d = μ_d / AOV the
/// expected orders and E[V²] the order value's second moment (the delta-method variance of ln of a compound Poisson
/// sum). All days enter; days without net revenue, where the logarithm is undefined, have probability about e^(−λ_d)
/// and do not occur at the presets' volumes (a fit leaves them out). Columns that are identically zero or combinations
/// of others (a platform without spend, no e-mail, a period shorter than a week) are left out of the design; an
/// elasticity whose own column is left out, or whose variance is not finite, has no standard error (null).
/// </summary>
internal static class OracleStandardErrors
{
    private const int Columns = 1 + 2 + 6 + DemandSeasonality.Terms + 3;
    private const int TemperatureColumn = 1, PrecipitationColumn = 2;

    /// <summary>The standard errors of the zT and zP coefficients, or null where the column cannot be estimated.</summary>
    /// <param name="weather">The days' weather (zT, zP, dates).</param>
    /// <param name="metaSignal">f_meta per day.</param>
    /// <param name="googleSignal">f_google per day.</param>
    /// <param name="emailSignal">email[d].</param>
    /// <param name="mu">μ_d.</param>
    /// <param name="noiseSd">σ_ε.</param>
    /// <param name="averageOrderValue">AOV.</param>
    /// <param name="orderValueSecondMoment">E[V²].</param>
    public static (double? Temperature, double? Precipitation) Compute(WeatherDay[] weather, double[] metaSignal, double[] googleSignal,
        double[] emailSignal, double[] mu, double noiseSd, double averageOrderValue, double orderValueSecondMoment)
    {
        int n = weather.Length;
        var rows = new double[n][];
        var xtx = new double[Columns, Columns];
        for (int d = 0; d < n; d++)
        {
            var x = rows[d] = Row(weather[d], metaSignal[d], googleSignal[d], emailSignal[d]);
            for (int i = 0; i < Columns; i++)
                for (int j = 0; j <= i; j++) xtx[i, j] += x[i] * x[j];
        }
        var factor = new CholeskyFactor(xtx);
        return (StandardError(TemperatureColumn), StandardError(PrecipitationColumn));

        double? StandardError(int column)
        {
            if (factor.IsDependent(column)) return null;
            var unit = new double[Columns];
            unit[column] = 1;
            double[] w = factor.Solve(unit); // row `column` of (XᵀX)⁻¹
            double variance = 0;
            for (int d = 0; d < n; d++)
            {
                double projection = 0;
                for (int i = 0; i < Columns; i++) projection += w[i] * rows[d][i];
                double v = noiseSd * noiseSd + orderValueSecondMoment / (averageOrderValue * mu[d]);
                variance += v * projection * projection;
            }
            // A day whose μ underflows to 0 carries no information: no finite standard error.
            return double.IsInfinity(variance) ? null : Math.Sqrt(variance);
        }
    }

    private static double[] Row(WeatherDay day, double meta, double google, double email)
    {
        var x = new double[Columns];
        x[0] = 1;
        x[TemperatureColumn] = day.TempZ;
        x[PrecipitationColumn] = day.PrecipZ;
        int isoWeekday = TenantGenerator.IsoWeekday(day.Date);
        if (isoWeekday > 1) x[3 + isoWeekday - 2] = 1;
        DemandSeasonality.Basis(day.Date.DayOfYear, x.AsSpan(9, DemandSeasonality.Terms));
        x[9 + DemandSeasonality.Terms] = meta;
        x[10 + DemandSeasonality.Terms] = google;
        x[11 + DemandSeasonality.Terms] = email;
        return x;
    }
}
