using MmmFixtures.Numerics;

namespace MmmFixtures.Tests.Numerics;

/// <summary>Zeros, infinities, NaN, subnormals and the edges of each function's range behave as System.Math does.</summary>
public class DeterministicMathSpecialValueTests
{
    private static readonly double[] Specials =
    {
        0.0, -0.0, double.PositiveInfinity, double.NegativeInfinity, double.NaN,
        double.Epsilon, -double.Epsilon, 2.2250738585072009e-308, 2.2250738585072014e-308,
        double.MaxValue, -double.MaxValue, 1.0, -1.0, 0.5, -0.5, 2.0, -2.0, 3.0, -3.0,
        709.782712893384, 709.79, -745.13321910194, -745.2, 1e-300, 1e300, Math.PI / 4, Math.PI / 2, Math.PI,
        1e22, -1e22, 1647099.0, 1647100.0, 1.0e-20, 7e-9, 22.0, 22.5, 38.0, -38.0, -40.0,
    };

    public static TheoryData<string> Functions => new() { "Exp", "Log", "Sin", "Cos", "Tanh" };

    [Theory]
    [MemberData(nameof(Functions))]
    public void Special_inputs_match_System_Math(string function)
    {
        Func<double, double> ours = function switch
        {
            "Exp" => DeterministicMath.Exp,
            "Log" => DeterministicMath.Log,
            "Sin" => DeterministicMath.Sin,
            "Cos" => DeterministicMath.Cos,
            _ => DeterministicMath.Tanh,
        };
        Func<double, double> reference = function switch
        {
            "Exp" => Math.Exp,
            "Log" => Math.Log,
            "Sin" => Math.Sin,
            "Cos" => Math.Cos,
            _ => Math.Tanh,
        };
        foreach (double x in Specials)
            AssertClose(reference(x), ours(x), $"{function}({x:R})");
    }

    [Fact]
    public void Pow_special_cases_follow_C99()
    {
        double[] values =
        {
            0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, -2.0, 3.0, -3.0, 1.5, -1.5, 1e308, -1e308, 1e-310,
            double.PositiveInfinity, double.NegativeInfinity, double.NaN, 9007199254740993.0, 1024.0, -1075.0,
        };
        foreach (double x in values)
            foreach (double y in values)
                AssertClose(Math.Pow(x, y), DeterministicMath.Pow(x, y), $"Pow({x:R}, {y:R})");
    }

    [Fact]
    public void Log1p_and_Expm1_edges()
    {
        Assert.Equal(double.NegativeInfinity, DeterministicMath.Log1p(-1));
        Assert.True(double.IsNaN(DeterministicMath.Log1p(-1.5)));
        Assert.Equal(1e-20, DeterministicMath.Log1p(1e-20));
        Assert.Equal(-1.0, DeterministicMath.Expm1(double.NegativeInfinity));
        Assert.Equal(double.PositiveInfinity, DeterministicMath.Expm1(710));
        Assert.Equal(1e-20, DeterministicMath.Expm1(1e-20));
        Assert.True(double.IsNaN(DeterministicMath.Expm1(double.NaN)));
    }

    [Fact]
    public void Logistic_and_logit_are_inverse_and_hand_checked()
    {
        Assert.Equal(0.5, DeterministicMath.Logistic(0));
        Assert.Equal(0.0, DeterministicMath.Logit(0.5));
        // logit(0.8) = log(4); logistic(log 4) = 4/5.
        Assert.True(UlpDistance.Between(Math.Log(4), DeterministicMath.Logit(0.8)) <= 2);
        Assert.True(UlpDistance.Between(0.8, DeterministicMath.Logistic(Math.Log(4))) <= 2);
        Assert.Equal(0.0, DeterministicMath.Logistic(-800));
        Assert.Equal(1.0, DeterministicMath.Logistic(800));
    }

    private static void AssertClose(double expected, double actual, string what)
    {
        if (double.IsNaN(expected) || double.IsInfinity(expected) || expected == 0 || actual == 0)
        {
            // Equal bits, up to NaN payload: this also tells +0 from -0.
            bool same = double.IsNaN(expected) ? double.IsNaN(actual)
                : BitConverter.DoubleToInt64Bits(expected) == BitConverter.DoubleToInt64Bits(actual);
            Assert.True(same,
                $"{what}: expected {expected:R}, got {actual:R}");
            return;
        }
        long ulp = UlpDistance.Between(expected, actual);
        Assert.True(ulp <= 2, $"{what}: expected {expected:R}, got {actual:R} ({ulp} ulp)");
    }
}
