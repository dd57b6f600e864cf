using System;
#if NET
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
#endif

namespace MmmFixtures.Numerics;

/// <summary>
/// Sums over periods of several columns at once, for data stored period-major (row t holds every column's value, rows
/// <see cref="Stride"/> apart): each column keeps its own sum and adds its terms in period order, exactly as a loop over
/// one column would, so a lane of a vector computes that column's scalar bits and the results do not depend on the
/// vector width. The many independent sums also hide the latency a single running sum waits on.
/// </summary>
internal static class ColumnSums
{
    /// <summary>Row length for <paramref name="columns"/> columns: padded to whole vectors.</summary>
    public static int Stride(int columns)
    {
#if NET
        int width = Vector<double>.Count;
        return (columns + width - 1) / width * width;
#else
        return columns;
#endif
    }

    /// <summary><c>sums[c] += a · x[c]</c>.</summary>
    public static void AddProducts(Span<double> sums, double a, ReadOnlySpan<double> x)
    {
        int c = 0;
#if NET
        if (Vector.IsHardwareAccelerated)
        {
            var av = new Vector<double>(a);
            for (; c <= sums.Length - Vector<double>.Count; c += Vector<double>.Count)
                (new Vector<double>(sums.Slice(c)) + av * new Vector<double>(x.Slice(c))).CopyTo(sums.Slice(c));
        }
#endif
        for (; c < sums.Length; c++) sums[c] += a * x[c];
    }

    /// <summary><c>residual[c] = z[c] − fitted[c]</c> and <c>squares[c] += (z[c] − mean[c])²</c>.</summary>
    public static void Residuals(ReadOnlySpan<double> z, ReadOnlySpan<double> fitted, ReadOnlySpan<double> mean, Span<double> residual, Span<double> squares)
    {
        int c = 0;
#if NET
        if (Vector.IsHardwareAccelerated)
        {
            for (; c <= z.Length - Vector<double>.Count; c += Vector<double>.Count)
            {
                var zc = new Vector<double>(z.Slice(c));
                (zc - new Vector<double>(fitted.Slice(c))).CopyTo(residual.Slice(c));
                var d = zc - new Vector<double>(mean.Slice(c));
                (new Vector<double>(squares.Slice(c)) + d * d).CopyTo(squares.Slice(c));
            }
        }
#endif
        for (; c < z.Length; c++)
        {
            residual[c] = z[c] - fitted[c];
            double d = z[c] - mean[c];
            squares[c] += d * d;
        }
    }

    /// <summary>
    /// For every pair j ≤ i of the <paramref name="columns"/> columns of r (<paramref name="periods"/> rows, <paramref name="stride"/>
    /// apart; padding columns 0): <c>gram[i, j] = gram[j, i] = Σ_t r_ti·r_tj</c> and <c>meat[i, j] = meat[j, i] = Σ_t r_ti·r_tj·w_t</c>,
    /// each summed in period order.
    /// </summary>
    public static void WeightedGrams(double[] r, double[] w, int periods, int columns, int stride, double[,] gram, double[,] meat)
    {
        // The vector kernel reads without bounds checks: the rows and weights must be there.
        if (columns > stride || r.Length < (long)periods * stride || w.Length < periods)
            throw new ArgumentException($"WeightedGrams needs columns ≤ stride, periods·stride ≤ r's length and periods ≤ w's length (columns {columns}, stride {stride}, periods {periods}, r {r.Length}, w {w.Length}).");
#if NET
        if (Vector.IsHardwareAccelerated && stride % Vector<double>.Count == 0) // whole vectors per row: no load passes a row
        {
            VectorGrams(r, w, periods, columns, stride, gram, meat);
            return;
        }
#endif
        for (int i = 0; i < columns; i++)
            for (int j = 0; j <= i; j++)
            {
                double sumOfProducts = 0, weighted = 0;
                for (int t = 0; t < periods; t++)
                {
                    double product = r[t * stride + i] * r[t * stride + j];
                    sumOfProducts += product;
                    weighted += product * w[t];
                }
                gram[i, j] = gram[j, i] = sumOfProducts;
                meat[i, j] = meat[j, i] = weighted;
            }
    }

