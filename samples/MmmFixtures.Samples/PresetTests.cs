namespace MmmFixtures.Samples;

public class PresetTests
{
    [Fact]
    public void A_preset_fixture_exposes_its_channels_by_name()
    {
        var panel = MediumPanel.Instance;
        Assert.Equal(156 * 8, panel.Rows.Count);
        Assert.Equal(0, panel.Rows[0].Video2); // Video2 starts in week 40
        Assert.InRange(panel.Truth.Video2.ShareOfMedia, 0.01, 0.60);
        Assert.All(panel.Truth.All.Channels, c => Assert.NotNull(c.Roas));
    }
}
