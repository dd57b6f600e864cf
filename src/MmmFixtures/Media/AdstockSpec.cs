namespace MmmFixtures.Media;

/// <summary>A channel's carry-over kernel over lags 0..<see cref="MaxLag"/>−1, convolved over past periods only.</summary>
public sealed record AdstockSpec
{
    /// <summary>The kernel's kind.</summary>
    public AdstockKind Kind { get; init; } = AdstockKind.Geometric;

    /// <summary>Decay α: in [0, 1) for Geometric, in (0, 1) for Delayed.</summary>
    public double Alpha { get; init; } = 0.5;

    /// <summary>Delayed: the lag of the peak θ, in [0, MaxLag − 1].</summary>
    public double Theta { get; init; } = 1;

    /// <summary>Weibull kinds: shape k &gt; 0.</summary>
    public double Shape { get; init; } = 2;

    /// <summary>Weibull kinds: scale λ &gt; 0 (in periods).</summary>
    public double Scale { get; init; } = 3;

    /// <summary>Kernel length L ≥ 1 (lags 0..L−1).</summary>
    public int MaxLag { get; init; } = 8;

    /// <summary>Whether the weights are divided by their sum (so total carry-over equals the input).</summary>
    public bool Normalize { get; init; } = true;
}
