using System;

namespace MmmFixtures;

/// <summary>Argument checks for single-value entry points (samplers, writers); specs use <see cref="Validation.SpecErrorCollector"/>.</summary>
internal static class Require
{
    public static void Finite(double value, string name)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
            throw new ArgumentOutOfRangeException(name, value, "must be a finite number");
    }

    public static void Positive(double value, string name)
    {
        if (!(value > 0) || double.IsInfinity(value))
            throw new ArgumentOutOfRangeException(name, value, "must be in (0, ∞)");
    }

    public static void NonNegative(double value, string name)
    {
        if (!(value >= 0) || double.IsInfinity(value))
            throw new ArgumentOutOfRangeException(name, value, "must be in [0, ∞)");
    }

    public static void Probability(double value, string name)
    {
        if (!(value >= 0 && value <= 1))
            throw new ArgumentOutOfRangeException(name, value, "must be in [0, 1]");
    }
}
