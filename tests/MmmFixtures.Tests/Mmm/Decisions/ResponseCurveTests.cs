using MmmFixtures.Media;
using MmmFixtures.Mmm;

namespace MmmFixtures.Tests.Mmm.Decisions;

/// <summary>C(k) at any multiplier, per geo and national, and marginal ROAS per geo (the 1% rule).</summary>
public class ResponseCurveTests
{
    private static readonly MmmPanel MultiRegion = MmmGenerator.Generate(MmmPresets.Get(MmmPreset.MultiRegion));

    // One geo, four periods of constant spend 1000 (no spend noise), geometric α = 0.5 over two lags
    // (normalized weights 2/3, 1/3), Hill κ = 1, s = 2, β = 100. With x = spend/S = 1 the adstocked
    // signal is a_0 = 2/3, a_t = 1 after, and C(k) = 100 · Σ_t (k a_t)² / ((k a_t)² + 1).
    private static readonly MmmPanel HandMade = MmmGenerator.Generate(new MmmSpecBuilder().Periods(4).Geos("Only")
        .Channel("Tv", c => c.BaseSpend(1_000).Constant().SpendNoise(0, 0).Geometric(0.5, maxLag: 2).Hill(1, 2).Beta(100))
        .Build());

    private static double HandC(double k)
    {
        static double Hill(double a) => a * a / (a * a + 1);
        return 100 * (Hill(k * 2.0 / 3.0) + 3 * Hill(k));
    }

    [Fact]
    public void A_one_channel_geometric_hill_panel_matches_the_hand_computed_curve()
    {
        var tv = HandMade.Truth.Channels[0];
        Assert.Equal(100 * (4.0 / 13 + 1.5), tv.TotalContribution, 10);
        Assert.Equal(304, tv.ContributionAt(2), 10); // 100 · (16/25 + 3 · 4/5)
        foreach (double k in new[] { 0.25, 0.5, 1.37, 2.9, 10 })
            Assert.Equal(HandC(k), tv.ContributionAt(k), 10);
        Assert.Equal(HandC(0.5), tv.ContributionAt("Only", 0.5), 10);
        double marginal = (HandC(1.01) - HandC(1)) / (0.01 * 4_000);
        Assert.Equal(marginal, tv.MarginalRoas!.Value, 10);
        Assert.Equal(marginal, tv.MarginalRoasByGeo["Only"]!.Value, 10);
    }

    [Fact]
    public void K_1_reproduces_the_realised_contribution_exactly_and_k_0_gives_0()
    {
        foreach (var c in MultiRegion.Truth.Channels)
        {
            Assert.Equal(c.TotalContribution, c.ContributionAt(1));
            Assert.Equal(0, c.ContributionAt(0));
            for (int g = 0; g < MultiRegion.GeoCount; g++)
            {
                string geo = MultiRegion.GeoNames[g];
                Assert.Equal(c.ContributionByGeo[g], c.ContributionAt(geo, 1));
                Assert.Equal(0, c.ContributionAt(geo, 0));
            }
        }
    }

    [Fact]
    public void Any_multiplier_agrees_with_the_grid_and_geos_sum_to_the_national_curve()
    {
        foreach (var c in MultiRegion.Truth.Channels)
        {
            foreach (var point in c.ResponseCurve) Assert.Equal(point.TotalContribution, c.ContributionAt(point.Multiplier));
            foreach (double k in new[] { 0.37, 1.5, 4.2 })
            {
                double sum = MultiRegion.GeoNames.Sum(geo => c.ContributionAt(geo, k));
                Assert.Equal(c.ContributionAt(k), sum, 9);
            }
        }
    }

    [Fact]
    public void Hill_curves_are_monotone_in_k_per_geo_and_national()
    {
        var hill = MultiRegion.Truth.Channels.Where(c => c.ParametersByGeo[0].SaturationKind == SaturationKind.Hill).ToArray();
        Assert.NotEmpty(hill);
        var ks = Enumerable.Range(0, 81).Select(i => i * 0.05).ToArray();
        foreach (var c in hill)
        {
            var national = ks.Select(c.ContributionAt).ToArray();
            Assert.All(national.Zip(national.Skip(1)), p => Assert.True(p.Second > p.First));
            string geo = MultiRegion.GeoNames[^1];
            var local = ks.Select(k => c.ContributionAt(geo, k)).ToArray();
            Assert.All(local.Zip(local.Skip(1)), p => Assert.True(p.Second > p.First));
        }
    }

