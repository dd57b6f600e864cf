using MmmFixtures.Media;
using MmmFixtures.Numerics;

namespace MmmFixtures.Tests.Media;

/// <summary>
/// The series evaluation of every saturation kind, and the response totals built on it, give exactly the bits of the
/// element-by-element scalar code: the vector kernels change speed, never values.
/// </summary>
public class SaturationSeriesTests
{
    private static readonly double[] Multipliers = { 0, 5e-324, 1e-9, 0.37, 1, 1.01, 2.5, 40, 1e300, double.MaxValue };

    public static TheoryData<SaturationKind> Kinds => new(Enum.GetValues<SaturationKind>());

    private static SaturationCurve Curve(SaturationKind kind) => new(kind, HalfSaturation: 0.45, Slope: 1.3, Lambda: 3, TanhScale: 0.7);

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Series_curve_equals_the_scalar_curve_at_every_element(SaturationKind kind)
    {
        var random = new Random(3);
        var curve = Curve(kind);
        foreach (int length in new[] { 0, 1, 3, 4, 5, 17, 260 })
            foreach (double k in Multipliers)
            {
                var a = Series(random, length);
                var h = new double[length];
                curve.Apply(a, k, h);
                for (int t = 0; t < length; t++) AssertSameBits(curve.Apply(k * a[t]), h[t], $"{kind} k={k:R} a={a[t]:R}");
            }
    }

    [Fact]
    public void Hill_from_ratios_keeps_the_limits_of_infinite_and_NaN_ratios()
    {
        var random = new Random(5);
        double[] specials = { double.PositiveInfinity, double.NaN, 1e308, 5e-324, 0 };
        foreach (double ks in new[] { 1e-300, 0.5, 1, 7, 1e300, double.PositiveInfinity })
        {
            var r = Series(random, 23);
            for (int t = 0; t < r.Length; t += 4) r[t] = specials[random.Next(specials.Length)];
            var h = new double[r.Length];
            SaturationCurve.HillFromRatio(r, ks, h);
            for (int t = 0; t < r.Length; t++) AssertSameBits(SaturationCurve.HillFromRatio(ks * r[t]), h[t], $"ks={ks:R} r={r[t]:R}");
        }
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Response_total_equals_the_scalar_sum_for_either_order(SaturationKind kind)
    {
        var random = new Random(9);
        double[] weights = AdstockKernel.Weights(AdstockKind.Geometric, 0.6, 0, 0, 0, 6, normalize: true);
        foreach (var order in Enum.GetValues<TransformOrder>())
            foreach (double scale in new[] { 0.0, 1.7 })
                foreach (int length in new[] { 0, 1, 7, 260, 600 }) // 600 spans several of Total's blocks
                {
                    var transform = new MediaTransform(-812.5, weights, Curve(kind), order, scale);
                    var signal = Series(random, length);
                    var response = transform.Prepare(signal);
                    var totals = new double[Multipliers.Length];
                    response.TotalsFor(Multipliers, totals);
                    for (int i = 0; i < Multipliers.Length; i++)
                    {
                        double expected = ScalarTotal(transform, signal, Multipliers[i]);
                        AssertSameBits(expected, response.Total(Multipliers[i]), $"{kind} {order} S={scale} n={length} k={Multipliers[i]:R}");
                        AssertSameBits(expected, totals[i], $"{kind} {order} S={scale} n={length} k={Multipliers[i]:R} (TotalsFor)");
                    }
                }
    }

    // The response total as the element-by-element code computes it: the adstocked signal / S (for Hill its ratio)
    // saturated at k·a_t, times β, summed in period order; or the whole transform re-run.
    private static double ScalarTotal(MediaTransform transform, double[] signal, double k)
    {
        if (k == 0) return 0;
        int n = signal.Length;
        double sum = 0;
        if (transform.SignalScale <= 0 || transform.Order == TransformOrder.SaturationThenAdstock)
        {
            var series = new double[n];
            transform.Contribution(signal, k, new double[n], series);
            foreach (double v in series) sum += v;
            return sum;
        }
        var scaled = signal.Select(v => v / transform.SignalScale).ToArray();
        var adstocked = new double[n];
        AdstockKernel.Convolve(scaled, transform.Weights, adstocked);
        var curve = transform.Saturation;
        double ks = DeterministicMath.Pow(k, curve.Slope);
        foreach (double a in adstocked)
            sum += transform.Beta * (curve.Kind == SaturationKind.Hill ? SaturationCurve.HillFromRatio(ks * curve.HillRatio(a)) : curve.Apply(k * a));
        return sum;
    }

    // Non-negative signal values over many magnitudes, with runs of zeros as in flighted media.
    private static double[] Series(Random random, int length)
    {
        var values = new double[length];
        for (int t = 0; t < length; t++)
            values[t] = random.Next(5) == 0 ? 0 : random.NextDouble() * Math.Pow(10, random.Next(-12, 4));
        return values;
    }

    private static void AssertSameBits(double expected, double actual, string what)
    {
        if (BitConverter.DoubleToInt64Bits(expected) != BitConverter.DoubleToInt64Bits(actual))
            Assert.Fail($"{what}: expected {expected:R}, got {actual:R}");
    }
}
