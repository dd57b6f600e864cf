using System;
#if NET
using System.Numerics;
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
#if NET
        Span<double> lanes = stackalloc double[2 * Vector<double>.Count];
#endif
        for (int i = 0; i < columns; i++)
        {
            int j = 0;
#if NET
            if (Vector.IsHardwareAccelerated)
            {
                int width = Vector<double>.Count;
                // Two vectors of pairs (i, j..j + 2·width) per pass, the last pass padded past i (those lanes are dropped).
                for (; j <= i; j += 2 * width)
                {
                    Vector<double> gram0 = Vector<double>.Zero, gram1 = gram0, meat0 = gram0, meat1 = gram0;
                    bool two = j + width <= i;
                    if (two)
                        for (int t = 0; t < periods; t++)
                        {
                            int row = t * stride;
                            Vector<double> ri = new(r[row + i]), wt = new(w[t]);
                            var product0 = ri * new Vector<double>(r, row + j);
                            var product1 = ri * new Vector<double>(r, row + j + width);
                            gram0 += product0;
                            meat0 += product0 * wt;
                            gram1 += product1;
                            meat1 += product1 * wt;
                        }
                    else
                        for (int t = 0; t < periods; t++)
                        {
                            int row = t * stride;
                            var product0 = new Vector<double>(r[row + i]) * new Vector<double>(r, row + j);
                            gram0 += product0;
                            meat0 += product0 * new Vector<double>(w[t]);
                        }
                    Store(gram0, meat0, j, i, lanes, gram, meat);
                    if (two) Store(gram1, meat1, j + width, i, lanes, gram, meat);
                }
                continue;
            }
#endif
            for (; j <= i; j++)
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
    }

#if NET
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
