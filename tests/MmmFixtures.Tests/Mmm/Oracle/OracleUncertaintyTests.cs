using MmmFixtures.Mmm;

namespace MmmFixtures.Tests.Mmm.Oracle;

/// <summary>The oracle standard errors on cases small enough to compute by hand.</summary>
public sealed class OracleUncertaintyTests
{
    private static MmmPanel OneGeoOneChannel(double noiseSd = 0.05) => MmmGenerator.Generate(new MmmSpecBuilder()
        .Seed(3).Periods(104).Geos(1)
        .Baseline(10_000, salesTrend: 0, seasonalityOrder: 2, seasonalAmplitude: 0)
        .Hierarchy(0, 0, 0, 0)
        .Noise(noiseSd)
        .Channel("Tv", c => c.BaseSpend(5_000).SpendNoise(0.5, 0.4).Geometric(0.5).Hill(0.5, 1.5).Beta(2_000))
        .Build());

    [Fact]
    public void One_geo_one_channel_intercept_only_is_sigma_over_the_root_of_the_centred_sum_of_squares()
    {
        var panel = OneGeoOneChannel();
        var tv = panel.Truth.Channels[0];
        double beta = tv.ParametersByGeo[0].Beta;
        double[] z = tv.Contribution.ToArray().Select(v => v / beta).ToArray();
        double mean = z.Average(), sst = z.Sum(v => (v - mean) * (v - mean));
        double sigma = 0.05 * panel.Truth.Geos[0].Base;
        double expectedSe = sigma / Math.Sqrt(sst);
        double expectedRoasSe = expectedSe * z.Sum() * panel.Spec.RevenuePerKpi / tv.TotalSpend;

        var o = tv.Oracle;
        string geo = panel.GeoNames[0];
        Assert.Equal(expectedSe, o.BetaSeByGeo[geo]!.Value, 1e-9 * expectedSe);
        Assert.Equal(expectedRoasSe, o.RoasSeByGeo[geo]!.Value, 1e-9 * expectedRoasSe);
        Assert.Equal(1.0, o.VifByGeo[geo]!.Value, 1e-9);
        // One geo: the pooled fit is the geo's fit.
        Assert.Equal(expectedSe, tv.OracleBetaSe!.Value, 1e-9 * expectedSe);
        Assert.Equal(expectedRoasSe, tv.OracleRoasSe!.Value, 1e-9 * expectedRoasSe);
        Assert.Equal(1.0, tv.Vif!.Value, 1e-9);
        Assert.Equal(expectedSe / beta < 0.1, tv.Identifiable);
    }

    [Fact]
    public void Every_geo_of_a_panel_of_several_batches_gets_its_own_fit()
    {
        // 70 geos: more than one batch of fits, so fit places and each thread's buffers are reused from geo to geo; a
        // piece carried over from the previous geo would move the SE off the geo's own hand-computed one.
        const int geos = 70;
        var panel = MmmGenerator.Generate(new MmmSpecBuilder()
            .Seed(5).Periods(52).Geos(geos)
            .Baseline(10_000, salesTrend: 0, seasonalityOrder: 2, seasonalAmplitude: 0)
            .Hierarchy(0.3, 0, 0, 0.2)
            .Noise(0.05)
            .Channel("Tv", c => c.BaseSpend(5_000).SpendNoise(0.5, 0.4).Geometric(0.5).Hill(0.5, 1.5).Beta(2_000))
            .Build());
        var tv = panel.Truth.Channels[0];
        var contribution = tv.Contribution.ToArray();
        for (int g = 0; g < geos; g++)
        {
            double beta = tv.ParametersByGeo[g].Beta;
            double[] z = Enumerable.Range(0, panel.Periods).Select(t => contribution[t * geos + g] / beta).ToArray();
            double mean = z.Average(), sst = z.Sum(v => (v - mean) * (v - mean));
            double expectedSe = 0.05 * panel.Truth.Geos[g].Base / Math.Sqrt(sst);
            Assert.Equal(expectedSe, tv.Oracle.BetaSeByGeo[panel.GeoNames[g]]!.Value, 1e-9 * expectedSe);
            Assert.Equal(1.0, tv.Oracle.VifByGeo[panel.GeoNames[g]]!.Value, 1e-9);
        }
    }

    [Fact]
    public void The_standard_error_scales_with_the_noise_and_identifiable_follows_the_10_percent_line()
    {
        var quiet = OneGeoOneChannel(0.01).Truth.Channels[0];
        var loud = OneGeoOneChannel(0.5).Truth.Channels[0];
        Assert.Equal(50 * quiet.OracleRoasSe!.Value, loud.OracleRoasSe!.Value, 1e-9 * loud.OracleRoasSe!.Value);
        Assert.True(quiet.Oracle.RelativeSe < 0.1 && quiet.Identifiable);
        Assert.True(loud.Oracle.RelativeSe >= 0.1 && !loud.Identifiable);
    }

    [Fact]
    public void Two_identical_channels_are_collinear_the_later_one_is_not_estimable()
    {
        var panel = MmmGenerator.Generate(new MmmSpecBuilder()
            .Seed(3).Periods(104).Geos(1).Hierarchy(0, 0, 0, 0)
            .Channel("A", c => c.BaseSpend(5_000).Constant().SpendNoise(0, 0).Geometric(0.5).Hill(0.5, 1.5).Beta(2_000))
            .Channel("B", c => c.BaseSpend(5_000).Constant().SpendNoise(0, 0).Geometric(0.5).Hill(0.5, 1.5).Beta(2_000))
            .Build());
        Assert.Null(panel.Truth.Channels[1].Oracle.BetaSeByGeo[panel.GeoNames[0]]);
        Assert.False(panel.Truth.Channels[1].Identifiable);
    }

    [Fact]
    public void Truth_json_carries_the_oracle_of_every_channel_nationally_and_per_geo()
    {
        var panel = OneGeoOneChannel();
        var stream = new MemoryStream();
        MmmTruthJson.Write(panel, stream, MmmPanelValidator.Validate(panel));
        using var json = System.Text.Json.JsonDocument.Parse(stream.ToArray());
        var oracle = json.RootElement.GetProperty("channels")[0].GetProperty("oracle");
        var tv = panel.Truth.Channels[0];
        Assert.Equal(tv.OracleRoasSe, oracle.GetProperty("roasSe").GetDouble());
        Assert.Equal(tv.OracleBetaSe, oracle.GetProperty("betaSe").GetDouble());
        Assert.Equal(tv.Identifiable, oracle.GetProperty("identifiable").GetBoolean());
        var geo = oracle.GetProperty("byGeo")[0];
        Assert.Equal(panel.GeoNames[0], geo.GetProperty("geo").GetString());
        Assert.Equal(tv.Oracle.VifByGeo[panel.GeoNames[0]], geo.GetProperty("vif").GetDouble());
    }
}
