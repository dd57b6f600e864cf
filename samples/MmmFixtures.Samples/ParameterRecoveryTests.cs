using MathNet.Numerics.LinearAlgebra;
using MmmFixtures.Mmm;

namespace MmmFixtures.Samples;

/// <summary>
/// What a modelling library's test looks like: fit y on the true transformed media (intercept plus one
/// column per channel) by least squares and recover each channel's β and ROAS. Tolerance: 2% of β.
/// </summary>
public class ParameterRecoveryTests
{
    private const double Tolerance = 0.02;

    [Fact]
    public void Least_squares_on_the_true_transforms_recovers_beta_and_roas()
    {
        var fixture = RecoveryPanel.Instance;
        var truth = fixture.Truth;
        int n = fixture.Rows.Count;
        var channels = new[] { truth.Tv, truth.Radio };

        // The regressors a correct model builds from spend with the true parameters: z = saturation(adstock(spend / S)).
        var spend = new[] { fixture.Rows.Select(r => r.Tv).ToArray(), fixture.Rows.Select(r => r.Radio).ToArray() };
        var z = channels.Select((c, i) => TrueTransform(spend[i], c.ParametersByGeo[0])).ToArray();
        var design = Matrix<double>.Build.Dense(n, 1 + channels.Length, (r, c) => c == 0 ? 1.0 : z[c - 1][r]);
        var y = Vector<double>.Build.Dense(n, r => fixture.Rows[r].Y);
        var coefficients = design.QR().Solve(y);

        for (int c = 0; c < channels.Length; c++)
        {
            double trueBeta = channels[c].ParametersByGeo[0].Beta;
            double fittedBeta = coefficients[c + 1];
            Assert.InRange(fittedBeta, trueBeta * (1 - Tolerance), trueBeta * (1 + Tolerance));

            double fittedContribution = 0;
            for (int r = 0; r < n; r++) fittedContribution += fittedBeta * design[r, c + 1];
            double fittedRoas = fittedContribution / channels[c].TotalSpend;
            Assert.InRange(fittedRoas, channels[c].Roas!.Value * (1 - Tolerance), channels[c].Roas!.Value * (1 + Tolerance));
        }
    }

    /// <summary>z_t = saturation(adstock(spend / S)) with the channel's true parameters (geometric-style kernels, Hill or Michaelis–Menten).</summary>
    internal static double[] TrueTransform(double[] spend, ChannelGeoParameters p)
    {
        var z = new double[spend.Length];
        for (int t = 0; t < spend.Length; t++)
        {
            double adstocked = 0;
            for (int l = 0; l < p.AdstockWeights.Count && l <= t; l++) adstocked += p.AdstockWeights[l] * spend[t - l] / p.SignalScale;
            z[t] = p.SaturationKind == SaturationKind.Hill
                ? Math.Pow(adstocked, p.Slope!.Value) / (Math.Pow(adstocked, p.Slope!.Value) + Math.Pow(p.HalfSaturation!.Value, p.Slope!.Value))
                : adstocked / (p.HalfSaturation!.Value + adstocked);
        }
        return z;
    }
}
