// In the root namespace, beside the attributes that take it: `using MmmFixtures;` is all an attribute block needs.
namespace MmmFixtures;

/// <summary>The diminishing-returns curve of a channel.</summary>
public enum SaturationKind
{
    /// <summary>No saturation: the identity.</summary>
    None,
    /// <summary><c>a^s / (a^s + κ^s)</c>; 0.5 at a = κ.</summary>
    Hill,
    /// <summary><c>(1 − e^(−λa)) / (1 + e^(−λa))</c>.</summary>
    Logistic,
    /// <summary><c>a / (κ + a)</c>.</summary>
    MichaelisMenten,
    /// <summary><c>tanh(a / c)</c>.</summary>
    Tanh,
}
