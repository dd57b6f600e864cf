using System;
using MmmFixtures.Numerics;

namespace MmmFixtures.Randomness.Distributions;

/// <summary>
/// Standard normal draws by Marsaglia and Tsang's ziggurat with 256 layers (Doornik's constants):
/// one 64-bit draw and a comparison in about 98.8% of calls. The layer table is built once with
/// <see cref="DeterministicMath"/>, so it is identical on every platform.
/// </summary>
internal static class NormalZiggurat
{
    private const int Layers = 256;
    private const double TailStart = 3.6541528853610088;
    private const double LayerArea = 0.00492867323399;

    // X[i]: right edge of layer i (X[0] is the base layer's virtual width); F[i] = exp(−X[i]²/2).
    private static readonly double[] X = new double[Layers + 1];
    private static readonly double[] F = new double[Layers + 1];

    static NormalZiggurat()
    {
        X[0] = LayerArea / Density(TailStart);
        X[1] = TailStart;
        for (int i = 1; i < Layers - 1; i++)
            X[i + 1] = Math.Sqrt(-2.0 * DeterministicMath.Log(LayerArea / X[i] + Density(X[i])));
        X[Layers] = 0.0;
        for (int i = 0; i <= Layers; i++) F[i] = Density(X[i]);
    }

    /// <summary>A draw from N(0, 1).</summary>
    public static double Sample(RandomStream rng)
    {
        while (true)
        {
            ulong bits = rng.NextUInt64();
            int layer = (int)(bits & 0xFF);
            double u = (bits >> 11) * (1.0 / 9007199254740992.0);
            double x = u * X[layer];
            bool negative = (bits & 0x100) != 0;
            if (x < X[layer + 1]) return negative ? -x : x;

            if (layer == 0)
            {
                x = SampleTail(rng);
                return negative ? -x : x;
            }
            // In the wedge between the layer's rectangle and the curve: accept under the curve.
            if (F[layer] + rng.NextDouble() * (F[layer + 1] - F[layer]) < Density(x))
                return negative ? -x : x;
        }
    }

    // Marsaglia's exponential rejection for x > TailStart.
    private static double SampleTail(RandomStream rng)
    {
        double x, y;
        do
        {
            x = -DeterministicMath.Log(rng.NextOpenDouble()) / TailStart;
            y = -DeterministicMath.Log(rng.NextOpenDouble());
        } while (y + y < x * x);
        return TailStart + x;
    }

    private static double Density(double x) => DeterministicMath.Exp(-0.5 * x * x);
}
