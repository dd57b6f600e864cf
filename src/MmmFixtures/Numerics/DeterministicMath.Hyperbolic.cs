using System;
using static MmmFixtures.Numerics.ExactArithmetic;

namespace MmmFixtures.Numerics;

public static partial class DeterministicMath
{
    /// <summary>The hyperbolic tangent of <paramref name="x"/>.</summary>
    public static double Tanh(double x)
    {
        if (double.IsNaN(x)) return x;
        double ax = Math.Abs(x);
        if (ax > 22.0) return x > 0 ? 1.0 : -1.0; // 1 − tanh(22) is below half an ulp of 1
        if (ax < 3.725290298461914e-9) return x;   // 2^-28: tanh x rounds to x

        // tanh|x| = t / (t + 2) with t = e^{2|x|} − 1, divided in double-double.
        double t = Expm1OfDoubleDouble(2.0 * ax, 0.0, out double tLo);
        double d = TwoSum(t, 2.0, out double dLo);
        dLo += tLo;
        double q = t / d;
        double p = TwoProduct(q, d, out double pLo);
        double correction = ((t - p) - pLo + tLo - q * dLo) / d;
        double result = q + correction;
        return x > 0 ? result : -result;
    }

    /// <summary>The logistic function 1 / (1 + e^-x), the inverse of <see cref="Logit"/>.</summary>
    public static double Logistic(double x)
    {
        // Written so that the exponential never overflows.
        if (x >= 0) return 1.0 / (1.0 + Exp(-x));
        double e = Exp(x);
        return e / (1.0 + e);
    }

    /// <summary>log(p / (1 − p)) for p in (0, 1).</summary>
    public static double Logit(double p) => Log(p) - Log1p(-p);
}
