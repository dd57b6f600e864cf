using MmmFixtures.Media;
using MmmFixtures.Mmm;

namespace MmmFixtures.Tests.Media;

/// <summary>Each adstock kind against weights computed by hand from the spec's formulas.</summary>
public class AdstockKernelTests
{
    private static void AssertWeights(double[] expected, double[] actual)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (int i = 0; i < expected.Length; i++) Assert.Equal(expected[i], actual[i], 1e-15);
    }

    [Fact]
    public void Geometric_raw_and_normalized()
    {
        AssertWeights(new[] { 1, 0.5, 0.25, 0.125 }, AdstockKernel.Weights(AdstockKind.Geometric, 0.5, 0, 0, 0, 4, normalize: false));
        // Σ = 1.875
        AssertWeights(new[] { 1 / 1.875, 0.5 / 1.875, 0.25 / 1.875, 0.125 / 1.875 },
            AdstockKernel.Weights(AdstockKind.Geometric, 0.5, 0, 0, 0, 4, normalize: true));
    }

    [Fact]
    public void Geometric_with_alpha_zero_has_no_carry_over_and_L_1_is_identity()
    {
        AssertWeights(new[] { 1.0, 0, 0 }, AdstockKernel.Weights(AdstockKind.Geometric, 0.0, 0, 0, 0, 3, normalize: true));
        AssertWeights(new[] { 1.0 }, AdstockKernel.Weights(AdstockKind.Geometric, 0.7, 0, 0, 0, 1, normalize: false));
        AssertWeights(new[] { 1.0 }, AdstockKernel.Weights(AdstockKind.None, 0.7, 0, 0, 0, 8, normalize: false));
    }

    [Fact]
    public void Delayed_peaks_at_theta_including_both_ends()
    {
        // α^((l−θ)²) with α = 0.5: θ = 1 → [0.5, 1, 0.5]; θ = 0 → [1, 0.5, 0.0625]; θ = L−1 = 2 → [0.0625, 0.5, 1].
        AssertWeights(new[] { 0.5, 1, 0.5 }, AdstockKernel.Weights(AdstockKind.Delayed, 0.5, 1, 0, 0, 3, normalize: false));
        AssertWeights(new[] { 1, 0.5, 0.0625 }, AdstockKernel.Weights(AdstockKind.Delayed, 0.5, 0, 0, 0, 3, normalize: false));
        AssertWeights(new[] { 0.0625, 0.5, 1 }, AdstockKernel.Weights(AdstockKind.Delayed, 0.5, 2, 0, 0, 3, normalize: false));
        AssertWeights(new[] { 0.25, 0.5, 0.25 }, AdstockKernel.Weights(AdstockKind.Delayed, 0.5, 1, 0, 0, 3, normalize: true));
    }

    [Fact]
    public void Weibull_cdf_is_a_survival_product()
    {
        // k = 1, λ = 1: 1 − F(j) = e^−j, so w = [1, e^−1, e^−1·e^−2].
        AssertWeights(new[] { 1, Math.Exp(-1), Math.Exp(-3) }, AdstockKernel.Weights(AdstockKind.WeibullCdf, 0, 0, 1, 1, 3, normalize: false));
        // k = 2, λ = 2: 1 − F(1) = e^−1/4.
        AssertWeights(new[] { 1, Math.Exp(-0.25) }, AdstockKernel.Weights(AdstockKind.WeibullCdf, 0, 0, 2, 2, 2, normalize: false));
    }

    [Fact]
    public void Weibull_pdf_is_min_max_rescaled()
    {
        // k = 1, λ = 1: f(x) = e^−x at x = 1, 2, 3; rescaled to [1, (e^−2 − e^−3)/(e^−1 − e^−3), 0].
        double e1 = Math.Exp(-1), e2 = Math.Exp(-2), e3 = Math.Exp(-3);
        AssertWeights(new[] { 1, (e2 - e3) / (e1 - e3), 0 }, AdstockKernel.Weights(AdstockKind.WeibullPdf, 0, 0, 1, 1, 3, normalize: false));
        AssertWeights(new[] { 1.0 }, AdstockKernel.Weights(AdstockKind.WeibullPdf, 0, 0, 2, 3, 1, normalize: true));
    }

    [Fact]
    public void Convolution_uses_past_periods_only()
    {
        var y = new double[4];
        AdstockKernel.Convolve(new double[] { 1, 0, 0, 2 }, new[] { 1, 0.5, 0.25 }, y);
        Assert.Equal(new[] { 1, 0.5, 0.25, 2 }, y);
    }
}
