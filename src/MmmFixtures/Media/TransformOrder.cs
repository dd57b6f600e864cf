// In the root namespace, beside the attributes that take it: `using MmmFixtures;` is all an attribute block needs.
namespace MmmFixtures;

/// <summary>The order of the two media transforms.</summary>
public enum TransformOrder
{
    /// <summary>Carry-over first, then saturation (default).</summary>
    AdstockThenSaturation,
    /// <summary>Saturation first, then carry-over.</summary>
    SaturationThenAdstock,
}
