// In the root namespace, beside the attributes that take it: `using MmmFixtures;` is all an attribute block needs.
namespace MmmFixtures;

/// <summary>The carry-over kernel of a channel.</summary>
public enum AdstockKind
{
    /// <summary>No carry-over: the kernel is [1].</summary>
    None,
    /// <summary><c>w_l = α^l</c>.</summary>
    Geometric,
    /// <summary><c>w_l = α^((l − θ)²)</c>: the peak effect comes θ periods after spend.</summary>
    Delayed,
    /// <summary><c>w_0 = 1, w_l = Π_{j=1..l} (1 − F(j; k, λ))</c>, F the Weibull CDF.</summary>
    WeibullCdf,
    /// <summary>The Weibull density <c>f(l + 1; k, λ)</c> min–max rescaled to [0, 1].</summary>
    WeibullPdf,
}
