using MmmFixtures.Mmm;
using MmmFixtures.Mmm.Decisions;
using MmmFixtures.Mmm.Scoring;
using MmmFixtures.Validation;

namespace MmmFixtures.Tests.Mmm.Scoring;

/// <summary>Each metric of the scorecard on hand-made estimates, against values computed by hand from the truth.</summary>
public class MmmScoreTests
{
    // Two geos, 60 weeks; Radio starts in week 10, so its first rows have zero true contribution.
    internal static readonly MmmPanel Panel = MmmGenerator.Generate(new MmmSpecBuilder().Seed(5).Periods(60).Geos(2)
        .Channel("Tv", c => c.BaseSpend(1_000).SpendNoise(0.3, 0.3).Geometric(0.5).Hill(0.6, 1.5).Beta(900))
        .Channel("Radio", c => c.BaseSpend(500).SpendNoise(0.3, 0.3).DelayedStart(10).Geometric(0.3).MichaelisMenten(0.5).Beta(400))
        .Control("Price", 10, -20)
        .Event("Sale", 300, new DateTime(2022, 11, 21))
        .Noise(0.01)
        .Build());

    private static IReadOnlyList<ChannelTruth> Channels => Panel.Truth.Channels;

    private static Dictionary<string, double> PerChannel(Func<ChannelTruth, double> value) => Channels.ToDictionary(c => c.Name, value);

    private static Dictionary<string, IReadOnlyList<double>> Rows(Func<ChannelTruth, int, double> value) =>
        Channels.ToDictionary(c => c.Name, c => (IReadOnlyList<double>)Enumerable.Range(0, Panel.RowCount).Select(r => value(c, r)).ToArray());

    private static void Near(double expected, double? actual, double tolerance = 1e-12) =>
        Assert.InRange(actual!.Value, expected - tolerance * Math.Max(1, Math.Abs(expected)), expected + tolerance * Math.Max(1, Math.Abs(expected)));

    [Fact]
    public void The_truth_itself_scores_zero_everywhere_and_zero_regret_within_the_certificate()
    {
        var optimum = BudgetOptimizer.Optimize(Panel);
        var truth = Panel.Truth;
        var estimates = new MmmEstimates
        {
            Roas = PerChannel(c => c.Roas!.Value),
            RoasIntervals = Channels.ToDictionary(c => c.Name, c => new RoasInterval(c.Roas!.Value - c.OracleRoasSe!.Value, c.Roas!.Value + c.OracleRoasSe!.Value)),
            Contributions = Rows((c, r) => c.Contribution[r]),
            Components = new Dictionary<string, IReadOnlyList<double>>
            {
                ["intercept"] = truth.Intercept.ToArray(),
                ["trend"] = truth.Trend.ToArray(),
                ["seasonality"] = truth.Seasonality.ToArray(),
                ["Price"] = truth.Controls[0].Effect.ToArray(),
                ["Sale"] = truth.Events[0].Effect.ToArray(),
            },
            Parameters = Channels.ToDictionary(c => c.Name, c => (IReadOnlyDictionary<string, double>)new Dictionary<string, double>
            {
                ["beta"] = c.ParametersByGeo[0].Beta,
                ["alpha"] = c.ParametersByGeo[0].Alpha!.Value,
                ["halfSaturation"] = c.ParametersByGeo[0].HalfSaturation!.Value,
            }),
            Allocation = optimum.Channels.ToDictionary(a => a.Channel, a => a.Spend),
        };
        var card = MmmScore.Score(Panel, estimates);
        foreach (var c in card.Channels)
        {
            Assert.Equal(0, c.RoasAbsoluteError);
            Assert.Equal(0, c.RoasRelativeError);
            Assert.Equal(0, c.RoasErrorInOracleSe);
            Near(0, c.ShareError);
            Assert.Equal(0, c.Contribution!.Mape);
            Assert.Equal(0, c.Contribution.Bias);
            Assert.Equal(0, c.Contribution.Srmse);
            Assert.Equal(1, c.Contribution.RSquared);
            Assert.True(c.Interval!.Covers);
            Near(1, c.Interval.WidthInOracleSe);
            Assert.All(c.Parameters, p => Assert.Equal(0, p.AbsoluteError));
        }
        Assert.All(card.Components, x => { Assert.Equal(0, x.Accuracy.Bias); Assert.Equal(0, x.ShareOfYError); });
        Assert.Equal(1, card.All.IntervalCoverage);
        Assert.Equal(0, card.All.RoasRelativeError.Max);
        Assert.InRange(Math.Abs(card.Allocation!.Regret!.Value), 0, card.Allocation.CertificateGap!.Value + 1e-12);
    }

