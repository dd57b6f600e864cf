using MmmFixtures.Mmm;

namespace MmmFixtures.Samples;

/// <summary>Sharing one generated fixture across a test class with <see cref="IClassFixture{TFixture}"/>.</summary>
public sealed class RetailPanelFixture
{
    public RetailPanel Panel { get; } = RetailPanel.Instance; // generated once, shared by every test
}

public class RetailPanelTests(RetailPanelFixture fixture) : IClassFixture<RetailPanelFixture>
{
    private readonly RetailPanel _panel = fixture.Panel;

    [Fact]
    public void Rows_are_typed_by_channel_and_control()
    {
        Assert.Equal(156 * 4, _panel.Rows.Count);
        var first = _panel.Rows[0];
        Assert.Equal(new DateTime(2022, 1, 3), first.Date);
        Assert.Equal("geo_1", first.Geo);
        Assert.True(first.Tv > 0 && first.Search > 0 && first.Price > 0);
        Assert.Equal(2, _panel.Rows.Count(r => r.BlackFriday == 1) / 4);
    }

    [Fact]
    public void Truth_says_how_each_row_was_made()
    {
        var truth = _panel.Truth;
        for (int r = 0; r < _panel.Rows.Count; r++)
        {
            double sum = truth.All.Intercept[r] + truth.All.Trend[r] + truth.All.Seasonality[r] + truth.Price.Effect[r]
                         + truth.BlackFriday.Effect[r] + truth.Tv.Contribution[r] + truth.Search.Contribution[r] + truth.All.Noise[r];
            Assert.Equal(_panel.Rows[r].Y, sum, 1e-9 * Math.Abs(sum));
        }
        Assert.InRange(truth.Tv.Roas!.Value, 0.1, 10);
        Assert.Equal(4, truth.Tv.RoasByGeo.Count);
        Assert.Equal(truth.Tv.TotalContribution, truth.Tv.ResponseCurve[10].TotalContribution, 1e-6);
    }

    [Fact]
    public void A_model_that_ignores_saturation_overstates_marginal_returns()
    {
        // The kind of assertion an optimiser's tests make: at current spend the marginal ROAS is below the average ROAS.
        var tv = _panel.Truth.Tv;
        Assert.True(tv.MarginalRoas < tv.Roas);
    }
}
