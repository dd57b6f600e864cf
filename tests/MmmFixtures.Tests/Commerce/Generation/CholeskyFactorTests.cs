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

    [Fact]
    public void Solving_many_columns_at_once_equals_each_solve()
    {
        // Random Gram matrices (a repeated column now and then: dependent rows), random right-hand sides, part and whole
        // vectors of columns, a stride of odd length: each column has the bits of Solve.
        var random = new Random(43);
        foreach (int n in new[] { 1, 2, 3, 5, 8, 13, 50 })
            for (int repeat = 0; repeat < 3; repeat++)
            {
                var x = new double[n + 3, n];
                for (int r = 0; r < n + 3; r++)
                    for (int c = 0; c < n; c++) x[r, c] = random.NextDouble() - 0.5;
                if (n > 2 && repeat > 0)
                    for (int r = 0; r < n + 3; r++) x[r, n - 1] = x[r, 0];
                var a = new double[n, n];
                for (int i = 0; i < n; i++)
                    for (int j = 0; j < n; j++)
                        for (int r = 0; r < n + 3; r++) a[i, j] += x[r, i] * x[r, j];
                var factor = new CholeskyFactor(a);
                int columns = 1 + random.Next(n + 4), stride = repeat == 2 ? columns + 1 : (columns + 7) / 8 * 8;
                var table = new double[n * stride];
                for (int i = 0; i < table.Length; i++) table[i] = random.NextDouble() * 4 - 2;
                var expected = Enumerable.Range(0, columns)
                    .Select(j => factor.Solve(Enumerable.Range(0, n).Select(i => table[i * stride + j]).ToArray())).ToArray();
                factor.SolveColumns(table, columns, stride);
                for (int j = 0; j < columns; j++)
                    for (int i = 0; i < n; i++)
                        Assert.True(BitConverter.DoubleToInt64Bits(expected[j][i]) == BitConverter.DoubleToInt64Bits(table[i * stride + j]),
                            $"n={n} column {j} row {i}: expected {expected[j][i]:R}, got {table[i * stride + j]:R}");
            }
    }
}
