using BenchmarkDotNet.Attributes;
using MmmFixtures.Media;
using MmmFixtures.Numerics;

namespace MmmFixtures.Benchmarks;

/// <summary>
/// The response-curve hot path: tanh element by element next to the series kernel (ns per element), and one
/// geo × channel's Σ_t contribution at a multiplier for each saturation kind (a 260-period series, as the curves and
/// the optimiser evaluate it).
/// </summary>
[FastJob]
public class ResponseCurveBenchmarks
{
    private const int N = 1024;
    private const int Periods = 260;
    private readonly double[] _x = new double[N];
    private readonly double[] _result = new double[N];
    private MediaResponse _response = null!;

    [Params(SaturationKind.Hill, SaturationKind.MichaelisMenten, SaturationKind.Logistic)]
    public SaturationKind Kind { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var rng = MmmFixtures.Randomness.StreamKey.Root(5).Open();
        for (int i = 0; i < N; i++) _x[i] = rng.NextDouble() * 3; // λ·k·a/2 of a logistic channel
        var signal = new double[Periods];
        for (int t = 0; t < Periods; t++) signal[t] = 1000 * (0.5 + rng.NextDouble());
        double[] weights = AdstockKernel.Weights(AdstockKind.Geometric, 0.5, 0, 0, 0, 8, normalize: true);
        var curve = new SaturationCurve(Kind, HalfSaturation: 0.5, Slope: 1.5, Lambda: 3, TanhScale: 0.5);
        _response = new MediaTransform(900, weights, curve, TransformOrder.AdstockThenSaturation, 1500).Prepare(signal);
    }

    [Benchmark(OperationsPerInvoke = N)]
    public double TanhScalar()
    {
        double s = 0;
        for (int i = 0; i < N; i++) s += DeterministicMath.Tanh(_x[i]);
        return s;
    }

    [Benchmark(OperationsPerInvoke = N)]
    public double TanhSeries()
    {
        DeterministicMath.Tanh(_x, _result);
        return _result[N - 1];
    }

    [Benchmark]
    public double Total() => _response.Total(1.01);
}
