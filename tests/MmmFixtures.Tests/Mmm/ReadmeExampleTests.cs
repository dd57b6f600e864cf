using MmmFixtures.Mmm;

namespace MmmFixtures.Tests.Mmm;

/// <summary>The README's code sample, kept compiling and true.</summary>
public sealed class ReadmeExampleTests : TempFolder
{
    [Fact]
    public void The_readme_sample_runs_as_written()
    {
        var spec = new MmmSpecBuilder().Seed(42).Periods(104).Geos(3)
            .Hierarchy(beta: 0.2, alpha: 0.3, halfSaturation: 0.2, baseline: 0.3)
            .Channel("Tv", c => c.BaseSpend(5_000).Seasonal(0.4, peakDayOfYear: 330).Impressions(12)
                                .Geometric(0.6).Hill(0.5, 1.5).Beta(2_000))
            .Channel("Search", c => c.BaseSpend(3_000).LinearTrend(0.005).Clicks(1.2).MichaelisMenten(0.5).Beta(1_200))
            .Control("Price", 10, effect: -150)
            .Event("BlackFriday", 3_000, new DateTime(2022, 11, 21))
            .Build();

        MmmPanel panel = MmmGenerator.Generate(spec);
        ChannelTruth tv = panel.Truth.Channel("Tv");
        double? roas = tv.Roas;
        double? northRoas = tv.RoasByGeo["geo_1"];
        var curve = tv.ResponseCurve;
        var result = MmmExporter.Export(panel, Path.Combine(Folder, "retail"));

        Assert.True(roas > 0);
        Assert.True(northRoas > 0);
        Assert.Equal(312, tv.Contribution.Length);
        Assert.Equal(31, curve.Count);
        Assert.Equal(4, result.Files.Count);
        // The event's week (Monday 2022-11-21) is on in every geo, and only that week.
        Assert.Equal(3.0, panel.EventIndicator(0).ToArray().Sum());
    }
}
