using System;
using System.Runtime.CompilerServices;
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
    /// <remarks>
    /// The common case is inlined and branch-free in the sign (a random sign bit is a branch the CPU
    /// mispredicts half the time); the rare wedge and tail cases go to <see cref="SampleSlow"/>.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Sample(RandomStream rng)
    {
        ulong bits = rng.NextUInt64();
        int layer = (int)(bits & 0xFF);
        double x = (long)(bits >> 11) * (1.0 / 9007199254740992.0) * X[layer];
        if (x < X[layer + 1]) return WithSign(x, bits);
        return SampleSlow(rng, bits, layer, x);
    }

    private static double SampleSlow(RandomStream rng, ulong bits, int layer, double x)
    {
        while (true)
        {
            if (layer == 0) return WithSign(SampleTail(rng), bits);
            // In the wedge between the layer's rectangle and the curve: accept under the curve.
            if (F[layer] + rng.NextDouble() * (F[layer + 1] - F[layer]) < Density(x)) return WithSign(x, bits);

            bits = rng.NextUInt64();
            layer = (int)(bits & 0xFF);
            x = (long)(bits >> 11) * (1.0 / 9007199254740992.0) * X[layer];
            if (x < X[layer + 1]) return WithSign(x, bits);
        }
    }

    // Bit 8 of the draw is the sign, copied into the sign bit of x.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double WithSign(double x, ulong bits) =>
        BitConverter.Int64BitsToDouble(BitConverter.DoubleToInt64Bits(x) ^ (long)((bits & 0x100) << 55));

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