    [Fact]
    public void Roas_ten_percent_high_has_relative_error_one_tenth_and_keeps_the_shares()
    {
        var card = MmmScore.Score(Panel, new MmmEstimates { Roas = PerChannel(c => c.Roas!.Value * 1.1) });
        foreach (var (score, truth) in card.Channels.Zip(Channels))
        {
            double roas = truth.Roas!.Value;
            Near(0.1, score.RoasRelativeError);
            Near(0.1 * roas, score.RoasAbsoluteError);
            Near(0.1 * roas, score.RoasError);
            Near(0.1 * roas / truth.OracleRoasSe!.Value, score.RoasErrorInOracleSe);
            Near(truth.ShareOfMedia, score.EstimatedShare); // every channel scaled alike: shares of ROAS × spend are the true shares
            Assert.Null(score.Contribution);
            Assert.Null(score.Interval);
        }
        Near(0.1, card.All.RoasRelativeError.Mean);
        Near(0.1, card.All.RoasRelativeError.Median);
        Near(0.1 * Channels.Max(c => c.Roas!.Value), card.All.RoasAbsoluteError.Max);
        Assert.Equal(2, card.All.RoasRelativeError.Count);
        Assert.Null(card.Allocation);
        Assert.Null(card.All.IntervalCoverage);
    }

    [Fact]
    public void Contributions_twenty_percent_high_give_the_hand_computed_benchmark_metrics()
    {
        var radio = Channels[1];
        // Radio's rows before week 10 are 0 in truth: left out of the MAPE, so nonsense there does not move it.
        var card = MmmScore.Score(Panel, new MmmEstimates
        {
            Contributions = Rows((c, r) => c.Contribution[r] == 0 ? 5 : 1.2 * c.Contribution[r]),
        });
        var score = card.Channels[1].Contribution!;
        Near(0.2, score.Mape);
        int zeros = 0;
        for (int r = 0; r < Panel.RowCount; r++) zeros += Math.Abs(radio.Contribution[r]) <= SeriesAccuracy.MapeFloor ? 1 : 0;
        Assert.True(zeros >= 20, $"{zeros} zero rows");
        Assert.Equal(zeros, score.ExcludedRows);
        Assert.Equal(Panel.RowCount - zeros, score.MapeRows);

        // Per geo, then averaged over the two geos.
        double bias = 0, srmse = 0, r2 = 0;
        for (int g = 0; g < 2; g++)
        {
            var truth = Enumerable.Range(0, Panel.Periods).Select(t => radio.Contribution[Panel.RowIndex(t, g)]).ToArray();
            var estimate = truth.Select(v => v == 0 ? 5 : 1.2 * v).ToArray();
            var error = estimate.Zip(truth, (e, v) => e - v).ToArray();
            double mean = truth.Average();
            bias += error.Average() / 2;
            srmse += Math.Sqrt(error.Average(e => e * e)) / mean / 2;
            r2 += (1 - error.Sum(e => e * e) / truth.Sum(v => (v - mean) * (v - mean))) / 2;
        }
        Near(bias, score.Bias);
        Near(srmse, score.Srmse);
        Near(r2, score.RSquared);
    }

    [Fact]
    public void Shares_come_from_the_estimated_contributions_when_given()
    {
        var card = MmmScore.Score(Panel, new MmmEstimates { Contributions = Rows((c, r) => c.Name == "Tv" ? 2 * c.Contribution[r] : c.Contribution[r]) });
        double tv = Channels[0].TotalContribution, radio = Channels[1].TotalContribution;
        Near(2 * tv / (2 * tv + radio), card.Channels[0].EstimatedShare);
        Near(2 * tv / (2 * tv + radio) - tv / (tv + radio), card.Channels[0].ShareError);
        Near(Math.Abs(card.Channels[0].ShareError!.Value), card.All.ShareAbsoluteError.Max);
    }

