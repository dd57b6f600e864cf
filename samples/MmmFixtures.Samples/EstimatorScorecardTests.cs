using MathNet.Numerics.LinearAlgebra;
using MmmFixtures.Mmm;
using MmmFixtures.Mmm.Scoring;

namespace MmmFixtures.Samples;

/// <summary>
/// A panel at a realistic 5% noise with three channels: least squares can pin down the two big ones, not the small
/// one, and the truth says which (<c>Identifiable</c>, from the oracle standard error).
/// </summary>
[MmmDataset(Seed = 21, Periods = 156, NoiseSd = 0.05, SeasonalityOrder = 0, SalesTrend = 0)]
[Channel("Tv", BaseSpend = 2_000, SpendVolatility = 0.5, SpendAutocorrelation = 0.3, Adstock = AdstockKind.Geometric, AdstockAlpha = 0.5,
         Saturation = SaturationKind.Hill, HalfSaturation = 0.6, Slope = 1.3, TargetRoas = 1.8)]
[Channel("Search", BaseSpend = 1_200, SpendVolatility = 0.5, SpendAutocorrelation = 0.3, Adstock = AdstockKind.Geometric, AdstockAlpha = 0.2,
         Saturation = SaturationKind.MichaelisMenten, HalfSaturation = 0.4, TargetRoas = 2.5)]
[Channel("Podcast", BaseSpend = 60, SpendVolatility = 0.5, SpendAutocorrelation = 0.3, Adstock = AdstockKind.Geometric, AdstockAlpha = 0.4,
         Saturation = SaturationKind.MichaelisMenten, HalfSaturation = 0.5, TargetRoas = 1.2)]
public partial class NoisyPanel;

/// <summary>
/// The two tests a modelling or optimisation library writes against decision truth: "my estimator is within 3 oracle
/// standard errors of the true ROAS of every identifiable channel" and "my optimiser's allocation has less than 1%
/// regret", both scored with <see cref="MmmScore.Score"/>.
/// </summary>
public class EstimatorScorecardTests
{
    [Fact]
    public void My_estimator_is_within_3_oracle_SEs_of_the_true_ROAS_of_every_identifiable_channel()
    {
        var fixture = NoisyPanel.Instance;
        var channels = fixture.Truth.All.Channels;

        // The estimator under test: least squares of y on an intercept and each channel's true transformed spend.
        var spend = channels.Select((_, c) => fixture.Panel.Spend(c).ToArray()).ToArray();
        var z = channels.Select((c, i) => ParameterRecoveryTests.TrueTransform(spend[i], c.ParametersByGeo[0])).ToArray();
        int n = fixture.Rows.Count;
        var design = Matrix<double>.Build.Dense(n, 1 + channels.Count, (r, c) => c == 0 ? 1.0 : z[c - 1][r]);
        var beta = design.QR().Solve(Vector<double>.Build.Dense(n, r => fixture.Rows[r].Y));
        var roas = channels.Select((c, i) => (c.Name, Roas: beta[i + 1] * z[i].Sum() / spend[i].Sum())).ToDictionary(x => x.Name, x => x.Roas);

        var card = MmmScore.Score(fixture.Panel, new MmmEstimates { Roas = roas });

        Assert.Contains(card.Channels, c => c.Identifiable);
        Assert.Contains(card.Channels, c => !c.Identifiable);    // Podcast: too little spend for any method
        foreach (var channel in card.Channels.Where(c => c.Identifiable))
            Assert.True(channel.RoasErrorInOracleSe < 3, $"{channel.Channel}: ROAS {channel.EstimatedRoas} is {channel.RoasErrorInOracleSe:F1} oracle SEs from {channel.TrueRoas}");
        Assert.True(card.Identifiable.RoasErrorInOracleSe.Max < 3);
    }

    [Fact]
    public void My_optimisers_allocation_has_less_than_1_percent_regret()
    {
        var panel = MediumPanel.Instance.Panel;
        var allocation = MarginalExchangeOptimizer.Allocate(panel.Truth.Channels);

        var card = MmmScore.Score(panel, new MmmEstimates { Allocation = allocation });

        Assert.True(card.Allocation!.Regret < 0.01, $"regret {card.Allocation.Regret:P2}");
    }
}

/// <summary>
/// A user's budget optimiser, as simple as they come: start from the realised spend and keep moving a step of budget
/// from the channel where it earns least to the one where it earns most while that gains, halving the step when
/// nothing gains. It reads each channel's response curve C(k) (here the true one, <see cref="ChannelTruth.ContributionAt(double)"/>).
/// </summary>
public static class MarginalExchangeOptimizer
{
    public static Dictionary<string, double> Allocate(IReadOnlyList<ChannelTruth> channels)
    {
        var spend = channels.Select(c => c.TotalSpend).ToArray();
        double Revenue(int c, double x) => channels[c].TotalSpend > 0 ? channels[c].ContributionAt(x / channels[c].TotalSpend) : 0;
        double budget = spend.Sum();
        for (double step = budget / 10; step > budget * 1e-5; step /= 2)
        {
            bool moved = true;
            while (moved)
            {
                var gain = channels.Select((_, c) => Revenue(c, spend[c] + step) - Revenue(c, spend[c])).ToArray();
                var loss = channels.Select((_, c) => spend[c] >= step ? Revenue(c, spend[c]) - Revenue(c, spend[c] - step) : double.PositiveInfinity).ToArray();
                int to = Array.IndexOf(gain, gain.Max()), from = Array.IndexOf(loss, loss.Min());
                moved = to != from && gain[to] > loss[from];
                if (moved)
                {
                    spend[to] += step;
                    spend[from] -= step;
                }
            }
        }
        return channels.Select((c, i) => (c.Name, Spend: spend[i])).ToDictionary(x => x.Name, x => x.Spend);
    }
}
