using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;
using MmmFixtures.Mmm;
using Xunit.Abstractions;

namespace MmmFixtures.Tests.Mmm.Oracle;

/// <summary>
/// The oracle SE is what it claims: regenerate y = Σ true components + fresh N(0, σ_g²) noise 200 times,
/// fit OLS on the true design with MathNet (an independent implementation: the full design, no partialling
/// out), and the spread of the estimates matches the oracle SE within 10%.
/// </summary>
public sealed class OracleCalibrationTests(ITestOutputHelper output)
{
    private const int Seeds = 200;

    private static MmmPanel Panel(NoiseModel model) => MmmGenerator.Generate(new MmmSpecBuilder()
        .Seed(11).Periods(104).Geos(2)
        .Baseline(10_000, salesTrend: 0.002, seasonalityOrder: 2, seasonalAmplitude: 0.2)
        .Noise(0.05, model)
        .Control("Price", 10, -50, p => p with { Volatility = 0.1 })
        .Event("Launch", 800, new DateTime(2023, 3, 6), new DateTime(2023, 9, 4))
        .Channel("Tv", c => c.BaseSpend(5_000).SpendNoise(0.6, 0.5).Geometric(0.6).Hill(0.5, 1.5).Beta(2_000))
        .Channel("Search", c => c.BaseSpend(2_000).SpendNoise(0.3, 0.4).Geometric(0.2).Hill(0.6, 1.2).Beta(1_200))
        .Channel("Social", c => c.BaseSpend(1_000).SpendNoise(0.5, 0.6).Geometric(0.4).MichaelisMenten(0.5).Beta(600))
        .Build());

    [Theory]
    [InlineData(NoiseModel.Normal)]
    [InlineData(NoiseModel.LogNormal)]
    public void Per_geo_and_pooled_estimates_spread_as_the_oracle_says_within_10_percent(NoiseModel model)
    {
        var panel = Panel(model);
        double sd = panel.Spec.NoiseSd;
        var truth = panel.Truth;
        int T = panel.Periods, G = panel.GeoCount, C = truth.Channels.Count;
        var mean = new double[panel.RowCount];
        for (int r = 0; r < mean.Length; r++) mean[r] = panel.Y[r] - truth.Noise[r];
        var random = new Random(2024);

        var geoDesign = Enumerable.Range(0, G).Select(g => GeoDesign(panel, g, scaleByBeta: false)).ToArray();
        var pooled = PooledDesign(panel);
        var geoEstimates = new double[G, C][];
        for (int g = 0; g < G; g++) for (int c = 0; c < C; c++) geoEstimates[g, c] = new double[Seeds];
        var pooledEstimates = Enumerable.Range(0, C).Select(_ => new double[Seeds]).ToArray();

        for (int s = 0; s < Seeds; s++)
        {
            var y = new double[panel.RowCount];
            for (int r = 0; r < y.Length; r++)
                y[r] = model == NoiseModel.Normal
                    ? mean[r] + Normal.Sample(random, 0, sd * truth.Geos[r % G].Base)
                    : mean[r] * Math.Exp(sd * Normal.Sample(random, 0, 1) - 0.5 * sd * sd);
            for (int g = 0; g < G; g++)
            {
                var yg = Vector<double>.Build.Dense(T, t => y[panel.RowIndex(t, g)]);
                var b = geoDesign[g].QR().Solve(yg);
                for (int c = 0; c < C; c++) geoEstimates[g, c][s] = b[b.Count - C + c];
            }
            var bp = pooled.QR().Solve(Vector<double>.Build.Dense(panel.RowCount, r => y[PooledRow(panel, r)]));
            for (int c = 0; c < C; c++) pooledEstimates[c][s] = bp[bp.Count - C + c];
        }

        for (int c = 0; c < C; c++)
        {
            var o = truth.Channels[c].Oracle;
            for (int g = 0; g < G; g++)
            {
                double empirical = MathNet.Numerics.Statistics.Statistics.StandardDeviation(geoEstimates[g, c]);
                double oracle = o.BetaSeByGeo[panel.GeoNames[g]]!.Value;
                output.WriteLine($"{truth.Channels[c].Name} {panel.GeoNames[g]}: oracle SE(β) {oracle:G4}, empirical {empirical:G4}, ratio {empirical / oracle:F3}");
                Assert.InRange(empirical / oracle, 0.9, 1.1);
            }
            double pooledEmpirical = MathNet.Numerics.Statistics.Statistics.StandardDeviation(pooledEstimates[c]);
            output.WriteLine($"{truth.Channels[c].Name} pooled: oracle SE(m) {o.RelativeSe:G4}, empirical {pooledEmpirical:G4}, ratio {pooledEmpirical / o.RelativeSe!.Value:F3}");
            Assert.InRange(pooledEmpirical / o.RelativeSe!.Value, 0.9, 1.1);
        }
    }

    // Columns of geo g: 1, trend, seasonality, controls, events, then z_c (or the contribution when scaled).
    private static Matrix<double> GeoDesign(MmmPanel panel, int g, bool scaleByBeta)
    {
        var truth = panel.Truth;
        int K = panel.Spec.Controls.Count, E = panel.Spec.Events.Count, C = truth.Channels.Count;
        return Matrix<double>.Build.Dense(panel.Periods, 3 + K + E + C, (t, j) =>
        {
            int r = panel.RowIndex(t, g);
            if (j == 0) return 1;
            if (j == 1) return truth.Trend[r];
            if (j == 2) return truth.Seasonality[r];
            if (j < 3 + K) return panel.ControlValue(j - 3)[r];
            if (j < 3 + K + E) return panel.EventIndicator(j - 3 - K)[r];
            var channel = truth.Channels[j - 3 - K - E];
            return scaleByBeta ? channel.Contribution[r] : channel.Contribution[r] / channel.ParametersByGeo[g].Beta;
        });
    }

    // Rows geo-major (all periods of geo 0, then geo 1, …); baseline blocks per geo, shared contribution columns.
    private static Matrix<double> PooledDesign(MmmPanel panel)
    {
        int T = panel.Periods, G = panel.GeoCount, C = panel.Truth.Channels.Count;
        var blocks = Enumerable.Range(0, G).Select(g => GeoDesign(panel, g, scaleByBeta: true)).ToArray();
        int p = blocks[0].ColumnCount - C;
        return Matrix<double>.Build.Dense(T * G, p * G + C, (row, j) =>
        {
            int g = row / T, t = row % T;
            if (j >= p * G) return blocks[g][t, p + j - p * G];
            return j / p == g ? blocks[g][t, j % p] : 0;
        });
    }

    private static int PooledRow(MmmPanel panel, int row) => panel.RowIndex(row % panel.Periods, row / panel.Periods);
}
