using BenchmarkDotNet.Attributes;
using MmmFixtures.Numerics;

namespace MmmFixtures.Benchmarks;

/// <summary>Nanoseconds per call of each deterministic function next to System.Math (1024 inputs an invocation).</summary>
[FastJob]
public class MathBenchmarks
{
    private const int N = 1024;
    private readonly double[] _wide = new double[N];
    private readonly double[] _positive = new double[N];
    private readonly double[] _angles = new double[N];
    private readonly double[] _exponents = new double[N];

    [GlobalSetup]
    public void Setup()
    {
        var rng = MmmFixtures.Randomness.StreamKey.Root(3).Open();
        for (int i = 0; i < N; i++)
        {
            _wide[i] = rng.NextDouble() * 40 - 20;
            _positive[i] = rng.NextDouble() * 1000 + 1e-3;
            _angles[i] = rng.NextDouble() * 800 - 400;
            _exponents[i] = rng.NextDouble() * 6 - 3;
        }
    }

    [Benchmark(OperationsPerInvoke = N)] public double Exp() => Map(_wide, DeterministicMath.Exp);
    [Benchmark(OperationsPerInvoke = N)] public double MathExp() => Map(_wide, Math.Exp);
    [Benchmark(OperationsPerInvoke = N)] public double Log() => Map(_positive, DeterministicMath.Log);
    [Benchmark(OperationsPerInvoke = N)] public double MathLog() => Map(_positive, Math.Log);
    [Benchmark(OperationsPerInvoke = N)] public double Sin() => Map(_angles, DeterministicMath.Sin);
    [Benchmark(OperationsPerInvoke = N)] public double MathSin() => Map(_angles, Math.Sin);
    [Benchmark(OperationsPerInvoke = N)] public double Cos() => Map(_angles, DeterministicMath.Cos);
    [Benchmark(OperationsPerInvoke = N)] public double MathCos() => Map(_angles, Math.Cos);
    [Benchmark(OperationsPerInvoke = N)] public double Tanh() => Map(_wide, DeterministicMath.Tanh);
    [Benchmark(OperationsPerInvoke = N)] public double MathTanh() => Map(_wide, Math.Tanh);
    [Benchmark(OperationsPerInvoke = N)] public double Expm1() => Map(_exponents, DeterministicMath.Expm1);
    [Benchmark(OperationsPerInvoke = N)] public double Log1p() => Map(_positive, DeterministicMath.Log1p);

    [Benchmark(OperationsPerInvoke = N)]
    public double Pow()
    {
        double s = 0;
        for (int i = 0; i < N; i++) s += DeterministicMath.Pow(_positive[i], _exponents[i]);
        return s;
    }

    [Benchmark(OperationsPerInvoke = N)]
    public double MathPow()
    {
        double s = 0;
        for (int i = 0; i < N; i++) s += Math.Pow(_positive[i], _exponents[i]);
        return s;
    }

    private static double Map(double[] inputs, Func<double, double> f)
    {
        double s = 0;
        for (int i = 0; i < inputs.Length; i++) s += f(inputs[i]);
        return s;
    }
}
