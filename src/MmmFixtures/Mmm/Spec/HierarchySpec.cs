namespace MmmFixtures.Mmm;

/// <summary>
/// How much geos differ: the spread σ of each parameter family around its national value
/// (0 = identical geos). β, κ and the base level are log-normal with the national mean;
/// α moves on the logit scale. With a single geo, that geo is the nation and takes the national values.
/// </summary>
public sealed record HierarchySpec
{
    /// <summary>σβ: spread of the effect scale β.</summary>
    public double Beta { get; init; } = 0.2;

    /// <summary>σα: spread of the adstock decay on the logit scale.</summary>
    public double Alpha { get; init; } = 0.3;

    /// <summary>σκ: spread of the saturation's scale (κ, λ or c).</summary>
    public double HalfSaturation { get; init; } = 0.2;

    /// <summary>σb: spread of the base level.</summary>
    public double Baseline { get; init; } = 0.3;
}
