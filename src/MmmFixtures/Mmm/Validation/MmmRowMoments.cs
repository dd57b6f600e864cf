using System;
using System.Linq;
using System.Threading.Tasks;
using MmmFixtures.Concurrency;

namespace MmmFixtures.Mmm;

/// <summary>
/// Every number the truth and the validation compute over all rows of a panel, in row order: Σ y and each effect's total,
/// the counts of non-finite and negative values, the identity's worst error, and the standard deviations and correlations
/// of spend, seasonality, noise, media contribution and exposure per unit of spend. Computed in two passes over tiles of
/// rows (first the sums and means, then the centred sums of squares and products), each sum added row by row in row
/// order, so a held panel (viewed whole) and a streamed export (read back tile by tile) get the same bits, and the same
/// bits as summing whole columns.
/// </summary>
internal sealed class MmmRowMoments
{
    private readonly MmmRowLayout _layout;
    private readonly int _rows, _channels;
    private readonly bool[] _ratioChannel;
    private readonly double[] _spendSum, _ratioSum, _ssSpend, _ssRatio, _spendSeasonality;
    private readonly int[] _ratioCount;
    private readonly double[][] _spendProducts; // [a][b − a − 1]: Σ centred spend a × centred spend b, b > a
    private double _seasonalitySum, _noiseSum, _mediaSum, _ssSeasonality, _ssNoise, _ssMedia;

    private MmmRowMoments(MmmSpec spec, MmmRowLayout layout, int rows)
    {
        _layout = layout;
        _rows = rows;
        _channels = layout.Channels;
        int C = _channels;
        _ratioChannel = Enumerable.Range(0, C).Select(c => spec.Channels[c].TransformOn == TransformInput.Exposure && layout.Exposure(c) >= 0).ToArray();
        _spendSum = new double[C];
        _ratioSum = new double[C];
        _ratioCount = new int[C];
        _ssSpend = new double[C];
        _ssRatio = new double[C];
        _spendSeasonality = new double[C];
        _spendProducts = Enumerable.Range(0, C).Select(a => new double[C - a - 1]).ToArray();
        ControlTotals = new double[layout.Controls];
        EventTotals = new double[layout.Events];
        NonFiniteSpend = new int[C];
        NonFiniteExposure = new int[C];
        NonFiniteContribution = new int[C];
        NegativeSpend = new int[C];
    }

    /// <summary>Computes the moments of <paramref name="source"/>'s rows (spec <paramref name="spec"/>), the second pass's products on up to <paramref name="maxDegreeOfParallelism"/> threads (the bits do not depend on it).</summary>
    public static MmmRowMoments Compute(MmmRowSource source, MmmSpec spec, int maxDegreeOfParallelism)
    {
        var moments = new MmmRowMoments(spec, source.Layout, source.RowCount);
        var reader = source.OpenReader();
        int rows = source.RowCount;
        for (int from = 0; from < rows; from += MmmRowSource.TileRows)
            moments.First(reader.Rows(from, Math.Min(rows, from + MmmRowSource.TileRows)));
        var centred = Enumerable.Range(0, moments._channels).Select(_ => new double[Math.Min(rows, MmmRowSource.TileRows)]).ToArray();
        var options = CallingThread.Options(maxDegreeOfParallelism);
        for (int from = 0; from < rows; from += MmmRowSource.TileRows)
            moments.Second(reader.Rows(from, Math.Min(rows, from + MmmRowSource.TileRows)), centred, options);
        return moments;
    }

    /// <summary>Σ y over all rows.</summary>
    public double TotalY { get; private set; }

    /// <summary>Σ of each control's effect over all rows.</summary>
    public double[] ControlTotals { get; }

    /// <summary>Σ of each event's effect over all rows.</summary>
    public double[] EventTotals { get; }

    /// <summary>Rows where y is NaN or infinite.</summary>
    public int NonFiniteY { get; private set; }

    /// <summary>Per channel, rows where its spend, exposure or contribution is NaN or infinite.</summary>
    public int[] NonFiniteSpend { get; }

    /// <inheritdoc cref="NonFiniteSpend"/>
    public int[] NonFiniteExposure { get; }