    [Fact]
    public void Coverage_counts_the_intervals_that_contain_the_truth()
    {
        var tv = Channels[0].Roas!.Value;
        var radio = Channels[1].Roas!.Value;
        var card = MmmScore.Score(Panel, new MmmEstimates
        {
            RoasIntervals = new Dictionary<string, RoasInterval> { ["Tv"] = new(tv - 0.1, tv + 0.3), ["Radio"] = new(radio + 0.1, radio + 0.2) },
            IntervalLevel = 0.9,
        });
        Assert.True(card.Channels[0].Interval!.Covers);
        Assert.False(card.Channels[1].Interval!.Covers);
        Assert.Equal(0.5, card.All.IntervalCoverage);
        Near(0.25, card.All.MeanIntervalWidth);
        Near(0.4 / (2 * Channels[0].OracleRoasSe!.Value), card.Channels[0].Interval!.WidthInOracleSe);
        Assert.Equal(0.9, card.IntervalLevel);
    }

    [Fact]
    public void The_realised_allocation_regrets_the_gap_between_the_optimum_and_the_realised_contribution()
    {
        var optimum = BudgetOptimizer.Optimize(Panel);
        var card = MmmScore.Score(Panel, new MmmEstimates { Allocation = PerChannel(c => c.TotalSpend) });
        double realised = Channels.Sum(c => c.TotalContribution) * Panel.Spec.RevenuePerKpi;
        var allocation = card.Allocation!;
        Near(realised, allocation.EstimatedObjective);
        Near(optimum.Objective, allocation.OptimalObjective);
        Near((optimum.Objective - realised) / optimum.Objective, allocation.Regret);
        Assert.True(allocation.Regret > 0);
        Near(Channels.Sum(c => c.TotalSpend), allocation.Budget);
        Assert.Equal(Channels[0].TotalSpend, allocation.Spend[0].Spend);
    }

    [Fact]
    public void Parameters_and_components_score_their_errors()
    {
        var tv = Channels[0];
        double baselineTotal = 0, totalY = 0;
        var truth = Panel.Truth;
        var baseline = new double[Panel.RowCount];
        for (int r = 0; r < baseline.Length; r++)
        {
            baseline[r] = truth.Intercept[r] + truth.Trend[r] + truth.Seasonality[r] + truth.Controls[0].Effect[r] + truth.Events[0].Effect[r];
            baselineTotal += baseline[r];
            totalY += Panel.Y[r];
        }
        var card = MmmScore.Score(Panel, new MmmEstimates
        {
            Parameters = new Dictionary<string, IReadOnlyDictionary<string, double>>
            {
                ["Tv"] = new Dictionary<string, double> { ["beta"] = tv.ParametersByGeo[0].Beta * 1.05, ["slope"] = 1.5 },
                ["x2_radio"] = new Dictionary<string, double> { ["alpha"] = 0.6 },
            },
            Components = new Dictionary<string, IReadOnlyList<double>> { ["baseline"] = baseline.Select(b => b + 100).ToArray() },
        });
        Near(0.05, card.Channels[0].Parameters.Single(p => p.Name == "beta").RelativeError);
        Assert.Equal(0, card.Channels[0].Parameters.Single(p => p.Name == "slope").AbsoluteError);
        Near(1, card.Channels[1].Parameters.Single().RelativeError); // α 0.6 against 0.3
        var component = Assert.Single(card.Components);
        Near(100, component.Accuracy.Bias);
        Near(baselineTotal, component.TrueTotal);
        Near(100.0 * Panel.RowCount / totalY, component.ShareOfYError);
        Assert.Equal(3, card.All.ParameterRelativeError.Count);
    }