    /// <summary>
    /// <c>forms[j] = Σ_a Σ_b (v_aj·m_ab)·v_bj</c>, a then b in order, for each of the <paramref name="n"/> columns j of v
    /// (<paramref name="n"/> rows, <paramref name="stride"/> apart): the quadratic forms v_jᵀ M v_j of many vectors at once,
    /// each column keeping its own sum (one sum alone waits on every addition's latency).
    /// </summary>
    public static void QuadraticForms(double[] v, double[,] m, int n, int stride, Span<double> forms)
    {
        if (n > stride || v.Length < (long)n * stride || m.GetLength(0) < n || m.GetLength(1) < n || forms.Length < n)
            throw new ArgumentException($"QuadraticForms needs n ≤ stride, n·stride ≤ v's length, an n × n matrix and n forms (n {n}, stride {stride}, v {v.Length}, m {m.GetLength(0)} × {m.GetLength(1)}, forms {forms.Length}).");
        int j = 0;
#if NET
        if (Vector.IsHardwareAccelerated && stride % Vector<double>.Count == 0) j = VectorQuadraticForms(v, m, n, stride, forms);
#endif
        for (; j < n; j++)
        {
            double sum = 0;
            for (int a = 0; a < n; a++)
                for (int b = 0; b < n; b++) sum += v[a * stride + j] * m[a, b] * v[b * stride + j];
            forms[j] = sum;
        }
    }

#if NET
    // Pairs (i, j) for two rows i at once (the last one alone repeats it, its copy dropped) and two vectors of j per pass
    // (one where the second would pass both rows; lanes past a row are dropped): a period loads its j vectors once for
    // both rows, and the eight independent sums keep both floating-point units busy. Every lane adds its pair's products
    // in period order, as the scalar loop.
    private static void VectorGrams(double[] r, double[] w, int periods, int columns, int stride, double[,] gram, double[,] meat)
    {
        int width = Vector<double>.Count;
        Span<double> lanes = stackalloc double[2 * width];
        ref double r0 = ref MemoryMarshal.GetArrayDataReference(r), w0 = ref MemoryMarshal.GetArrayDataReference(w);
        for (int i = 0; i < columns; i += 2)
        {
            int next = Math.Min(i + 1, columns - 1);
            for (int j = 0; j <= next; j += 2 * width)
            {
                Vector<double> gram00 = Vector<double>.Zero, gram01 = gram00, gram10 = gram00, gram11 = gram00;
                Vector<double> meat00 = gram00, meat01 = gram00, meat10 = gram00, meat11 = gram00;
                bool two = j + width <= next; // the second vector stays within the row (columns ≤ stride)
                if (two)
                    for (int t = 0; t < periods; t++)
                    {
                        ref double row = ref Unsafe.Add(ref r0, t * stride);
                        var first = Vector.LoadUnsafe(ref row, (nuint)j);
                        var second = Vector.LoadUnsafe(ref row, (nuint)(j + width));
                        Vector<double> x0 = new(Unsafe.Add(ref row, i)), x1 = new(Unsafe.Add(ref row, next)), wt = new(Unsafe.Add(ref w0, t));
                        var product = x0 * first;
                        gram00 += product;
                        meat00 += product * wt;
                        product = x0 * second;
                        gram01 += product;
                        meat01 += product * wt;
                        product = x1 * first;
                        gram10 += product;
                        meat10 += product * wt;
                        product = x1 * second;
                        gram11 += product;
                        meat11 += product * wt;
                    }
                else
                    for (int t = 0; t < periods; t++)
                    {
                        ref double row = ref Unsafe.Add(ref r0, t * stride);
                        var first = Vector.LoadUnsafe(ref row, (nuint)j);
                        Vector<double> x0 = new(Unsafe.Add(ref row, i)), x1 = new(Unsafe.Add(ref row, next)), wt = new(Unsafe.Add(ref w0, t));
                        var product = x0 * first;
                        gram00 += product;
                        meat00 += product * wt;
                        product = x1 * first;
                        gram10 += product;
                        meat10 += product * wt;
                    }
                Store(gram00, meat00, j, i, lanes, gram, meat);
                if (two) Store(gram01, meat01, j + width, i, lanes, gram, meat);
                if (next == i) continue;
                Store(gram10, meat10, j, next, lanes, gram, meat);
                if (two) Store(gram11, meat11, j + width, next, lanes, gram, meat);
            }
        }
    }

