// In the root namespace, beside the attributes that take it: `using MmmFixtures;` is all an attribute block needs.
namespace MmmFixtures;

/// <summary>Which series feeds the media transform.</summary>
public enum TransformInput
{
    /// <summary>The spend series (default).</summary>
    Spend,
    /// <summary>The exposure series (impressions or clicks); requires a <see cref="MediaUnit"/>.</summary>
    Exposure,
}
