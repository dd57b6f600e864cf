using MmmFixtures.Media;
using MmmFixtures.Numerics;

namespace MmmFixtures.Tests.Media;

/// <summary>
/// The vector kernels of the response curves (all multipliers in one pass, the derivative terms a block at a time, the
/// in-place adstock) give exactly the bits of the element-by-element scalar code they replaced, for every saturation kind
/// and order, at k = 0, on signals with zeros and on ratios that overflow. Run under DOTNET_MaxVectorTBitWidth=128 or
/// DOTNET_EnableHWIntrinsic=0 they prove the same for other vector widths.
/// </summary>
public class ResponseKernelTests
{
    private static readonly double[] Edges = { 0, 5e-324, 1e-9, 1, 1.01, 40, 1e300, double.MaxValue };

    public static TheoryData<SaturationKind, TransformOrder> Curves()
    {
        var data = new TheoryData<SaturationKind, TransformOrder>();
        foreach (var order in Enum.GetValues<TransformOrder>())
            foreach (var kind in Enum.GetValues<SaturationKind>()) data.Add(kind, order);
        return data;
    }

    [Theory]
    [MemberData(nameof(Curves))]
    public void Totals_for_many_multipliers_equal_each_total_and_the_scalar_sum(SaturationKind kind, TransformOrder order)
    {
        var random = new Random(17);
        foreach (int count in new[] { 1, 3, 33, 64, 70, 131 }) // within one pass, a pass and a part, several passes
            foreach (int length in new[] { 0, 1, 9, 260, 700 })
            {
                var transform = Transform(random, kind, order);
                var signal = Signal(random, length);
                var multipliers = Enumerable.Range(0, count).Select(i => i < Edges.Length && random.Next(3) == 0 ? Edges[i] : random.NextDouble() * 3).ToArray();
                if (count > 5) multipliers[random.Next(count)] = 0;
                var totals = new double[count];
                var response = transform.Prepare(signal);
                response.TotalsFor(multipliers, totals);
                for (int i = 0; i < count; i++)
                {
                    string what = $"{kind} {order} n={length} k={multipliers[i]:R} ({i} of {count})";
                    AssertSameBits(ScalarTotal(transform, signal, multipliers[i]), totals[i], what);
                    AssertSameBits(response.Total(multipliers[i]), totals[i], what);
                }
            }
    }

    [Theory]
    [MemberData(nameof(Curves))]
    public void Total_with_derivatives_equals_the_scalar_evaluation(SaturationKind kind, TransformOrder order)
    {
        var random = new Random(23);
        foreach (int length in new[] { 0, 1, 5, 260, 600 })
            for (int repeat = 0; repeat < 4; repeat++)
            {
                var transform = Transform(random, kind, order);
                var signal = Signal(random, length);
                var response = transform.Prepare(signal);
                // A re-run Hill transform keeps its scalar derivatives (MediaResponse's own code): nothing to compare against.
                if (kind == SaturationKind.Hill && Reruns(transform)) continue;
                foreach (double k in Edges.Concat(new[] { random.NextDouble() * 3, 0.3, 2.5 }))
                {
                    var expected = ScalarTotalWithDerivatives(transform, signal, k);
                    var actual = response.TotalWithDerivatives(k);
                    string what = $"{kind} {order} n={length} k={k:R} slope={transform.Saturation.Slope:R}";
                    AssertSameBits(expected.Total, actual.Total, what + " (value)");
                    AssertSameBits(expected.Slope, actual.Slope, what + " (slope)");
                    AssertSameBits(expected.Curvature, actual.Curvature, what + " (curvature)");
                    AssertSameBits(response.Total(k), actual.Total, what + " (Total)");
                }
            }
    }

    [Theory]
    [MemberData(nameof(Curves))]
    public void A_response_restored_from_a_stretch_of_a_shared_array_equals_the_prepared_one(SaturationKind kind, TransformOrder order)
    {
        var random = new Random(31);
        // Several geos' kept values one after the other, as a read-back holds them, each restored where it lies.
        var transforms = Enumerable.Range(0, 6).Select(_ => Transform(random, kind, order)).ToArray();
        var prepared = transforms.Select((t, g) => t.Prepare(Signal(random, new[] { 0, 1, 9, 260, 300, 41 }[g]))).ToArray();
        var shared = new double[3 + prepared.Sum(r => r.Kept.Length)];
        var restored = new MediaResponse[prepared.Length];
        for (int g = 0, at = 3; g < prepared.Length; at += prepared[g].Kept.Length, g++)
        {
            prepared[g].Kept.CopyTo(shared.AsSpan(at));
            restored[g] = MediaResponse.Restore(transforms[g], shared, at, prepared[g].Kept.Length);
        }
        var multipliers = Edges.Concat(new[] { 0.3, 1.5, random.NextDouble() * 3 }).ToArray();
        for (int g = 0; g < prepared.Length; g++)
        {
            Assert.Equal(prepared[g].Kept.ToArray(), restored[g].Kept.ToArray());
            var expected = new double[multipliers.Length];
            var actual = new double[multipliers.Length];
            prepared[g].TotalsFor(multipliers, expected);
            restored[g].TotalsFor(multipliers, actual);
            foreach (double k in multipliers)
            {
                string what = $"{kind} {order} geo {g} k={k:R}";
                AssertSameBits(prepared[g].Total(k), restored[g].Total(k), what);
                var (total, slope, curvature) = prepared[g].TotalWithDerivatives(k);
                var again = restored[g].TotalWithDerivatives(k);
                AssertSameBits(total, again.Total, what + " (value)");
                AssertSameBits(slope, again.Slope, what + " (slope)");
                AssertSameBits(curvature, again.Curvature, what + " (curvature)");
            }
            for (int i = 0; i < multipliers.Length; i++) AssertSameBits(expected[i], actual[i], $"{kind} {order} geo {g} totals[{i}]");
        }
    }

