namespace MmmFixtures.Mmm;

/// <summary>
/// How much geos differ: the spread σ of each parameter family around its national value
/// (0, the default, = identical parameters in every geo). β, κ and the base level are log-normal with
/// the national mean; α moves on the logit scale. A geo's draws come from its own streams, so
/// generating one geo alone gives the same values as generating it among others.
/// </summary>
public sealed record HierarchySpec
{
    /// <summary>σβ: spread of the effect scale β.</summary>
    public double Beta { get; init; }

    /// <summary>σα: spread of the adstock decay on the logit scale.</summary>
    public double Alpha { get; init; }

    /// <summary>σκ: spread of the saturation's scale (κ, λ or c).</summary>
    public double HalfSaturation { get; init; }

    /// <summary>σb: spread of the base level.</summary>
    public double Baseline { get; init; }
}