    /// <inheritdoc cref="NonFiniteSpend"/>
    public int[] NonFiniteContribution { get; }

    /// <summary>Per channel, rows with negative spend.</summary>
    public int[] NegativeSpend { get; }

    /// <summary>Rows with y &lt; 0.</summary>
    public int NegativeY { get; private set; }

    /// <summary>The largest relative error of y = Σ components.</summary>
    public double WorstIdentityError { get; private set; }

    /// <summary>Rows whose relative identity error exceeds <see cref="MmmPanelValidator.IdentityTolerance"/>.</summary>
    public int BrokenIdentity { get; private set; }

    /// <summary>The sample standard deviation of the seasonality component.</summary>
    public double SeasonalitySd => Sd(_ssSeasonality, _rows);

    /// <summary>The sample standard deviation of the noise component.</summary>
    public double NoiseSd => Sd(_ssNoise, _rows);

    /// <summary>The sample standard deviation of the total media contribution.</summary>
    public double MediaSd => Sd(_ssMedia, _rows);

    /// <summary>Pearson's correlation of the spend of channels <paramref name="a"/> &lt; <paramref name="b"/>.</summary>
    public double SpendCorrelation(int a, int b) => Correlation(_spendProducts[a][b - a - 1], _ssSpend[a], _ssSpend[b], _rows);

    /// <summary>Pearson's correlation of channel <paramref name="c"/>'s spend with the seasonality component.</summary>
    public double SpendSeasonalityCorrelation(int c) => Correlation(_spendSeasonality[c], _ssSpend[c], _ssSeasonality, _rows);

    /// <summary>
    /// The coefficient of variation of channel <paramref name="c"/>'s exposure per unit of spend over the rows that spend, for a
    /// channel transformed on exposure; null otherwise or with fewer than two such rows.
    /// </summary>
    public double? ExposurePerSpendVariation(int c)
    {
        int n = _ratioCount[c];
        if (!_ratioChannel[c] || n < 2) return null;
        return Sd(_ssRatio[c], n) / (_ratioSum[c] / n);
    }

    // From the sums: the sample SD (n − 1), 0 for fewer than two values; Pearson's r, 0 when either
    // series is constant or shorter than two values.
    private static double Sd(double sumOfSquares, int n) => n < 2 ? 0 : Math.Sqrt(sumOfSquares / (n - 1));

    private static double Correlation(double sxy, double sxx, double syy, int n) =>
        n < 2 ? 0 : sxx > 0 && syy > 0 ? sxy / Math.Sqrt(sxx * syy) : 0;

    private static bool NotFinite(double v) => double.IsNaN(v) || double.IsInfinity(v);

    // The sums, counts and the identity, row by row.
    private void First(MmmRowTile tile)
    {
        var layout = _layout;
        int C = _channels;
        for (int r = tile.From; r < tile.To; r++)
        {
            double y = tile.At(MmmRowLayout.Y, r);
            TotalY += y;
            if (NotFinite(y)) NonFiniteY++;
            if (y < 0) NegativeY++;
            double media = 0;
            for (int c = 0; c < C; c++)
            {
                double spend = tile.At(layout.Spend(c), r), contribution = tile.At(layout.Contribution(c), r);
                _spendSum[c] += spend;
                if (NotFinite(spend)) NonFiniteSpend[c]++;
                if (spend < 0) NegativeSpend[c]++;
                if (NotFinite(contribution)) NonFiniteContribution[c]++;
                media += contribution;
                if (layout.Exposure(c) < 0) continue;
                double exposure = tile.At(layout.Exposure(c), r);
                if (NotFinite(exposure)) NonFiniteExposure[c]++;
                if (_ratioChannel[c] && spend > 0)
                {
                    _ratioSum[c] += exposure / spend;
                    _ratioCount[c]++;
                }
            }
            _mediaSum += media;
            _seasonalitySum += tile.At(layout.Seasonality, r);
            _noiseSum += tile.At(layout.Noise, r);
            for (int k = 0; k < ControlTotals.Length; k++) ControlTotals[k] += tile.At(layout.ControlEffect(k), r);
            for (int e = 0; e < EventTotals.Length; e++) EventTotals[e] += tile.At(layout.EventEffect(e), r);

            // The identity's components in its order: intercept, trend, seasonality, controls, events, channels, noise, clamp.
            double sum = 0;
            sum += tile.At(layout.Intercept, r);
            sum += tile.At(layout.Trend, r);
            sum += tile.At(layout.Seasonality, r);
            for (int k = 0; k < ControlTotals.Length; k++) sum += tile.At(layout.ControlEffect(k), r);
            for (int e = 0; e < EventTotals.Length; e++) sum += tile.At(layout.EventEffect(e), r);
            for (int c = 0; c < C; c++) sum += tile.At(layout.Contribution(c), r);
            sum += tile.At(layout.Noise, r);
            if (layout.Clamp >= 0) sum += tile.At(layout.Clamp, r);
            double error = Math.Abs(y - sum) / Math.Max(1.0, Math.Abs(y));
            WorstIdentityError = Math.Max(WorstIdentityError, error);
            if (!(error <= MmmPanelValidator.IdentityTolerance)) BrokenIdentity++;
        }
    }

