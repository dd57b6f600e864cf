using System;
using MmmFixtures.Numerics;
using MmmFixtures.Randomness;
using MmmFixtures.Randomness.Distributions;

namespace MmmFixtures.Mmm.Generation;

/// <summary>
/// The KPI's annual seasonality, relative to the base level: K Fourier pairs drawn once from the stream
/// <c>baseline/seasonality</c>, scaled so that the largest |Σ| over days 1..366 equals the amplitude.
/// </summary>
internal static class BaselineSeasonality
{
    private const double DaysPerYear = 365.25;

    public static (double Sin, double Cos)[] DrawCoefficients(BaselineSpec baseline, StreamKey root)
    {
        int order = baseline.SeasonalityOrder;
        var coefficients = new (double Sin, double Cos)[order];
        if (order == 0) return coefficients;
        var rng = root.Then("baseline").Open("seasonality");
        for (int k = 0; k < order; k++) coefficients[k] = (rng.StandardNormal(), rng.StandardNormal());

        double largest = 0;
        for (int day = 1; day <= 366; day++) largest = Math.Max(largest, Math.Abs(Evaluate(coefficients, day)));
        double scale = largest > 0 ? baseline.SeasonalAmplitude / largest : 0;
        for (int k = 0; k < order; k++) coefficients[k] = (coefficients[k].Sin * scale, coefficients[k].Cos * scale);
        return coefficients;
    }

    /// <summary>Σ_k (a_k sin(2πkτ/365.25) + b_k cos(2πkτ/365.25)) at day of year τ.</summary>
    public static double Evaluate((double Sin, double Cos)[] coefficients, double dayOfYear)
    {
        double sum = 0;
        for (int k = 0; k < coefficients.Length; k++)
        {
            double angle = 2 * DeterministicMath.Pi * (k + 1) * dayOfYear / DaysPerYear;
            sum += coefficients[k].Sin * DeterministicMath.Sin(angle) + coefficients[k].Cos * DeterministicMath.Cos(angle);
        }
        return sum;
    }
}
