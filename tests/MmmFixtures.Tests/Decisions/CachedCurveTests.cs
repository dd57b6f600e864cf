using MmmFixtures.Decisions;

namespace MmmFixtures.Tests.Decisions;

/// <summary>A curve given by its points evaluates each point once, whether its value or the whole point is asked for.</summary>
public class CachedCurveTests
{
    [Fact]
    public void A_curve_of_points_evaluates_each_point_once_and_its_value_is_the_points()
    {
        var asked = new List<double>();
        var curve = new CachedCurve(x =>
        {
            asked.Add(x);
            return new CurvePoint(Math.Sqrt(x), 0.5 / Math.Sqrt(x), -0.25 / (x * Math.Sqrt(x)));
        });
        Assert.Equal(Math.Sqrt(2.0), curve.At(2));
        Assert.Equal(new CurvePoint(Math.Sqrt(2.0), 0.5 / Math.Sqrt(2.0), -0.25 / (2 * Math.Sqrt(2.0))), curve.Point(2));
        Assert.Equal(Math.Sqrt(3.0), curve.Point(3).Value);
        Assert.Equal(Math.Sqrt(3.0), curve.At(3));
        Assert.True(curve.HasDerivatives);
        Assert.Equal(new[] { 2.0, 3.0 }, asked);
        Assert.Equal(new[] { 2.0, 3.0 }, curve.Evaluated.OrderBy(x => x));
    }
}
