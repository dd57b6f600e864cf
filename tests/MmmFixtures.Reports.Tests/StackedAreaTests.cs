using MmmFixtures.Mmm;
using MmmFixtures.Reporting;
using MmmFixtures.Reports.Drawing;

namespace MmmFixtures.Reports.Tests;

/// <summary>Stacked areas pile positive values up from zero and negative values down from zero, as a decomposition is read.</summary>
public class StackedAreaTests
{
    [Fact]
    public void Positive_parts_stack_above_zero_and_negative_parts_below_it()
    {
        var stack = new AreaStack(3);
        var baseline = stack.Add(new double[] { 50, 52, 51 });
        var negative = stack.Add(new double[] { -10, -20, 0 });
        var mixed = stack.Add(new double[] { 5, -5, 5 });
        var zero = stack.Add(new double[] { 0, 0, 0 });

        AssertBand(baseline.Single(), new double[] { 0, 0, 0 }, new double[] { 50, 52, 51 });
        AssertBand(negative.Single(), new double[] { -10, -20, 0 }, new double[] { 0, 0, 0 });
        Assert.Equal(2, mixed.Count); // above where positive, below where negative
        AssertBand(mixed[0], new double[] { 50, 52, 51 }, new double[] { 55, 52, 56 });
        AssertBand(mixed[1], new double[] { -10, -25, 0 }, new double[] { -10, -20, 0 });
        AssertBand(zero.Single(), new double[] { 55, 52, 56 }, new double[] { 55, 52, 56 }); // flat, but in the legend
    }

    // One geo, no noise: intercept 10 000, Tv's contribution, and an outage event of −3 000 in week 1. The outage is drawn
    // from 0 down to −3 000 in week 1 (and nowhere else), not from the top of the stack down.
    [Fact]
    public void A_negative_event_in_an_mmm_decomposition_is_drawn_below_zero()
    {
        var spec = new MmmSpecBuilder().Periods(4).Geos("Only").Baseline(10_000, 0, 0, 0).Noise(0)
            .Channel("Tv", c => c.BaseSpend(1_000).Constant().SpendNoise(0, 0).Geometric(0.5, maxLag: 2).Hill(1, 2).Beta(2_000))
            .Event("Outage", -3_000, new DateTime(2022, 1, 10))
            .Build();
        var chart = (XyChart)MmmFamily.Instance.Report(spec, new ReportOptions()).Charts.Single(c => c.Key == "mmm-decomposition");
        int events = chart.Series.Select(s => s.Name).ToList().IndexOf("events");
        Assert.Equal(-3_000, chart.Series[events].Y.Min());

        var svg = Svg.Parse(ChartRenderer.Svg(chart));
        var (zeroY, pixelsPerUnit) = SvgGeometry.ValueAxis(svg);
        double minus3000Y = zeroY + 3_000 * pixelsPerUnit;
        var paths = SvgGeometry.FilledPaths(svg, new ScottPlot.Palettes.Category10().GetColor(events).ToHex());
        var points = Assert.Single(paths);
        Assert.All(points, p => Assert.True(p.Y >= zeroY - 0.5, $"the outage's band reaches {p.Y}, above the zero line at {zeroY}"));
        Assert.Equal(minus3000Y, points.Max(p => p.Y), 0.5);

        // The intercept's band starts at zero: the outage does not eat into it.
        var intercept = SvgGeometry.FilledPaths(svg, new ScottPlot.Palettes.Category10().GetColor(0).ToHex()).Single();
        Assert.Equal(zeroY, intercept.Max(p => p.Y), 0.5);
    }

    private static void AssertBand((double[] Lower, double[] Upper) band, double[] lower, double[] upper)
    {
        Assert.Equal(lower, band.Lower);
        Assert.Equal(upper, band.Upper);
    }
}
