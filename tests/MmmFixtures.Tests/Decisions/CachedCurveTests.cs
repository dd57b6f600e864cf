using MmmFixtures.Decisions;

namespace MmmFixtures.Tests.Decisions;

/// <summary>A curve given by its points evaluates each point once, whether its value or the whole point is asked for, alone or several at once.</summary>
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

    [Fact]
    public void Evaluate_asks_for_the_points_not_yet_evaluated_at_once_and_they_have_the_bits_of_one_at_a_time()
    {
        static CurvePoint Point(double x) => new(Math.Sqrt(x), 0.5 / Math.Sqrt(x), -0.25 / (x * Math.Sqrt(x)));
        var alone = new List<double>();
        var batches = new List<double[]>();
        var curve = new CachedCurve(x => { alone.Add(x); return Point(x); }, xs => { batches.Add(xs.ToArray()); return xs.Select(Point).ToArray(); });
        curve.Point(2);
        curve.Evaluate(new[] { 3.0, 2.0, 5.0, 3.0, 7.0 });
        Assert.Equal(new[] { 3.0, 5.0, 7.0 }, Assert.Single(batches)); // each new point once, in order; 2 was known
        curve.Evaluate(new[] { 2.0, 7.0 });
        Assert.Single(batches); // nothing new: no evaluation
        foreach (double x in new[] { 2.0, 3.0, 5.0, 7.0 }) Assert.Equal(Point(x), curve.Point(x));
        Assert.Equal(new[] { 2.0 }, alone);
        Assert.Equal(new[] { 2.0, 3.0, 5.0, 7.0 }, curve.Evaluated.OrderBy(x => x));
    }

    [Fact]
    public void Evaluate_leaves_a_curve_without_several_at_once_to_its_points()
    {
        var asked = new List<double>();
        var curve = new CachedCurve(x => { asked.Add(x); return new CurvePoint(x, 1, 0); });
        curve.Evaluate(new[] { 1.0, 2.0 });
        Assert.Empty(asked);
        Assert.Empty(curve.Evaluated);
    }
}
