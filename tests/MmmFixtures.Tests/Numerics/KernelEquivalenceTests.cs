using MmmFixtures.Numerics;

namespace MmmFixtures.Tests.Numerics;

/// <summary>
/// The kernels tuned for the Native AOT tool's x86-64-v2 baseline return, bit for bit, what they returned before
/// (<see cref="KernelsBeforeAotTuning"/>) on millions of inputs: raw bit patterns (NaN payloads, subnormals, ±0, ±∞),
/// log-uniform magnitudes over the whole exponent range, ordinary ranges, and ulps around every switch point of the
/// algorithms. Run it also under DOTNET_EnableAVX=0 DOTNET_MaxVectorTBitWidth=128 (CI does), where Fma is missing,
/// Vector&lt;double&gt; has the AOT tool's two lanes and the kernels take the tool's code paths.
/// </summary>
public class KernelEquivalenceTests
{
    private const int Draws = 1_000_000;

    // Switch points of the algorithms: ln2/2 (series/reduction), tanh's 2^-28 and 22, expm1's 2^-54 and -38, exp's
    // overflow/underflow thresholds, log's √2 and the smallest normal, 1 (log and pow), multiples of ln2/64.
    private static readonly double[] SwitchPoints =
    {
        0.34657359027997264, 0.17328679513998632, 3.725290298461914e-9, 22.0, 44.0, 5.551115123125783e-17, 38.0,
        7.09782712893383973096e+02, 7.45133219101941108420e+02, 1.4142135623730951, 0.7071067811865476,
        2.2250738585072014e-308, 1.0, 0.5, 2.0, 0.0108304246962362, 0.6931471805599453, 1e-300, 1e300,
        double.Epsilon, double.MaxValue,
    };

    private static readonly double[] Specials =
    {
        0.0, -0.0, double.PositiveInfinity, double.NegativeInfinity, double.NaN, -double.NaN,
        BitConverter.Int64BitsToDouble(0x7FF0000000000123), double.Epsilon, -double.Epsilon, double.MaxValue,
        -double.MaxValue, 1.0, -1.0, 2.0, -2.0, 0.5, -0.5, 3.0, -3.0,
    };

    [Fact]
    public void Exp_expm1_and_tanh_equal_the_kernels_before_tuning()
    {
        var random = new Random(20261202);
        for (int i = 0; i < Draws; i++)
        {
            double x = Draw(random);
            AssertSameBits(KernelsBeforeAotTuning.Exp(x), DeterministicMath.Exp(x), "Exp", x);
            AssertSameBits(KernelsBeforeAotTuning.Expm1(x), DeterministicMath.Expm1(x), "Expm1", x);
            AssertSameBits(KernelsBeforeAotTuning.Tanh(x), DeterministicMath.Tanh(x), "Tanh", x);
        }
    }

    [Fact]
    public void Tanh_of_a_series_equals_the_scalar_kernel_before_tuning()
    {
        var random = new Random(7);
        var x = new double[Draws];
        for (int i = 0; i < x.Length; i++) x[i] = Draw(random);
        var result = new double[x.Length];
        DeterministicMath.Tanh(x, result);
        for (int i = 0; i < x.Length; i++) AssertSameBits(KernelsBeforeAotTuning.Tanh(x[i]), result[i], "Tanh(span)", x[i]);
    }

    [Fact]
    public void Log_and_log1p_equal_the_kernels_before_tuning()
    {
        var random = new Random(11);
        for (int i = 0; i < Draws; i++)
        {
            double x = Draw(random);
            AssertSameBits(KernelsBeforeAotTuning.Log(x), DeterministicMath.Log(x), "Log", x);
            AssertSameBits(KernelsBeforeAotTuning.Log1p(x), DeterministicMath.Log1p(x), "Log1p", x);
        }
    }

    [Fact]
    public void Pow_equals_the_kernel_before_tuning()
    {
        var random = new Random(13);
        for (int i = 0; i < Draws; i++)
        {
            double x = random.Next(4) == 0 ? Near(random, 1.0, 1 << 20) : Draw(random);
            double y = random.Next(5) switch
            {
                0 => random.Next(-40, 41),                       // integers: odd, even, negative bases
                1 => random.NextDouble() * 6 - 3,                 // ordinary exponents
                2 => random.Next(2) == 0 ? 1e300 : -1e-300,       // products that overflow or underflow
                _ => Draw(random),
            };
            AssertSameBits(KernelsBeforeAotTuning.Pow(x, y), DeterministicMath.Pow(x, y), $"Pow(·, {y:R})", x);
        }
    }

    // Raw bit patterns, log-uniform magnitudes, ordinary ranges, ulps around a switch point, special values.
    internal static double Draw(Random random)
    {
        double sign = random.Next(2) == 0 ? 1 : -1;
        return random.Next(7) switch
        {
            0 => BitConverter.Int64BitsToDouble(random.NextInt64(long.MinValue, long.MaxValue)),
            1 => sign * (1 + random.NextDouble()) * Math.Pow(2, random.Next(-1074, 1024)),
            2 => random.NextDouble() * 100 - 50,
            3 => random.NextDouble() * 1600 - 800,
            4 => sign * (1 + random.NextDouble()) * Math.Pow(2, random.Next(-60, 8)),
            5 => sign * Near(random, SwitchPoints[random.Next(SwitchPoints.Length)], 1000),
            _ => Specials[random.Next(Specials.Length)],
        };
    }

    private static double Near(Random random, double x, int ulps) =>
        BitConverter.Int64BitsToDouble(BitConverter.DoubleToInt64Bits(x) + random.Next(-ulps, ulps + 1));

    private static void AssertSameBits(double expected, double actual, string function, double input)
    {
        if (BitConverter.DoubleToInt64Bits(expected) != BitConverter.DoubleToInt64Bits(actual))
            Assert.Fail($"{function}({input:R}): expected {expected:R} ({BitConverter.DoubleToInt64Bits(expected):X16}), got {actual:R} ({BitConverter.DoubleToInt64Bits(actual):X16})");
    }
}
