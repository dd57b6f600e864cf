using System;
using MmmFixtures.Numerics;

namespace MmmFixtures.Commerce.Generation;

/// <summary>
/// A category's seasonal curve of log demand, as two Fourier harmonics of the year:
/// <c>seasonality(τ) = A · [cos(ω(τ − p₁)) + r · cos(2ω(τ − p₂))]</c>, ω = 2π/365.25, A the tenant's
/// <see cref="TenantSpec.SeasonalAmplitude"/> (the first harmonic's amplitude), with the category's peak p₁ and its
/// second harmonic's relative size r and peak p₂: Fashion (340; 0.35, 340: the November–December peak and a summer
/// sale), Outdoor (190; 0.2, 190), HomeAndGarden (110; 0.25, 110), Beverage (200; 0.15, 200). The curve is evaluated
/// from its Fourier coefficients (cos 1, sin 1, cos 2, sin 2), the truth's <see cref="TenantTruth.SeasonalCoefficients"/>,
/// so the truth reproduces it exactly.
/// </summary>
internal static class DemandSeasonality
{
    /// <summary>The number of basis functions: cos and sin of two harmonics.</summary>
    public const int Terms = 4;

    /// <summary>The Fourier coefficients (cos 1, sin 1, cos 2, sin 2) of a category's curve with first-harmonic amplitude <paramref name="amplitude"/>.</summary>
    public static double[] Coefficients(CommerceCategory category, double amplitude)
    {
        var (peak, second, secondPeak) = Shape(category);
        double phase1 = Omega * peak, phase2 = 2 * Omega * secondPeak;
        // cos(ω(τ − p)) = cos(ωp)·cos(ωτ) + sin(ωp)·sin(ωτ)
        return new[]
        {
            amplitude * DeterministicMath.Cos(phase1), amplitude * DeterministicMath.Sin(phase1),
            amplitude * second * DeterministicMath.Cos(phase2), amplitude * second * DeterministicMath.Sin(phase2),
        };
    }

    /// <summary>The basis at day of year τ: cos(ωτ), sin(ωτ), cos(2ωτ), sin(2ωτ).</summary>
    public static void Basis(int dayOfYear, Span<double> basis)
    {
        double angle = Omega * dayOfYear;
        basis[0] = DeterministicMath.Cos(angle);
        basis[1] = DeterministicMath.Sin(angle);
        basis[2] = DeterministicMath.Cos(2 * angle);
        basis[3] = DeterministicMath.Sin(2 * angle);
    }

    /// <summary>Σ coefficient · basis at day of year τ, summed in the order cos 1, sin 1, cos 2, sin 2.</summary>
    public static double Evaluate(double[] coefficients, int dayOfYear)
    {
        Span<double> basis = stackalloc double[Terms];
        Basis(dayOfYear, basis);
        double sum = 0;
        for (int i = 0; i < Terms; i++) sum += coefficients[i] * basis[i];
        return sum;
    }

    private const double Omega = 2 * DeterministicMath.Pi / WeatherNormals.DaysPerYear;

    private static (double Peak, double Second, double SecondPeak) Shape(CommerceCategory category) => category switch
    {
        CommerceCategory.Fashion => (340, 0.35, 340),
        CommerceCategory.Outdoor => (190, 0.2, 190),
        CommerceCategory.HomeAndGarden => (110, 0.25, 110),
        CommerceCategory.Beverage => (200, 0.15, 200),
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, "unknown category"),
    };
}
