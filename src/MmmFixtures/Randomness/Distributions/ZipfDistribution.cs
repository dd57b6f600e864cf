using System;
using MmmFixtures.Numerics;

namespace MmmFixtures.Randomness.Distributions;

/// <summary>
/// Zipf's law over ranks 1..n: P(k) ∝ k^−s. Built once as an <see cref="AliasTable"/>, so a draw is O(1);
/// fits the catalog sizes fixtures use (memory is 12 bytes a rank).
/// </summary>
public sealed class ZipfDistribution
{
    private readonly AliasTable _table;

    /// <summary>Creates the distribution over <paramref name="count"/> ≥ 1 ranks with exponent <paramref name="exponent"/> ≥ 0.</summary>
    public ZipfDistribution(int count, double exponent)
    {
        if (count < 1) throw new ArgumentOutOfRangeException(nameof(count), count, "must be in [1, 2^31)");
        Require.NonNegative(exponent, nameof(exponent));
        var weights = new double[count];
        for (int k = 1; k <= count; k++) weights[k - 1] = DeterministicMath.Pow(k, -exponent);
        _table = new AliasTable(weights);
        Count = count;
        Exponent = exponent;
    }

    /// <summary>The number of ranks n.</summary>
    public int Count { get; }

    /// <summary>The exponent s.</summary>
    public double Exponent { get; }

    /// <summary>Draws a rank in 1..n.</summary>
    public int Sample(RandomStream rng) => _table.Sample(rng) + 1;
}
