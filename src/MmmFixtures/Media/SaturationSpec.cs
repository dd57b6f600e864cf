namespace MmmFixtures.Media;

/// <summary>A channel's diminishing-returns curve, applied to the scaled (and possibly adstocked) signal.</summary>
public sealed record SaturationSpec
{
    /// <summary>The curve's kind.</summary>
    public SaturationKind Kind { get; init; } = SaturationKind.Hill;

    /// <summary>Hill and MichaelisMenten: the half-saturation point κ &gt; 0 (on the scaled signal, whose maximum is 1).</summary>
    public double HalfSaturation { get; init; } = 0.5;

    /// <summary>Hill: the slope s &gt; 0.</summary>
    public double Slope { get; init; } = 1.5;

    /// <summary>Logistic: the steepness λ &gt; 0.</summary>
    public double Lambda { get; init; } = 2;

    /// <summary>Tanh: the scale c &gt; 0.</summary>
    public double TanhScale { get; init; } = 0.5;
}
