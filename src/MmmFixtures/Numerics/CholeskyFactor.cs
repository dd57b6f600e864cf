using System;

namespace MmmFixtures.Numerics;

/// <summary>
/// The Cholesky factor L (A = L Lᵀ) of a symmetric positive semi-definite matrix, for small least-squares problems
/// (normal equations). A column whose remaining pivot is at most <c>relativeTolerance × A_jj</c> is a linear combination
/// of the earlier ones: it is marked dependent and left out (its row and column of L are zero), so solves return the
/// least-squares solution without it, with 0 in its place. Plain IEEE arithmetic (+ − × ÷ √) in a fixed order: the
/// same bits on every platform.
/// </summary>
internal sealed class CholeskyFactor
{
    private readonly double[,] _l;
    private readonly bool[] _dependent;

    /// <summary>Factors the symmetric matrix <paramref name="a"/> (only its lower triangle is read).</summary>
    public CholeskyFactor(double[,] a, double relativeTolerance = 1e-10)
    {
        int n = a.GetLength(0);
        if (a.GetLength(1) != n) throw new ArgumentException("must be square", nameof(a));
        _l = new double[n, n];
        _dependent = new bool[n];
        for (int j = 0; j < n; j++)
        {
            double pivot = a[j, j];
            for (int k = 0; k < j; k++) pivot -= _l[j, k] * _l[j, k];
            if (!(a[j, j] > 0) || !(pivot > relativeTolerance * a[j, j]))
            {
                _dependent[j] = true;
                continue;
            }
            double diagonal = Math.Sqrt(pivot);
            _l[j, j] = diagonal;
            for (int i = j + 1; i < n; i++)
            {
                double sum = a[i, j];
                for (int k = 0; k < j; k++) sum -= _l[i, k] * _l[j, k];
                _l[i, j] = sum / diagonal;
            }
        }
    }

    /// <summary>The matrix's order.</summary>
    public int Size => _dependent.Length;

    /// <summary>Whether column <paramref name="j"/> was left out as a combination of earlier columns.</summary>
    public bool IsDependent(int j) => _dependent[j];

    /// <summary>x with A x = b on the independent columns (0 on the dependent ones).</summary>
    public double[] Solve(double[] b)
    {
        int n = Size;
        if (b.Length != n) throw new ArgumentException($"must have length {n}", nameof(b));
        var y = new double[n];
        for (int i = 0; i < n; i++)
        {
            if (_dependent[i]) continue;
            double sum = b[i];
            for (int k = 0; k < i; k++) sum -= _l[i, k] * y[k];
            y[i] = sum / _l[i, i];
        }
        var x = new double[n];
        for (int i = n - 1; i >= 0; i--)
        {
            if (_dependent[i]) continue;
            double sum = y[i];
            for (int k = i + 1; k < n; k++) sum -= _l[k, i] * x[k];
            x[i] = sum / _l[i, i];
        }
        return x;
    }

    /// <summary>
    /// Solves for many right-hand sides at once, in place: column j of <paramref name="table"/> (row i holds every column's
    /// i-th entry, rows <paramref name="stride"/> apart; <see cref="Size"/> rows) becomes x with A x = that column, each
    /// with the bits of <see cref="Solve"/>. A row's update runs over all columns together, where each solve alone is a
    /// chain of dependent operations.
    /// </summary>
    public void SolveColumns(double[] table, int columns, int stride)
    {
        int n = Size;
        if (columns > stride || table.Length < (long)n * stride)
            throw new ArgumentException($"SolveColumns needs columns ≤ stride and {n} rows of the table (columns {columns}, stride {stride}, table {table.Length}).", nameof(table));
        // Forward, then back substitution, as Solve does, with y kept in the rows it turns into x: back substitution reads
        // row i's y before writing its x and only later rows' x. sum − l·v is sum + (−l)·v, bit for bit.
        for (int i = 0; i < n; i++)
        {
            var row = table.AsSpan(i * stride, columns);
            if (_dependent[i])
            {
                row.Clear();
                continue;
            }
            for (int k = 0; k < i; k++) ColumnSums.AddProducts(row, -_l[i, k], table.AsSpan(k * stride, columns));
            Divide(row, _l[i, i]);
        }
        for (int i = n - 1; i >= 0; i--)
        {
            if (_dependent[i]) continue;
            var row = table.AsSpan(i * stride, columns);
            for (int k = i + 1; k < n; k++) ColumnSums.AddProducts(row, -_l[k, i], table.AsSpan(k * stride, columns));
            Divide(row, _l[i, i]);
        }
    }

    private static void Divide(Span<double> row, double divisor)
    {
        for (int c = 0; c < row.Length; c++) row[c] /= divisor;
    }
}
