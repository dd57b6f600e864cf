using MmmFixtures.Reporting;

namespace MmmFixtures.Tests.Reporting;

public class HistogramTests
{
    [Fact]
    public void Geometric_edges_grow_by_a_constant_ratio_and_count_each_value_once()
    {
        var histogram = Histogram.Geometric(10, 1000, 2);
        Assert.Equal([10.0, 100, 1000], histogram.Edges);
        // 10, 99.9 and 5 (below the edges) in the first bin; 100, the upper edge 1000 and 2000 (above) in the last.
        Assert.Equal([3.0, 3], histogram.Count([10, 99.9, 100, 1000, 5, 2000]));
        Assert.Equal(["10–100", "100–1000"], histogram.Labels());
    }

    [Fact]
    public void Inner_edges_are_rounded_to_two_significant_digits()
    {
        var histogram = Histogram.Geometric(10, 2000, 4); // ratio 3.76: 37.6 → 38, 38·3.76 = 142.9 → 140, 140·3.76 = 526.5 → 530
        Assert.Equal([10.0, 38, 140, 530, 2000], histogram.Edges);
    }

    [Theory]
    [InlineData(0, 10, 2)]
    [InlineData(10, 10, 2)]
    [InlineData(1, 10, 0)]
    public void Bad_bounds_are_refused(double low, double high, int bins) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Histogram.Geometric(low, high, bins));
}
