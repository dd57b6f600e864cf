using MmmFixtures.Mmm;
using Xunit.Abstractions;

namespace MmmFixtures.Tests.Mmm.Oracle;

/// <summary>Every preset states, per channel, a finite oracle SE and whether the channel is identifiable.</summary>
public sealed class OraclePresetTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(MmmPreset.Basic)]
    [InlineData(MmmPreset.Seasonal)]
    [InlineData(MmmPreset.MultiRegion)]
    [InlineData(MmmPreset.SmallBusiness)]
    [InlineData(MmmPreset.GrowingBusiness)]
    [InlineData(MmmPreset.MediumBusiness)]
    public void Every_spending_channel_has_a_finite_oracle_and_identifiable_is_the_10_percent_line(MmmPreset preset)
    {
        var truth = MmmGenerator.Generate(MmmPresets.Get(preset, 42)).Truth;
        foreach (var c in truth.Channels)
        {
            output.WriteLine($"| {preset} | {c.Name} | {c.Roas:G4} | {c.OracleRoasSe:G3} | {c.Oracle.RelativeSe:P1} | {c.Vif:F2} | {(c.Identifiable ? "yes" : "no")} |");
            Assert.True(c.Roas is null || (c.OracleRoasSe is double se && double.IsFinite(se) && se > 0), c.Name);
            Assert.Equal(c.Oracle.RelativeSe < 0.1, c.Identifiable);
            Assert.True(c.Vif is null || c.Vif >= 1 - 1e-9, $"{c.Name}: VIF {c.Vif}");
            foreach (var (geo, rel) in c.Oracle.RelativeSeByGeo)
                Assert.Equal(rel < 0.1, c.Oracle.IdentifiableByGeo[geo]);
        }
    }
}
