using System;
using MmmFixtures.Media;

namespace MmmFixtures.Tests.Decisions;

/// <summary>
/// The response curve's value and derivatives in one pass: the value has Total's bits, the slope and curvature agree with
/// finite differences of Total, for every saturation kind and both transform orders, and the limits at k = 0 are right.
/// </summary>
public class ResponseDerivativesTests
{
    private static readonly double[] Signal = { 0, 3, 5, 0, 8, 2, 0, 0, 6, 1, 4, 9 };

    public static TheoryData<SaturationKind, double, TransformOrder> Curves()
    {
        var data = new TheoryData<SaturationKind, double, TransformOrder>();
        foreach (var order in new[] { TransformOrder.AdstockThenSaturation, TransformOrder.SaturationThenAdstock })
        {
            foreach (double slope in new[] { 0.7, 1.0, 2.5 }) data.Add(SaturationKind.Hill, slope, order);
            foreach (var kind in new[] { SaturationKind.Logistic, SaturationKind.MichaelisMenten, SaturationKind.Tanh, SaturationKind.None })
                data.Add(kind, 1, order);
        }
        return data;
    }

    private static MediaResponse Response(SaturationKind kind, double slope, TransformOrder order) =>
        new MediaTransform(1.7, new[] { 1.0, 0.5, 0.25 }, new SaturationCurve(kind, 0.8, slope, 1.3, 0.9), order, 4.0).Prepare(Signal);

    [Theory]
    [MemberData(nameof(Curves))]
    public void TheValueIsTotalAndTheDerivativesAreItsFiniteDifferences(SaturationKind kind, double slope, TransformOrder order)
    {
        var response = Response(kind, slope, order);
        foreach (double k in new[] { 0.3, 1.0, 2.7 })
        {
            var (total, first, second) = response.TotalWithDerivatives(k);
            Assert.Equal(response.Total(k), total); // bit for bit
            double h = 1e-4 * k;
            double central = (response.Total(k + h) - response.Total(k - h)) / (2 * h);
            double curvature = (response.Total(k + h) - 2 * response.Total(k) + response.Total(k - h)) / (h * h);
            Assert.Equal(central, first, Math.Abs(central) * 1e-7 + 1e-12);
            Assert.Equal(curvature, second, Math.Abs(curvature) * 1e-3 + 1e-5);
        }
    }

    [Theory]
    [MemberData(nameof(Curves))]
    public void AtZeroTheSlopeIsTheLimitOfTheCurve(SaturationKind kind, double slope, TransformOrder order)
    {
        var response = Response(kind, slope, order);
        var (total, first, _) = response.TotalWithDerivatives(0);
        Assert.Equal(0, total);
        if (kind == SaturationKind.Hill && slope < 1) { Assert.Equal(double.PositiveInfinity, first); return; }
        if (kind == SaturationKind.Hill && slope > 1) { Assert.Equal(0, first); return; }
        double forward = response.Total(1e-7) / 1e-7;
        Assert.Equal(forward, first, Math.Abs(forward) * 1e-5);
    }
}
