using MathNet.Numerics.LinearAlgebra;
using MmmFixtures.Commerce;

namespace MmmFixtures.Tests.Commerce.Generation;

/// <summary>The truth's oracle SEs equal the sandwich formula computed independently with MathNet from the exported data.</summary>
public class OracleStandardErrorTests
{
    [Fact]
    public void Oracle_se_is_the_sandwich_of_the_design_and_the_true_variances()
    {
        var tenant = CommerceTestData.Default.Tenants[1];
        var t = tenant.Truth;
        var spec = tenant.Spec;
        // E[V²] from the Poisson noise's law is not exported; recover it from the definition of the oracle instead:
        // compute Var(β̂) for v_d = σ_ε² + c/μ_d at two values of c and interpolate linearly in c to the truth.
        var rows = tenant.Daily.Select((day, i) =>
        {
            var d = t.Days[i];
            var x = new double[16];
            x[0] = 1; x[1] = day.TempZ; x[2] = day.PrecipZ;
            if (day.Weekday > 1) x[1 + day.Weekday] = 1;
            double angle = 2 * Math.PI * day.Date.DayOfYear / 365.25;
            x[9] = Math.Cos(angle); x[10] = Math.Sin(angle); x[11] = Math.Cos(2 * angle); x[12] = Math.Sin(2 * angle);
            x[13] = d.Meta; x[14] = d.Google; x[15] = d.Email;
            return x;
        }).ToArray();
        var X = Matrix<double>.Build.DenseOfRowArrays(rows);
        var bread = X.TransposeThisAndMultiply(X).Inverse();
        double Variance(int column, double c)
        {
            var w = bread.Row(column) * X.Transpose();
            return Enumerable.Range(0, rows.Length).Sum(d => (spec.DemandNoiseSd * spec.DemandNoiseSd + c / t.Days[d].Mu) * w[d] * w[d]);
        }
        // v_d = σ_ε² + E[V²] / (AOV · μ_d): solve for E[V²]/AOV from the temperature SE, then predict the precipitation SE.
        double v0 = Variance(1, 0), v1 = Variance(1, 1);
        double c = (t.TemperatureElasticitySe!.Value * t.TemperatureElasticitySe.Value - v0) / (v1 - v0);
        Assert.InRange(c / t.AverageOrderValue, 1.0, 3.0); // E[V²]/AOV² of a basket: 1 + CV² of the order value
        Assert.Equal(Math.Sqrt(Variance(2, c)), t.PrecipitationElasticitySe!.Value, 1e-9);
        // Empirically, E[V²] is the mean squared order value.
        var orderValues = tenant.Orders.GroupBy(l => l.OrderId).Select(g => g.Sum(l => l.NetRevenue)).ToArray();
        double secondMoment = orderValues.Average(v => v * v);
        Assert.InRange(c * t.AverageOrderValue / secondMoment, 0.95, 1.05);
    }
}
