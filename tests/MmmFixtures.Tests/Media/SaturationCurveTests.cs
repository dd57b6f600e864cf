using MmmFixtures.Media;
using MmmFixtures.Mmm;

namespace MmmFixtures.Tests.Media;

/// <summary>Each saturation kind at hand-computed points, including κ at the midpoint.</summary>
public class SaturationCurveTests
{
    private static SaturationCurve Curve(SaturationKind kind, double kappa = 0.5, double slope = 2, double lambda = 2, double c = 0.5) =>
        new(kind, kappa, slope, lambda, c);

    [Fact]
    public void Hill_is_one_half_at_kappa()
    {
        var hill = Curve(SaturationKind.Hill);
        Assert.Equal(0.5, hill.Apply(0.5));
        Assert.Equal(0.8, hill.Apply(1.0), 1e-15);        // 1 / (1 + 0.25)
        Assert.Equal(0.0, hill.Apply(0.0));
        Assert.Equal(1.0 / 17, hill.Apply(0.125), 1e-15); // 0.015625 / (0.015625 + 0.25)
        Assert.Equal(0.5, Curve(SaturationKind.Hill, kappa: 2, slope: 0.7).Apply(2));
    }

    [Fact]
    public void Logistic_matches_its_definition()
    {
        double expected = (1 - Math.Exp(-2)) / (1 + Math.Exp(-2));
        Assert.Equal(expected, Curve(SaturationKind.Logistic, lambda: 2).Apply(1), 1e-15);
        Assert.Equal(0.0, Curve(SaturationKind.Logistic).Apply(0));
    }

    [Fact]
    public void Michaelis_Menten_is_one_half_at_kappa()
    {
        var mm = Curve(SaturationKind.MichaelisMenten);
        Assert.Equal(0.5, mm.Apply(0.5));
        Assert.Equal(0.75, mm.Apply(1.5));
    }

    [Fact]
    public void Tanh_and_none()
    {
        Assert.Equal(Math.Tanh(1), Curve(SaturationKind.Tanh, c: 0.5).Apply(0.5), 1e-15);
        Assert.Equal(0.37, Curve(SaturationKind.None).Apply(0.37));
    }
}
