using MmmFixtures.Numerics;

namespace MmmFixtures.Tests.Numerics;

/// <summary>
/// The period-major column sums of the oracle fit equal, bit for bit, one running sum per column (or pair of columns) in
/// period order, for any number of columns (whole vectors, part vectors, one column) and periods; under
/// DOTNET_MaxVectorTBitWidth=128 or DOTNET_EnableHWIntrinsic=0 the same holds for other vector widths.
/// </summary>
public class ColumnSumsTests
{
    [Fact]
    public void Weighted_grams_equal_the_pairwise_sums_in_period_order()
    {
        var random = new Random(31);
        foreach (int columns in new[] { 1, 2, 3, 5, 8, 13, 50 })
            foreach (int periods in new[] { 0, 1, 7, 260 })
            {
                int stride = ColumnSums.Stride(columns);
                var r = new double[periods * stride];
                for (int t = 0; t < periods; t++)
                    for (int c = 0; c < columns; c++) r[t * stride + c] = Value(random);
                var w = Enumerable.Range(0, periods).Select(_ => random.NextDouble() * 1e4).ToArray();
                var gram = new double[columns, columns];
                var meat = new double[columns, columns];
                ColumnSums.WeightedGrams(r, w, periods, columns, stride, gram, meat);
                for (int i = 0; i < columns; i++)
                    for (int j = 0; j < columns; j++)
                    {
                        double expectedGram = 0, expectedMeat = 0;
                        for (int t = 0; t < periods; t++)
                        {
                            double product = r[t * stride + Math.Max(i, j)] * r[t * stride + Math.Min(i, j)];
                            expectedGram += product;
                            expectedMeat += product * w[t];
                        }
                        AssertSameBits(expectedGram, gram[i, j], $"gram C={columns} T={periods} ({i}, {j})");
                        AssertSameBits(expectedMeat, meat[i, j], $"meat C={columns} T={periods} ({i}, {j})");
                    }
            }
    }

    [Fact]
    public void Quadratic_forms_equal_each_columns_double_sum_in_order()
    {
        // Whole groups of four vectors, single vectors, part vectors; a stride of odd length takes the scalar code.
        var random = new Random(41);
        foreach (int n in new[] { 1, 2, 3, 5, 8, 9, 13, 17, 50 })
            foreach (int stride in new[] { ColumnSums.Stride(n), n + 1 })
            {
                var v = new double[n * stride];
                for (int a = 0; a < n; a++)
                    for (int j = 0; j < n; j++) v[a * stride + j] = Value(random);
                var m = new double[n, n];
                for (int a = 0; a < n; a++)
                    for (int b = 0; b < n; b++) m[a, b] = Value(random);
                var forms = new double[n];
                ColumnSums.QuadraticForms(v, m, n, stride, forms);
                for (int j = 0; j < n; j++)
                {
                    double expected = 0;
                    for (int a = 0; a < n; a++)
                        for (int b = 0; b < n; b++) expected += v[a * stride + j] * m[a, b] * v[b * stride + j];
                    AssertSameBits(expected, forms[j], $"n={n} stride={stride} j={j}");
                }
            }
    }

    [Fact]
    public void Products_and_residuals_equal_the_per_column_arithmetic()
    {
        var random = new Random(37);
        foreach (int columns in new[] { 1, 3, 4, 9, 50 })
        {
            var x = Enumerable.Range(0, columns).Select(_ => Value(random)).ToArray();
            var sums = Enumerable.Range(0, columns).Select(_ => Value(random)).ToArray();
            double a = Value(random);
            var expected = sums.Select((s, c) => s + a * x[c]).ToArray();
            ColumnSums.AddProducts(sums, a, x);
            for (int c = 0; c < columns; c++) AssertSameBits(expected[c], sums[c], $"AddProducts C={columns} c={c}");

            var z = Enumerable.Range(0, columns).Select(_ => Value(random)).ToArray();
            var mean = Enumerable.Range(0, columns).Select(_ => Value(random)).ToArray();
            var squares = Enumerable.Range(0, columns).Select(_ => random.NextDouble()).ToArray();
            var expectedSquares = squares.Select((s, c) => s + (z[c] - mean[c]) * (z[c] - mean[c])).ToArray();
            var residual = new double[columns];
            ColumnSums.Residuals(z, x, mean, residual, squares);
            for (int c = 0; c < columns; c++)
            {
                AssertSameBits(z[c] - x[c], residual[c], $"residual C={columns} c={c}");
                AssertSameBits(expectedSquares[c], squares[c], $"squares C={columns} c={c}");
            }
        }
    }

    // Signed values over many magnitudes, zeros included.
    private static double Value(Random random) => random.Next(8) == 0 ? 0 : (random.NextDouble() - 0.3) * Math.Pow(10, random.Next(-8, 8));

    private static void AssertSameBits(double expected, double actual, string what)
    {
        if (BitConverter.DoubleToInt64Bits(expected) != BitConverter.DoubleToInt64Bits(actual))
            Assert.Fail($"{what}: expected {expected:R}, got {actual:R}");
    }
}