    [Theory]
    [MemberData(nameof(Curves))]
    public void Realising_a_transform_gives_the_contribution_at_one_and_the_prepared_response(SaturationKind kind, TransformOrder order)
    {
        // Generation's one pass (the contribution, Hill's ratios kept for the curve) equals the contribution at k = 1 and the
        // response prepared from the signal on its own: the same kept series, the same totals.
        var random = new Random(37);
        foreach (int length in new[] { 0, 1, 5, 9, 260, 520 })
            for (int repeat = 0; repeat < 4; repeat++)
            {
                var transform = Transform(random, kind, order);
                var signal = Signal(random, length);
                var expected = new double[length];
                transform.Contribution(signal, 1.0, new double[length], expected);
                var prepared = Enumerable.Repeat(double.NaN, length).ToArray(); // nothing left over is read
                var contribution = new double[length];
                transform.Realise(signal, prepared, contribution);
                string what = $"{kind} {order} n={length} S={transform.SignalScale:R}";
                for (int t = 0; t < length; t++) AssertSameBits(expected[t], contribution[t], $"{what} t={t}");
                var response = MediaResponse.Prepared(transform, prepared);
                var alone = transform.Prepare(signal);
                Assert.Equal(alone.Kept.Length, response.Kept.Length);
                for (int t = 0; t < alone.Kept.Length; t++) AssertSameBits(alone.Kept[t], response.Kept[t], $"{what} kept[{t}]");
                foreach (double k in Edges) AssertSameBits(alone.Total(k), response.Total(k), $"{what} k={k:R}");
            }
    }

    [Fact]
    public void Adstock_in_vectors_and_in_place_equals_the_lag_by_lag_sum()
    {
        var random = new Random(29);
        foreach (int lags in new[] { 1, 2, 3, 8, 13 })
            foreach (int length in new[] { 0, 1, 5, 8, 12, 13, 14, 100 })
            {
                var weights = Enumerable.Range(0, lags).Select(_ => random.NextDouble()).ToArray();
                var x = Signal(random, length);
                var expected = new double[length];
                for (int t = 0; t < length; t++)
                {
                    double sum = 0;
                    for (int l = 0; l < lags && l <= t; l++) sum += weights[l] * x[t - l];
                    expected[t] = sum;
                }
                var convolved = new double[length];
                AdstockKernel.Convolve(x, weights, convolved);
                AdstockKernel.ConvolveInPlace(x, weights);
                for (int t = 0; t < length; t++)
                {
                    AssertSameBits(expected[t], convolved[t], $"L={lags} n={length} t={t}");
                    AssertSameBits(expected[t], x[t], $"L={lags} n={length} t={t} (in place)");
                }
            }
    }

    // A random transform of the kind: Hill slopes below, at and above 1 and 2; no signal scale now and then.
    private static MediaTransform Transform(Random random, SaturationKind kind, TransformOrder order)
    {
        double[] slopes = { 0.6, 1, 1.5, 2, 3.2 };
        var curve = new SaturationCurve(kind, HalfSaturation: 0.05 + random.NextDouble(), Slope: slopes[random.Next(slopes.Length)],
            Lambda: 0.5 + 4 * random.NextDouble(), TanhScale: 0.2 + random.NextDouble());
        var weights = AdstockKernel.Weights(AdstockKind.Geometric, random.NextDouble() * 0.9, 0, 0, 0, 1 + random.Next(8), normalize: true);
        double scale = random.Next(10) == 0 ? 0 : 0.5 + 2 * random.NextDouble();
        return new MediaTransform(random.Next(2) == 0 ? 812.5 : -3.25, weights, curve, order, scale);
    }

    // Non-negative values over many magnitudes, with runs of zeros as in flighted media.
    private static double[] Signal(Random random, int length)
    {
        var values = new double[length];
        for (int t = 0; t < length; t++)
            values[t] = random.Next(5) == 0 ? 0 : random.NextDouble() * Math.Pow(10, random.Next(-12, 4));
        return values;
    }

