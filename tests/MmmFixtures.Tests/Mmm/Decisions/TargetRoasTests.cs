using MmmFixtures.Mmm;
using MmmFixtures.Validation;

namespace MmmFixtures.Tests.Mmm.Decisions;

/// <summary>A channel declared by its ROAS gets the β that makes its national ROAS exactly that.</summary>
public class TargetRoasTests
{
    private static readonly MmmSpec MultiRegion = MmmPresets.Get(MmmPreset.MultiRegion);

    private static MmmSpec WithTarget(MmmSpec spec, int channel, double roas) =>
        spec with { Channels = spec.Channels.Select((c, i) => i == channel ? c with { TargetRoas = roas } : c).ToArray() };

    [Theory]
    [InlineData(2.0, KpiType.Revenue, 1.0)]
    [InlineData(0.35, KpiType.Revenue, 1.0)]
    [InlineData(2.0, KpiType.Conversions, 40.0)]
    public void National_roas_equals_the_target_to_1e_12_and_the_geo_spread_is_kept(double target, KpiType kpi, double revenuePerKpi)
    {
        var spec = MultiRegion with { KpiType = kpi, RevenuePerKpi = revenuePerKpi };
        var declared = MmmGenerator.Generate(spec);
        var solved = MmmGenerator.Generate(WithTarget(spec, 0, target));

        var tv = solved.Truth.Channels[0];
        Assert.True(Math.Abs(tv.Roas!.Value / target - 1) < 1e-12, $"ROAS {tv.Roas:R} for target {target:R}");
        // Σ contribution × revenue per KPI / Σ spend, recomputed from the rows.
        double contribution = tv.Contribution.ToArray().Sum(), spend = solved.Spend(0).ToArray().Sum();
        Assert.True(Math.Abs(contribution * revenuePerKpi / spend / target - 1) < 1e-12);

        // Every geo's β is scaled by one factor: the hierarchy's spread across geos is unchanged.
        var before = declared.Truth.Channels[0].ParametersByGeo.Select(p => p.Beta).ToArray();
        var after = tv.ParametersByGeo.Select(p => p.Beta).ToArray();
        Assert.True(before.Distinct().Count() > 1, "the preset has a β hierarchy");
        double factor = after[0] / before[0];
        Assert.All(after.Zip(before), p => Assert.Equal(factor, p.First / p.Second, 12));

        // The solved β is the spec's, and the other channels and the spend are untouched.
        Assert.Equal(spec.Channels[0].Beta * factor, solved.Spec.Channels[0].Beta, 6);
        Assert.Equal(declared.Spend(0).ToArray(), solved.Spend(0).ToArray());
        for (int c = 1; c < spec.Channels.Count; c++)
            Assert.Equal(declared.Truth.Channels[c].Contribution.ToArray(), solved.Truth.Channels[c].Contribution.ToArray());
    }

    [Fact]
    public void The_declared_beta_is_ignored_when_a_target_is_set()
    {
        var a = MmmGenerator.Generate(WithTarget(MultiRegion, 1, 3.0));
        var spec = WithTarget(MultiRegion, 1, 3.0);
        var b = MmmGenerator.Generate(spec with { Channels = spec.Channels.Select((c, i) => i == 1 ? c with { Beta = 7 } : c).ToArray() });
        Assert.Equal(a.Truth.Channels[1].Contribution.ToArray(), b.Truth.Channels[1].Contribution.ToArray());
        Assert.Equal(a.Y.ToArray(), b.Y.ToArray());
    }

    [Fact]
    public void The_builder_declares_tv_by_its_roas()
    {
        var spec = new MmmSpecBuilder().Periods(52).Geos(3).Hierarchy(0.2, 0.1, 0.1, 0.2)
            .Channel("Tv", c => c.BaseSpend(5_000).Geometric(0.6).Hill(0.6, 1.8).TargetRoas(2.0))
            .Channel("Search", c => c.BaseSpend(2_000).NoAdstock().MichaelisMenten(0.8).Beta(1_500))
            .Build();
        Assert.Equal(2.0, spec.Channels[0].TargetRoas);
        Assert.Equal(2.0, MmmGenerator.Generate(spec).Truth.Channels[0].Roas!.Value, 12);
        // Beta() after TargetRoas() declares by β again.
        Assert.Null(new MmmSpecBuilder().Channel("Tv", c => c.TargetRoas(2).Beta(10)).Build().Channels[0].TargetRoas);
    }

    [Fact]
    public void A_channel_that_never_spends_cannot_be_declared_by_its_roas()
    {
        var spec = new MmmSpecBuilder().Periods(10).Geos(2)
            .Channel("Tv", c => c.BaseSpend(100).TargetRoas(2))
            .Channel("Radio", c => c.BaseSpend(0).TargetRoas(1.5))
            .Build();
        var ex = Assert.Throws<SpecValidationException>(() => MmmGenerator.Generate(spec));
        Assert.Equal(new[] { "channels[1].targetRoas" }, ex.Errors.Select(e => e.Path));
        Assert.Contains("never spends", ex.Message);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(1e6 * 1.0000001)]
    public void A_target_outside_0_to_1e6_is_rejected_with_its_range(double roas)
    {
        var spec = new MmmSpecBuilder().Periods(10).Channel("Tv", c => c.BaseSpend(100).TargetRoas(roas)).Build();
        var ex = Assert.Throws<SpecValidationException>(() => MmmGenerator.Generate(spec));
        var error = Assert.Single(ex.Errors);
        Assert.Equal("channels[0].targetRoas", error.Path);
        Assert.Contains("(0, 1000000]", error.Requirement);
    }

    [Fact]
    public void Json_writes_target_roas_instead_of_beta_and_round_trips()
    {
        var spec = WithTarget(MultiRegion, 0, 2.5);
        string json = MmmSpecJson.Write(spec);
        Assert.Contains("\"targetRoas\": 2.5", json);
        Assert.Equal(spec.Channels.Count - 1, json.Split("\"beta\":").Length - 2); // hierarchy.beta + the β-declared channels
        var read = MmmSpecJson.Read(json);
        Assert.Equal(2.5, read.Channels[0].TargetRoas);
        Assert.Equal(json, MmmSpecJson.Write(read));
        Assert.DoesNotContain("targetRoas", MmmSpecJson.Write(MultiRegion));

        var bad = Assert.Throws<SpecValidationException>(() => MmmSpecJson.Read(json.Replace("\"targetRoas\": 2.5", "\"targetRoas\": \"high\"")));
        Assert.Equal("channels[0].targetRoas", Assert.Single(bad.Errors).Path);
    }
}
