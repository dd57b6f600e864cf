using System.Numerics;
using MmmFixtures.Numerics;

namespace MmmFixtures.Tests.Numerics;

/// <summary>
/// The data-parallel tanh and its error-free product give the scalar code's bits on every input: random values
/// across both branches of the algorithm mixed within vectors, the edges of each branch, special values and series
/// lengths that leave a partial vector.
/// </summary>
public class TanhSeriesTests
{
    private const double HalfLn2 = 0.34657359027997264; // the series/reduction branch point of 2|x|

    private static readonly double[] Edges =
    {
        0.0, -0.0, double.Epsilon, -double.Epsilon, 2.2250738585072009e-308, -2.2250738585072014e-308, 1e-300,
        3.725290298461914e-9, -3.725290298461914e-9, HalfLn2 / 2, -HalfLn2 / 2, HalfLn2, 0.5, -1.0,
        22.0, -22.0, 21.999999999999996, 22.000000000000004, 44.0, 710.0, -1e300, double.MaxValue, -double.MaxValue,
        double.PositiveInfinity, double.NegativeInfinity, double.NaN, -double.NaN, BitConverter.Int64BitsToDouble(0x7FF0000000000123),
    };

    [Fact]
    public void Equals_the_scalar_tanh_bit_for_bit_on_random_and_edge_inputs()
    {
        var random = new Random(20261202);
        var x = new double[400_000];
        for (int i = 0; i < x.Length; i++) x[i] = Draw(random);
        AssertSeriesEqualsScalar(x);
    }

    [Fact]
    public void Equals_the_scalar_tanh_for_every_length_in_place_too()
    {
        var random = new Random(7);
        for (int length = 0; length <= 4 * Vector<double>.Count + 1; length++)
        {
            var x = Enumerable.Range(0, length).Select(_ => Draw(random)).ToArray();
            AssertSeriesEqualsScalar(x);
            var inPlace = (double[])x.Clone();
            DeterministicMath.Tanh(inPlace, inPlace);
            for (int i = 0; i < length; i++) AssertSameBits(DeterministicMath.Tanh(x[i]), inPlace[i], x[i]);
        }
    }

    [Fact]
    public void Split_product_error_equals_the_fused_one()
    {
        var random = new Random(11);
        int width = Vector<double>.Count;
        var a = new double[width];
        var b = new double[width];
        for (int round = 0; round < 100_000; round++)
        {
            for (int i = 0; i < width; i++)
            {
                a[i] = Scaled(random, -60, 60);
                b[i] = Scaled(random, -60, 60);
            }
            var va = new Vector<double>(a);
            var vb = new Vector<double>(b);
            var error = ExactVectorArithmetic.ProductErrorBySplitting(va, vb, va * vb);
            ExactVectorArithmetic.TwoProduct(va, vb, out var fused);
            for (int i = 0; i < width; i++)
            {
                double expected = Math.FusedMultiplyAdd(a[i], b[i], -(a[i] * b[i]));
                AssertSameBits(expected, error[i], a[i]);
                AssertSameBits(expected, fused[i], a[i]);
            }
        }
    }

    private static void AssertSeriesEqualsScalar(double[] x)
    {
        var result = new double[x.Length];
        DeterministicMath.Tanh(x, result);
        for (int i = 0; i < x.Length; i++) AssertSameBits(DeterministicMath.Tanh(x[i]), result[i], x[i]);
    }

    // Uniform over the whole range, log-uniform magnitudes, ulps around each branch point, and the edge values.
    private static double Draw(Random random)
    {
        double sign = random.Next(2) == 0 ? 1 : -1;
        return random.Next(6) switch
        {
            0 => random.NextDouble() * 50 - 25,
            1 => sign * Scaled(random, -40, 6),
            2 => sign * Near(random, HalfLn2 / 2),
            3 => sign * Near(random, 22.0),
            4 => sign * Near(random, 3.725290298461914e-9),
            _ => Edges[random.Next(Edges.Length)],
        };
    }

    private static double Scaled(Random random, int lowExponent, int highExponent) =>
        (1 + random.NextDouble()) * Math.Pow(2, random.Next(lowExponent, highExponent));

    private static double Near(Random random, double x) =>
        BitConverter.Int64BitsToDouble(BitConverter.DoubleToInt64Bits(x) + random.Next(-1000, 1001));

    private static void AssertSameBits(double expected, double actual, double input)
    {
        if (BitConverter.DoubleToInt64Bits(expected) != BitConverter.DoubleToInt64Bits(actual))
            Assert.Fail($"at {input:R}: expected {expected:R} ({BitConverter.DoubleToInt64Bits(expected):X16}), got {actual:R} ({BitConverter.DoubleToInt64Bits(actual):X16})");
    }
}