    // The response total as the element-by-element code computes it (the transform re-run, or the adstocked signal / S
    // saturated at k·a_t, Hill through its ratio, times β, summed in period order).
    private static double ScalarTotal(MediaTransform transform, double[] signal, double k)
    {
        if (k == 0) return 0;
        double sum = 0;
        if (Reruns(transform))
        {
            var series = new double[signal.Length];
            transform.Contribution(signal, k, new double[signal.Length], series);
            foreach (double v in series) sum += v;
            return sum;
        }
        var curve = transform.Saturation;
        double ks = DeterministicMath.Pow(k, curve.Slope);
        foreach (double a in Adstocked(transform, signal))
            sum += transform.Beta * (curve.Kind == SaturationKind.Hill ? SaturationCurve.HillFromRatio(ks * curve.HillRatio(a)) : curve.Apply(k * a));
        return sum;
    }

    // TotalWithDerivatives as it was written before its vector kernels: one period at a time.
    private static (double Total, double Slope, double Curvature) ScalarTotalWithDerivatives(MediaTransform transform, double[] signal, double k)
    {
        var curve = transform.Saturation;
        double beta = transform.Beta, value = 0, slope = 0, curvature = 0;
        if (Reruns(transform))
        {
            if (transform.SignalScale <= 0) return (0, 0, 0);
            int n = signal.Length;
            var first = new double[n];
            var second = new double[n];
            for (int t = 0; t < n; t++)
            {
                double a = signal[t] / transform.SignalScale;
                InputDerivatives(curve, k * a, a, curve.Apply(k * a), out first[t], out second[t]);
            }
            var carried = new double[n];
            AdstockKernel.Convolve(first, transform.Weights, carried);
            foreach (double v in carried) slope += v;
            AdstockKernel.Convolve(second, transform.Weights, carried);
            foreach (double v in carried) curvature += v;
            return (ScalarTotal(transform, signal, k), beta * slope, beta * curvature);
        }
        var adstocked = Adstocked(transform, signal);
        if (curve.Kind == SaturationKind.Hill)
        {
            var ratios = adstocked.Select(curve.HillRatio).ToArray();
            double s = curve.Slope;
            if (k == 0)
            {
                double sumOfRatios = 0, squares = 0;
                foreach (double r in ratios) { sumOfRatios += r; squares += r * r; }
                return (0, beta * (s > 1 ? 0 : s == 1 ? sumOfRatios : double.PositiveInfinity),
                    beta * (s > 2 ? 0 : s == 2 ? 2 * sumOfRatios : s > 1 ? double.PositiveInfinity : s == 1 ? -2 * squares : double.NegativeInfinity));
            }
            double ks = DeterministicMath.Pow(k, s);
            foreach (double r in ratios)
            {
                double ratio = ks * r;
                value += beta * SaturationCurve.HillFromRatio(ratio);
                if (double.IsPositiveInfinity(ratio)) continue;
                double q = 1 / (1 + ratio), rise = ratio * q * q;
                slope += rise;
                curvature += rise * q * (s - 1 - (s + 1) * ratio);
            }
            return (value, beta * s * slope / k, beta * s * curvature / (k * k));
        }
        foreach (double a in adstocked)
        {
            double v = curve.Apply(k * a);
            value += beta * v;
            InputDerivatives(curve, k * a, a, v, out double d1, out double d2);
            slope += d1;
            curvature += d2;
        }
        return (value, beta * slope, beta * curvature);
    }

    // a·sat'(x) and a²·sat''(x) of the kinds other than Hill, as the scalar code wrote them.
    private static void InputDerivatives(in SaturationCurve curve, double x, double a, double value, out double first, out double second)
    {
        first = second = 0;
        if (a == 0) return;
        switch (curve.Kind)
        {
            case SaturationKind.Logistic:
            case SaturationKind.Tanh:
            {
                double t = value, scale = curve.Kind == SaturationKind.Logistic ? 0.5 * curve.Lambda * a : a / curve.TanhScale;
                first = (1 - t * t) * scale;
                second = -2 * t * (1 - t * t) * scale * scale;
                return;
            }
            case SaturationKind.MichaelisMenten:
            {
                double q = 1 / (curve.HalfSaturation + x);
                first = a * curve.HalfSaturation * q * q;
                second = -2 * a * a * curve.HalfSaturation * q * q * q;
                return;
            }
            default:
                first = a;
                second = 0;
                return;
        }
    }

    private static bool Reruns(MediaTransform transform) => transform.SignalScale <= 0 || transform.Order == TransformOrder.SaturationThenAdstock;

    // The signal / S carried over, without the periods where it is 0.
    private static double[] Adstocked(MediaTransform transform, double[] signal)
    {
        var scaled = signal.Select(v => v / transform.SignalScale).ToArray();
        var adstocked = new double[signal.Length];
        AdstockKernel.Convolve(scaled, transform.Weights, adstocked);
        return adstocked.Where(a => a != 0).ToArray();
    }

    private static void AssertSameBits(double expected, double actual, string what)
    {
        if (BitConverter.DoubleToInt64Bits(expected) != BitConverter.DoubleToInt64Bits(actual))
            Assert.Fail($"{what}: expected {expected:R}, got {actual:R}");
    }
}