    // The centred sums of squares and products. Each sum is one thread's, added in row order; the spend pairs (C² / 2 of
    // them, the bulk of the work) are shared out by their first channel.
    private void Second(MmmRowTile tile, double[][] centred, ParallelOptions options)
    {
        var layout = _layout;
        int C = _channels, n = tile.To - tile.From;
        for (int c = 0; c < C; c++)
        {
            double mean = _spendSum[c] / _rows;
            var spend = tile.Column(layout.Spend(c));
            var d = centred[c];
            for (int i = 0; i < n; i++) d[i] = spend[i] - mean;
        }
        Parallel.For(0, C + 1, options, a =>
        {
            if (a == C) SecondOthers(tile, centred);
            else SpendProducts(centred, a, n);
        });
    }

    private void SpendProducts(double[][] centred, int a, int n)
    {
        var products = _spendProducts[a];
        double[] x = centred[a];
        int b = a + 1;
        // Four pairs at a time: four independent running sums, each still added in row order.
        for (; b + 4 <= _channels; b += 4)
        {
            double[] y0 = centred[b], y1 = centred[b + 1], y2 = centred[b + 2], y3 = centred[b + 3];
            int p = b - a - 1;
            double s0 = products[p], s1 = products[p + 1], s2 = products[p + 2], s3 = products[p + 3];
            for (int i = 0; i < n; i++)
            {
                double xi = x[i];
                s0 += xi * y0[i];
                s1 += xi * y1[i];
                s2 += xi * y2[i];
                s3 += xi * y3[i];
            }
            (products[p], products[p + 1], products[p + 2], products[p + 3]) = (s0, s1, s2, s3);
        }
        for (; b < _channels; b++)
        {
            double[] y = centred[b];
            double s = products[b - a - 1];
            for (int i = 0; i < n; i++) s += x[i] * y[i];
            products[b - a - 1] = s;
        }
    }

    private void SecondOthers(MmmRowTile tile, double[][] centred)
    {
        var layout = _layout;
        int C = _channels;
        double seasonalityMean = _seasonalitySum / _rows, noiseMean = _noiseSum / _rows, mediaMean = _mediaSum / _rows;
        for (int r = tile.From, i = 0; r < tile.To; r++, i++)
        {
            double ds = tile.At(layout.Seasonality, r) - seasonalityMean;
            _ssSeasonality += ds * ds;
            double dn = tile.At(layout.Noise, r) - noiseMean;
            _ssNoise += dn * dn;
            double media = 0;
            for (int c = 0; c < C; c++)
            {
                double d = centred[c][i];
                _ssSpend[c] += d * d;
                _spendSeasonality[c] += d * ds;
                media += tile.At(layout.Contribution(c), r);
                if (!_ratioChannel[c]) continue;
                double spend = tile.At(layout.Spend(c), r);
                if (!(spend > 0)) continue;
                double dr = tile.At(layout.Exposure(c), r) / spend - _ratioSum[c] / _ratioCount[c];
                _ssRatio[c] += dr * dr;
            }
            double dm = media - mediaMean;
            _ssMedia += dm * dm;
        }
    }
}
