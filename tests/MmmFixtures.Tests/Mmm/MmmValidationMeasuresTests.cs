using MmmFixtures.Mmm;

namespace MmmFixtures.Tests.Mmm;

/// <summary>The numbers the validator measures are kept whether or not they raise a finding.</summary>
public class MmmValidationMeasuresTests
{
    [Fact]
    public void Two_channels_with_proportional_spend_correlate_at_one_and_the_identity_holds()
    {
        var spec = new MmmSpecBuilder().Periods(60).Geos(2)
            .Channel("Tv", c => c.BaseSpend(1_000).Seasonal(0.8, 100).SpendNoise(0, 0))
            .Channel("Radio", c => c.BaseSpend(500).Seasonal(0.8, 100).SpendNoise(0, 0))
            .Build();
        var measures = MmmPanelValidator.Validate(MmmGenerator.Generate(spec)).Measures;
        var (first, second, r) = measures.HighestSpendCorrelation!.Value;
        Assert.Equal(("Tv", "Radio"), (first, second));
        Assert.Equal(1, r, 1e-12);
        Assert.InRange(measures.WorstIdentityError, 0, MmmPanelValidator.IdentityTolerance);
        Assert.True(measures.SignalToNoise > 0);
    }

    [Fact]
    public void One_channel_has_no_correlation_and_a_noiseless_panel_no_signal_to_noise()
    {
        var spec = new MmmSpecBuilder().Periods(30).Geos(1).Noise(0).Channel("Tv", c => c.BaseSpend(1_000)).Build();
        var measures = MmmPanelValidator.Validate(MmmGenerator.Generate(spec)).Measures;
        Assert.Null(measures.HighestSpendCorrelation);
        Assert.Null(measures.SignalToNoise);
    }
}
