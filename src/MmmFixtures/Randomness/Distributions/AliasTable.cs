using System;
using System.Collections.Generic;

namespace MmmFixtures.Randomness.Distributions;

/// <summary>
/// A weighted categorical distribution over indices 0..n−1, sampled in O(1) by Walker's alias method
/// (Vose's numerically stable construction). Build once, draw many times; immutable and thread-safe.
/// </summary>
public sealed class AliasTable
{
    private readonly double[] _probability;
    private readonly int[] _alias;

    /// <summary>Builds the table from non-negative weights with a positive, finite sum (they need not sum to 1).</summary>
    public AliasTable(IReadOnlyList<double> weights)
    {
        if (weights is null) throw new ArgumentNullException(nameof(weights));
        int n = weights.Count;
        if (n == 0) throw new ArgumentException("must hold at least one weight", nameof(weights));
        double total = 0;
        for (int i = 0; i < n; i++)
        {
            double w = weights[i];
            if (!(w >= 0) || double.IsInfinity(w))
                throw new ArgumentOutOfRangeException(nameof(weights), w, $"weights[{i}] must be in [0, ∞)");
            total += w;
        }
        if (!(total > 0) || double.IsInfinity(total))
            throw new ArgumentException("weights must have a positive, finite sum", nameof(weights));

        _probability = new double[n];
        _alias = new int[n];
        var scaled = new double[n];
        var small = new Stack<int>();
        var large = new Stack<int>();
        for (int i = n - 1; i >= 0; i--)
        {
            scaled[i] = weights[i] * n / total;
            (scaled[i] < 1.0 ? small : large).Push(i);
        }
        while (small.Count > 0 && large.Count > 0)
        {
            int s = small.Pop(), l = large.Pop();
            _probability[s] = scaled[s];
            _alias[s] = l;
            scaled[l] = (scaled[l] + scaled[s]) - 1.0;
            (scaled[l] < 1.0 ? small : large).Push(l);
        }
        // What is left is 1 up to rounding.
        while (large.Count > 0) SetCertain(large.Pop());
        while (small.Count > 0) SetCertain(small.Pop());
    }

    /// <summary>The number of categories.</summary>
    public int Count => _probability.Length;

    /// <summary>Draws an index with probability proportional to its weight (two 64-bit draws: a column, then a coin).</summary>
    public int Sample(RandomStream rng)
    {
        if (rng is null) throw new ArgumentNullException(nameof(rng));
        int column = (int)rng.NextUInt64((ulong)_probability.Length);
        return rng.NextDouble() < _probability[column] ? column : _alias[column];
    }

    private void SetCertain(int i)
    {
        _probability[i] = 1.0;
        _alias[i] = i;
    }
}
