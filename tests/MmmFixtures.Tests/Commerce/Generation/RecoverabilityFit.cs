using MathNet.Numerics.LinearAlgebra;
using MmmFixtures.Commerce;

namespace MmmFixtures.Tests.Commerce.Generation;

/// <summary>
/// The spec's recoverability fit, written independently of the library with MathNet: OLS of ln(daily net revenue) on
/// an intercept, temp_z, precip_z, weekday dummies (Tuesday…Sunday), cos/sin of the first two annual harmonics and the
/// true Meta, Google and e-mail terms; days without net revenue are left out. Returns the zT and zP coefficients and their
/// residual-based (HC0 sandwich) standard errors.
/// </summary>
internal static class RecoverabilityFit
{
    public sealed record Result(double TemperatureElasticity, double PrecipitationElasticity, double TemperatureSe, double PrecipitationSe, int Days);

    public static Result Fit(TenantDataset tenant)
    {
        var rows = new List<double[]>();
        var y = new List<double>();
        for (int d = 0; d < tenant.Daily.Count; d++)
        {
            var day = tenant.Daily[d];
            var truth = tenant.Truth.Days[d];
            if (day.NetRevenue <= 0) continue;
            var x = new double[16];
            x[0] = 1;
            x[1] = day.TempZ;
            x[2] = day.PrecipZ;
            if (day.Weekday > 1) x[1 + day.Weekday] = 1; // Tuesday → 3 … Sunday → 8
            double angle = 2 * Math.PI * day.Date.DayOfYear / 365.25;
            x[9] = Math.Cos(angle);
            x[10] = Math.Sin(angle);
            x[11] = Math.Cos(2 * angle);
            x[12] = Math.Sin(2 * angle);
            x[13] = truth.Meta;
            x[14] = truth.Google;
            x[15] = truth.Email;
            rows.Add(x);
            y.Add(Math.Log(day.NetRevenue));
        }
        var X = Matrix<double>.Build.DenseOfRowArrays(rows);
        var Y = Vector<double>.Build.DenseOfEnumerable(y);
        var beta = X.QR().Solve(Y);
        var residual = Y - X * beta;
        var bread = (X.TransposeThisAndMultiply(X)).Inverse();
        var meat = Matrix<double>.Build.Dense(16, 16);
        for (int i = 0; i < rows.Count; i++)
        {
            var xi = X.Row(i);
            meat += xi.OuterProduct(xi) * (residual[i] * residual[i]);
        }
        var covariance = bread * meat * bread;
        return new Result(beta[1], beta[2], Math.Sqrt(covariance[1, 1]), Math.Sqrt(covariance[2, 2]), rows.Count);
    }
}