    [Fact]
    public void Marginal_roas_per_geo_follows_the_1_percent_rule()
    {
        double revenuePerKpi = MultiRegion.Spec.RevenuePerKpi;
        foreach (var c in MultiRegion.Truth.Channels)
            for (int g = 0; g < MultiRegion.GeoCount; g++)
            {
                string geo = MultiRegion.GeoNames[g];
                double expected = (c.ContributionAt(geo, 1.01) - c.ContributionAt(geo, 1)) * revenuePerKpi / (0.01 * c.SpendByGeo[g]);
                Assert.Equal(expected, c.MarginalRoasByGeo[geo]!.Value, 12);
                // Concave past the realised spend here: the next unit returns less than the average.
                Assert.True(c.MarginalRoasByGeo[geo] < c.RoasByGeo[geo]);
            }
    }

    [Fact]
    public void A_geo_without_spend_has_no_marginal_roas()
    {
        var panel = MmmGenerator.Generate(new MmmSpecBuilder().Periods(8).Geos(2)
            .Channel("Tv", c => c.BaseSpend(0)).Build());
        Assert.All(panel.Truth.Channels[0].MarginalRoasByGeo.Values, Assert.Null);
        Assert.Equal(0, panel.Truth.Channels[0].ContributionAt(2));
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void A_negative_or_non_finite_multiplier_is_rejected(double k)
    {
        var tv = HandMade.Truth.Channels[0];
        Assert.Throws<ArgumentOutOfRangeException>(() => tv.ContributionAt(k));
        Assert.Throws<ArgumentOutOfRangeException>(() => tv.ContributionAt("Only", k));
    }

    [Theory]
    [InlineData(SaturationKind.Hill)]
    [InlineData(SaturationKind.Logistic)]
    [InlineData(SaturationKind.MichaelisMenten)]
    [InlineData(SaturationKind.Tanh)]
    [InlineData(SaturationKind.None)]
    public void Geos_evaluated_in_parallel_give_each_geo_its_own_totals_on_any_number_of_threads(SaturationKind kind)
    {
        var random = new Random(41);
        var names = Enumerable.Range(0, 37).Select(g => $"g{g}").ToArray();
        var transforms = names.Select(_ => new MediaTransform(900 * random.NextDouble(),
            AdstockKernel.Weights(AdstockKind.Geometric, 0.6 * random.NextDouble(), 0, 0, 0, 1 + random.Next(6), normalize: true),
            new SaturationCurve(kind, 0.1 + random.NextDouble(), 0.5 + 2 * random.NextDouble(), 0.5 + 3 * random.NextDouble(), 0.2 + random.NextDouble()),
            random.Next(2) == 0 ? TransformOrder.AdstockThenSaturation : TransformOrder.SaturationThenAdstock, 0.5 + random.NextDouble())).ToArray();
        var signals = names.Select(_ => Enumerable.Range(0, 120).Select(t => random.Next(4) == 0 ? 0 : 3 * random.NextDouble()).ToArray()).ToArray();
        MediaResponse[] Prepare() => transforms.Select((t, g) => t.Prepare(signals[g])).ToArray();
        double[] multipliers = { 0, 0.1, 0.5, 1, 1.01, 2.2, 3 };
        var alone = Prepare();
        foreach (int threads in new[] { 1, 2, 3, -1 })
        {
            var byGeo = new ResponseCurves(Prepare, names, threads).ByGeo(multipliers);
            for (int g = 0; g < names.Length; g++)
                for (int i = 0; i < multipliers.Length; i++)
                    Assert.Equal(BitConverter.DoubleToInt64Bits(alone[g].Total(multipliers[i])), BitConverter.DoubleToInt64Bits(byGeo[g, i]));
        }
    }

    [Fact]
    public void An_unknown_geo_is_rejected_naming_the_geos()
    {
        var ex = Assert.Throws<ArgumentException>(() => HandMade.Truth.Channels[0].ContributionAt("Nowhere", 1));
        Assert.Contains("Only", ex.Message);
    }
}