    // Four vectors of columns per pass (then one at a time), each lane the scalar sum's terms in order; lanes past n (the
    // padding) are dropped. Returns the columns done.
    private static int VectorQuadraticForms(double[] v, double[,] m, int n, int stride, Span<double> forms)
    {
        int width = Vector<double>.Count, j = 0;
        Span<double> lanes = stackalloc double[width];
        ref double v0 = ref MemoryMarshal.GetArrayDataReference(v);
        for (; j + 4 * width <= stride && j < n; j += 4 * width)
        {
            Vector<double> sum0 = Vector<double>.Zero, sum1 = sum0, sum2 = sum0, sum3 = sum0;
            for (int a = 0; a < n; a++)
            {
                ref double rowA = ref Unsafe.Add(ref v0, a * stride + j);
                var va0 = Vector.LoadUnsafe(ref rowA);
                var va1 = Vector.LoadUnsafe(ref rowA, (nuint)width);
                var va2 = Vector.LoadUnsafe(ref rowA, (nuint)(2 * width));
                var va3 = Vector.LoadUnsafe(ref rowA, (nuint)(3 * width));
                for (int b = 0; b < n; b++)
                {
                    ref double rowB = ref Unsafe.Add(ref v0, b * stride + j);
                    var mab = new Vector<double>(m[a, b]);
                    sum0 += va0 * mab * Vector.LoadUnsafe(ref rowB);
                    sum1 += va1 * mab * Vector.LoadUnsafe(ref rowB, (nuint)width);
                    sum2 += va2 * mab * Vector.LoadUnsafe(ref rowB, (nuint)(2 * width));
                    sum3 += va3 * mab * Vector.LoadUnsafe(ref rowB, (nuint)(3 * width));
                }
            }
            StoreForms(sum0, j, n, lanes, forms);
            StoreForms(sum1, j + width, n, lanes, forms);
            StoreForms(sum2, j + 2 * width, n, lanes, forms);
            StoreForms(sum3, j + 3 * width, n, lanes, forms);
        }
        for (; j < n; j += width) // j + width ≤ stride: the stride is whole vectors
        {
            var sum = Vector<double>.Zero;
            for (int a = 0; a < n; a++)
            {
                var va = Vector.LoadUnsafe(ref v0, (nuint)(a * stride + j));
                for (int b = 0; b < n; b++) sum += va * new Vector<double>(m[a, b]) * Vector.LoadUnsafe(ref v0, (nuint)(b * stride + j));
            }
            StoreForms(sum, j, n, lanes, forms);
        }
        return n;
    }

    private static void StoreForms(Vector<double> sums, int j, int n, Span<double> lanes, Span<double> forms)
    {
        sums.CopyTo(lanes);
        for (int l = 0; l < lanes.Length && j + l < n; l++) forms[j + l] = lanes[l];
    }

    // The lanes of pairs (i, j..) with j ≤ i into both triangles.
    private static void Store(Vector<double> gramLanes, Vector<double> meatLanes, int j, int i, Span<double> lanes, double[,] gram, double[,] meat)
    {
        int width = Vector<double>.Count;
        gramLanes.CopyTo(lanes);
        meatLanes.CopyTo(lanes.Slice(width));
        for (int l = 0; l < width && j + l <= i; l++)
        {
            gram[i, j + l] = gram[j + l, i] = lanes[l];
            meat[i, j + l] = meat[j + l, i] = lanes[width + l];
        }
    }
#endif
}
