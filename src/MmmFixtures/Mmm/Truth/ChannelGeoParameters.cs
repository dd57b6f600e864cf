using System.Collections.Generic;

namespace MmmFixtures.Mmm;

/// <summary>
/// Every value that shaped one channel in one geo: the drawn β, adstock and saturation parameters
/// (null where the kind has no such parameter), the kernel actually used, the signal that was
/// transformed and its scale S = max_t signal (fixed once; counterfactuals keep it).
/// </summary>
public sealed record ChannelGeoParameters
{
    /// <summary>The geo's name.</summary>
    public required string Geo { get; init; }
    /// <summary>The channel's name.</summary>
    public required string Channel { get; init; }
    /// <summary>The spend pattern.</summary>
    public required SpendPattern Pattern { get; init; }
    /// <summary>β in this geo: contribution per period at full saturation (KPI units).</summary>
    public required double Beta { get; init; }
    /// <summary>The adstock kind.</summary>
    public required AdstockKind AdstockKind { get; init; }
    /// <summary>α in this geo (Geometric, Delayed).</summary>
    public double? Alpha { get; init; }
    /// <summary>θ (Delayed).</summary>
    public double? Theta { get; init; }
    /// <summary>Weibull shape k.</summary>
    public double? WeibullShape { get; init; }
    /// <summary>Weibull scale λ.</summary>
    public double? WeibullScale { get; init; }
    /// <summary>Kernel length L.</summary>
    public required int MaxLag { get; init; }
    /// <summary>Whether the kernel was normalized.</summary>
    public required bool Normalize { get; init; }
    /// <summary>The kernel w_0..w_{L−1} as used.</summary>
    public required IReadOnlyList<double> AdstockWeights { get; init; }
    /// <summary>The saturation kind.</summary>
    public required SaturationKind SaturationKind { get; init; }
    /// <summary>κ in this geo (Hill, MichaelisMenten).</summary>
    public double? HalfSaturation { get; init; }
    /// <summary>Hill slope s.</summary>
    public double? Slope { get; init; }
    /// <summary>Logistic λ in this geo.</summary>
    public double? Lambda { get; init; }
    /// <summary>Tanh c in this geo.</summary>
    public double? TanhScale { get; init; }
    /// <summary>The order of the transforms.</summary>
    public required TransformOrder Order { get; init; }
    /// <summary>Which series was transformed: spend, or exposure (impressions or clicks).</summary>
    public required TransformInput TransformOn { get; init; }
    /// <summary>The exposure unit, if any.</summary>
    public required MediaUnit Unit { get; init; }
    /// <summary>S = max_t of the transformed signal (0 when the channel never ran in this geo).</summary>
    public required double SignalScale { get; init; }
}