    [Fact]
    public void The_identifiable_summary_covers_only_identifiable_channels()
    {
        // A big channel the oracle pins down and a tiny one it cannot (relative SE far above 10%).
        var panel = MmmGenerator.Generate(new MmmSpecBuilder().Seed(8).Periods(104).Geos(1).Baseline(10_000, seasonalityOrder: 0)
            .Channel("Tv", c => c.BaseSpend(3_000).SpendNoise(0.3, 0.5).Geometric(0.4).MichaelisMenten(0.5).TargetRoas(2))
            .Channel("Podcast", c => c.BaseSpend(20).SpendNoise(0.3, 0.5).Geometric(0.4).MichaelisMenten(0.5).TargetRoas(1))
            .Noise(0.05)
            .Build());
        var (tv, podcast) = (panel.Truth.Channels[0], panel.Truth.Channels[1]);
        Assert.True(tv.Identifiable);
        Assert.False(podcast.Identifiable);
        var card = MmmScore.Score(panel, new MmmEstimates { Roas = new Dictionary<string, double> { ["Tv"] = 2.2, ["Podcast"] = 1.5 } });
        Assert.Equal(1, card.Identifiable.Channels);
        Assert.Equal(1, card.Identifiable.RoasRelativeError.Count);
        Near(0.1, card.Identifiable.RoasRelativeError.Mean);
        Near(0.1, card.Identifiable.RoasRelativeError.Max);
        Near(0.2 / tv.OracleRoasSe!.Value, card.Identifiable.RoasErrorInOracleSe.Median);
        Near((0.1 + 0.5) / 2, card.All.RoasRelativeError.Mean);
        Near(0.5, card.All.RoasRelativeError.Max);
        Assert.Equal(2, card.All.Channels);
    }

    [Fact]
    public void A_channel_that_never_spent_needs_no_roas_and_earns_nothing_from_an_allocation()
    {
        var panel = MmmGenerator.Generate(new MmmSpecBuilder().Seed(2).Periods(30).Geos(1)
            .Channel("Tv", c => c.BaseSpend(1_000).MichaelisMenten(0.5).Beta(500))
            .Channel("Dormant", c => c.BaseSpend(0).MichaelisMenten(0.5).Beta(500))
            .Build());
        var tv = panel.Truth.Channels[0];
        Assert.Null(panel.Truth.Channels[1].Roas);
        var card = MmmScore.Score(panel, new MmmEstimates
        {
            Roas = new Dictionary<string, double> { ["Tv"] = tv.Roas!.Value },
            Allocation = new Dictionary<string, double> { ["Tv"] = tv.TotalSpend / 2, ["Dormant"] = tv.TotalSpend / 2 },
        });
        var dormant = card.Channels[1];
        Assert.Null(dormant.TrueRoas);
        Assert.Null(dormant.RoasError);
        Assert.Equal(0, dormant.TrueShare);
        Assert.Equal(0, dormant.EstimatedShare);
        Assert.Equal(1, card.Channels[0].EstimatedShare);
        Assert.Equal(0, card.Allocation!.Spend[1].TrueRevenue);
        Assert.Equal(0, card.Allocation.Optimum.Channels[1].Spend);
        Near(tv.ContributionAt(0.5) * panel.Spec.RevenuePerKpi, card.Allocation.EstimatedObjective);
        Near((card.Allocation.OptimalObjective - card.Allocation.EstimatedObjective) / card.Allocation.OptimalObjective, card.Allocation.Regret);
    }

    private static Dictionary<string, IReadOnlyDictionary<string, double>> PerGeo(Func<ChannelTruth, int, double> spend) =>
        Channels.ToDictionary(c => c.Name, c => (IReadOnlyDictionary<string, double>)Panel.GeoNames.Select((geo, g) => (geo, g))
            .ToDictionary(x => x.geo, x => spend(c, x.g)));

    [Fact]
    public void An_allocation_per_geo_is_scored_against_the_per_geo_optimum()
    {
        // The realised spend per geo earns exactly the realised contribution (C_g(1)); the per-geo optimum is at least the
        // national one, so the same allocation regrets more per geo than nationally.
        double rpk = Panel.Spec.RevenuePerKpi;
        var card = MmmScore.Score(Panel, new MmmEstimates { AllocationByGeo = PerGeo((c, g) => c.SpendByGeo[g]) });
        var allocation = card.Allocation!;
        var perGeoOptimum = BudgetOptimizer.Optimize(Panel, new BudgetOptions { PerGeo = true });
        Near(Channels.Sum(c => c.TotalContribution) * rpk, allocation.EstimatedObjective);
        Assert.NotNull(allocation.Optimum.ByGeo);
        Assert.Equal(perGeoOptimum.Objective, allocation.OptimalObjective);
        Assert.Equal(Channels.Count * Panel.GeoCount, allocation.ByGeo!.Count);
        Assert.Equal(Channels[1].SpendByGeo[1], allocation.ByGeo.Single(g => g.Spend.Channel == "Radio" && g.Geo == Panel.GeoNames[1]).Spend.Spend);
        Near(Channels[0].TotalSpend, allocation.Spend[0].Spend);
        var national = MmmScore.Score(Panel, new MmmEstimates { Allocation = PerChannel(c => c.TotalSpend) }).Allocation!;
        Assert.Null(national.ByGeo);
        Assert.True(allocation.AbsoluteRegret > national.AbsoluteRegret, $"{allocation.AbsoluteRegret} <= {national.AbsoluteRegret}");

        // The per-geo optimum itself regrets nothing (within its certificate).
        var best = MmmScore.Score(Panel, new MmmEstimates
        {
            AllocationByGeo = PerGeo((c, g) => perGeoOptimum.ByGeo!.Single(x => x.Allocation.Channel == c.Name && x.Geo == Panel.GeoNames[g]).Allocation.Spend),
        }).Allocation!;
        Assert.InRange(Math.Abs(best.Regret!.Value), 0, best.CertificateGap!.Value + 1e-12);
    }

