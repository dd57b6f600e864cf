using MmmFixtures.Numerics;

namespace MmmFixtures.Tests.Commerce.Generation;

/// <summary>The small deterministic Cholesky solver behind the oracle standard errors.</summary>
public class CholeskyFactorTests
{
    [Fact]
    public void Solves_a_hand_factored_system()
    {
        // A = L Lᵀ with L = [[2, 0, 0], [1, 3, 0], [−1, 2, 1]].
        double[,] a = { { 4, 2, -2 }, { 2, 10, 4 }, { -2, 4, 6 } };
        var factor = new CholeskyFactor(a);
        double[] x = factor.Solve([6, 26, 12]); // A·[1, 2, 1] = [4+4−2, 2+20+4, −2+8+6]
        Assert.Equal(new[] { 1.0, 2.0, 1.0 }, x.Select(v => Math.Round(v, 12)));
        Assert.False(factor.IsDependent(2));
    }

    [Fact]
    public void Drops_a_column_that_repeats_an_earlier_one_and_solves_without_it()
    {
        // Columns 0 and 1 of X are equal: XᵀX is singular; the solve uses column 0 alone.
        double[,] a = { { 2, 2, 1 }, { 2, 2, 1 }, { 1, 1, 3 } };
        var factor = new CholeskyFactor(a);
        Assert.True(factor.IsDependent(1));
        double[] x = factor.Solve([3, 3, 4]); // [[2, 1], [1, 3]]·[1, 1] = [3, 4]
        Assert.Equal(1, x[0], 12);
        Assert.Equal(0, x[1]);
        Assert.Equal(1, x[2], 12);
    }

    [Fact]
    public void A_zero_column_is_dependent()
    {
        var factor = new CholeskyFactor(new double[,] { { 1, 0 }, { 0, 0 } });
        Assert.True(factor.IsDependent(1));
        Assert.Equal(new[] { 5.0, 0 }, factor.Solve([5, 0]));
    }
}
