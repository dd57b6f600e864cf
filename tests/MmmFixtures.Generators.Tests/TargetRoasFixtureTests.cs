using MmmFixtures.Media;
using MmmFixtures.Mmm;

namespace MmmFixtures.Generators.Tests;

[MmmDataset(Seed = 3, Periods = 52, Geos = 4, HierarchyBeta = 0.2)]
[Channel("Tv", BaseSpend = 5_000, Adstock = AdstockKind.Geometric, AdstockAlpha = 0.6, Saturation = SaturationKind.Hill, HalfSaturation = 0.6, TargetRoas = 2.0)]
[Channel("Search", BaseSpend = 2_000, Beta = 1_500)]
public partial class RoasDeclaredPanel;

/// <summary>"Tv returns 2.0": an attribute declares a channel by its ROAS and the generated truth has exactly that ROAS.</summary>
public class TargetRoasFixtureTests
{
    [Fact]
    public void An_attribute_target_roas_maps_to_the_spec_and_the_truth_returns_it()
    {
        var spec = RoasDeclaredPanel.CreateSpec();
        Assert.Equal(2.0, spec.Channels[0].TargetRoas);
        Assert.Null(spec.Channels[1].TargetRoas);
        var tv = RoasDeclaredPanel.Instance.Truth.Tv;
        Assert.True(Math.Abs(tv.Roas!.Value / 2.0 - 1) < 1e-12, $"{tv.Roas:R}");
        Assert.Equal(MmmGenerator.Generate(spec).Truth.Channels[0].Roas, tv.Roas);
        // The typed truth carries the response curve at any multiplier and the marginal ROAS per geo.
        Assert.Equal(tv.TotalContribution, tv.ContributionAt(1));
        Assert.True(tv.ContributionAt(1.5) > tv.TotalContribution);
        Assert.Equal(4, tv.MarginalRoasByGeo.Count);
    }
}