    [Fact]
    public void Each_geo_of_an_allocation_per_geo_earns_its_own_curve_at_its_own_multiplier()
    {
        // Every geo's true revenue is its curve at its own k (the bits of ContributionAt(geo, k), evaluated once per
        // channel for all geos), and a channel's revenue their sum in geo order.
        var panel = MmmGenerator.Generate(new MmmSpecBuilder().Seed(11).Periods(40).Geos(7)
            .Channel("Tv", c => c.BaseSpend(1_000).SpendNoise(0.3, 0.3).Geometric(0.5).Hill(0.6, 1.5).Beta(900))
            .Channel("Radio", c => c.BaseSpend(500).SpendNoise(0.3, 0.3).Geometric(0.3).Logistic(2).Beta(400))
            .Build());
        var channels = panel.Truth.Channels;
        double rpk = panel.Spec.RevenuePerKpi;
        var allocation = channels.ToDictionary(c => c.Name, c => (IReadOnlyDictionary<string, double>)panel.GeoNames
            .Select((geo, g) => (geo, spend: c.SpendByGeo[g] * (0.6 + 0.13 * g))).ToDictionary(x => x.geo, x => x.spend));
        var scored = MmmScore.Score(panel, new MmmEstimates { AllocationByGeo = allocation }).Allocation!;
        for (int i = 0; i < channels.Count; i++)
        {
            var c = channels[i];
            double sum = 0;
            for (int g = 0; g < panel.GeoCount; g++)
            {
                string geo = panel.GeoNames[g];
                double expected = c.SpendByGeo[g] > 0 ? c.ContributionAt(geo, allocation[c.Name][geo] / c.SpendByGeo[g]) * rpk : 0;
                double actual = scored.ByGeo!.Single(x => x.Geo == geo && x.Spend.Channel == c.Name).Spend.TrueRevenue;
                Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(actual));
                sum += expected;
            }
            Assert.Equal(BitConverter.DoubleToInt64Bits(sum), BitConverter.DoubleToInt64Bits(scored.Spend[i].TrueRevenue));
        }
    }

    [Fact]
    public void An_allocation_outside_the_bounds_or_the_budget_is_refused_naming_the_channel_and_the_amount()
    {
        var bounds = new Dictionary<string, MultiplierBounds> { ["Tv"] = new(0.5, 1.5) };
        double tv = Channels[0].TotalSpend;
        var outside = Assert.Throws<SpecValidationException>(() => MmmScore.Score(Panel,
            new MmmEstimates { Allocation = PerChannel(c => c.Name == "Tv" ? 2 * tv : c.TotalSpend) }, new BudgetOptions { Bounds = bounds }));
        var error = Assert.Single(outside.Errors);
        Assert.Equal("allocation[Tv]", error.Path);
        Assert.Contains("multiplier 2 of the realised spend", outside.Message);
        Assert.Contains("[0.5, 1.5]", outside.Message);

        var geoOutside = Assert.Throws<SpecValidationException>(() => MmmScore.Score(Panel,
            new MmmEstimates { AllocationByGeo = PerGeo((c, g) => c.Name == "Tv" && g == 1 ? 0 : c.SpendByGeo[g]) }, new BudgetOptions { Bounds = bounds }));
        Assert.Equal($"allocationByGeo[Tv][{Panel.GeoNames[1]}]", Assert.Single(geoOutside.Errors).Path);

        double budget = Channels.Sum(c => c.TotalSpend) / 2;
        var overBudget = Assert.Throws<SpecValidationException>(() => MmmScore.Score(Panel,
            new MmmEstimates { Allocation = PerChannel(c => c.TotalSpend) },
            new BudgetOptions { Budget = budget, Objective = MmmFixtures.Decisions.AllocationObjective.Profit }));
        Assert.Equal("allocation", Assert.Single(overBudget.Errors).Path);
        Assert.Contains("must spend at most the budget", overBudget.Message);

        var both = Assert.Throws<SpecValidationException>(() => MmmScore.Score(Panel, new MmmEstimates
        {
            Allocation = PerChannel(c => c.TotalSpend),
            AllocationByGeo = new Dictionary<string, IReadOnlyDictionary<string, double>>
            {
                ["Tv"] = new Dictionary<string, double> { ["Atlantis"] = 1 },
            },
        }));
        Assert.Equal("allocationByGeo", Assert.Single(both.Errors).Path);
        var unknownGeo = Assert.Throws<SpecValidationException>(() => MmmScore.Score(Panel, new MmmEstimates
        {
            AllocationByGeo = PerGeo((c, g) => c.SpendByGeo[g]).ToDictionary(x => x.Key, x => x.Key == "Radio"
                ? (IReadOnlyDictionary<string, double>)new Dictionary<string, double> { ["Atlantis"] = 1 } : x.Value),
        }));
        Assert.Equal("allocationByGeo[Radio][Atlantis]", Assert.Single(unknownGeo.Errors).Path);
    }

    [Fact]
    public void Bad_estimates_are_refused_with_every_problem_named()
    {
        var estimates = new MmmEstimates
        {
            Roas = new Dictionary<string, double> { ["Tv"] = double.NaN, ["Print"] = 1 },
            RoasIntervals = new Dictionary<string, RoasInterval> { ["Tv"] = new(2, 1), ["Radio"] = new(0, 1) },
            IntervalLevel = 1.5,
            Contributions = new Dictionary<string, IReadOnlyList<double>> { ["Tv"] = new double[3], ["Radio"] = Enumerable.Repeat(double.PositiveInfinity, Panel.RowCount).ToArray() },
            Components = new Dictionary<string, IReadOnlyList<double>> { ["Weather"] = new double[Panel.RowCount] },
            Parameters = new Dictionary<string, IReadOnlyDictionary<string, double>>
            {
                ["Tv"] = new Dictionary<string, double> { ["gamma"] = 1 },
                ["Radio"] = new Dictionary<string, double> { ["slope"] = 1 },
            },
            Allocation = new Dictionary<string, double> { ["Tv"] = -5, ["x1_tv"] = 3 },
        };
        var error = Assert.Throws<SpecValidationException>(() => MmmScore.Score(Panel, estimates));
        var paths = error.Errors.Select(e => e.Path).ToArray();
        Assert.Equal(new[]
        {
            "roas[Tv]", "roas[Print]", "roas[Radio]", "roasIntervals[Tv]", "intervalLevel", "contributions[Radio][0]", "contributions[Tv]",
            "parameters[Radio].slope", "parameters[Tv].gamma", "components[Weather]", "allocation[Tv]", "allocation[x1_tv]", "allocation[Radio]",
        }.Order(StringComparer.Ordinal), paths.Order(StringComparer.Ordinal));
        Assert.Contains("must name a channel of the panel (Tv, Radio)", error.Message);
        Assert.Contains("must have 120 values, one per row (60 periods × 2 geos", error.Message);
        Assert.Contains("is not a parameter of the channel (adstock Geometric, saturation MichaelisMenten)", error.Message);
        Assert.Contains("is missing", error.Message);

        Assert.Throws<SpecValidationException>(() => MmmScore.Score(Panel, new MmmEstimates()));
        var offBudget = Assert.Throws<SpecValidationException>(() => MmmScore.Score(Panel,
            new MmmEstimates { Allocation = PerChannel(c => c.TotalSpend) }, new BudgetOptions { Budget = 1 }));
        Assert.Equal("allocation", Assert.Single(offBudget.Errors).Path);
    }
}
