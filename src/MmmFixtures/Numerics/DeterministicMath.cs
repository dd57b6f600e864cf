namespace MmmFixtures.Numerics;

/// <summary>
/// The transcendental functions generation uses, implemented in managed code from IEEE-exact
/// operations (+ − × ÷ sqrt) and bit manipulation only. Platform libm implementations
/// (<c>System.Math.Exp</c> and friends) differ by an ulp between Windows, Linux, macOS and arm64;
/// these return the same bits everywhere, within 2 ulp of the correctly rounded result
/// (usually within 1), which is what makes exported datasets byte-identical across machines.
/// </summary>
/// <remarks>
/// Special values follow IEEE 754 / C99 Annex F as <c>System.Math</c> does: NaN propagates,
/// infinities and signed zeros give the limits. The building block is a double-double
/// (about 100-bit) evaluation of exp and log, rounded once at the end.
/// </remarks>
public static partial class DeterministicMath
{
    /// <summary>π rounded to the nearest double.</summary>
    public const double Pi = 3.141592653589793;

    // ln 2 split so that k · Ln2Hi is exact for |k| < 2^21 (Ln2Hi has 32 significant bits).
    private const double Ln2Hi = 6.93147180369123816490e-01;
    private const double Ln2Lo = 1.90821492927058770002e-10;
    private const double InvLn2 = 1.44269504088896338700e+00;
}
