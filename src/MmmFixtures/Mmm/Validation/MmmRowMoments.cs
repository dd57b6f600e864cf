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
        int tileRows = Math.Min(rows, MmmRowSource.TileRows);
        double[] rowMedia = new double[tileRows], rowScratch = new double[tileRows];
        for (int from = 0; from < rows; from += MmmRowSource.TileRows)
            moments.First(reader.Rows(from, Math.Min(rows, from + MmmRowSource.TileRows)), rowMedia, rowScratch);
        var centred = Enumerable.Range(0, moments._channels).Select(_ => new double[tileRows]).ToArray();
        var options = CallingThread.Options(maxDegreeOfParallelism);
        for (int from = 0; from < rows; from += MmmRowSource.TileRows)
            moments.Second(reader.Rows(from, Math.Min(rows, from + MmmRowSource.TileRows)), centred, rowMedia, rowScratch, options);
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

    // The sums, counts and the identity, a column at a time (each read as one stream, not 150 streams a row at a time): each
    // sum still adds its rows in row order, and each row's media total and identity add their terms in the identity's order
    // in per-row scratch (rowMedia, rowSum), so the bits are those of a pass row by row.
    private void First(MmmRowTile tile, double[] rowMedia, double[] rowSum)
    {
        var layout = _layout;
        int C = _channels, n = tile.To - tile.From;
        var y = tile.Column(MmmRowLayout.Y);
        double totalY = TotalY;
        int nonFiniteY = 0, negativeY = 0;
        foreach (double v in y)
        {
            totalY += v;
            if (NotFinite(v)) nonFiniteY++;
            if (v < 0) negativeY++;
        }
        (TotalY, NonFiniteY, NegativeY) = (totalY, NonFiniteY + nonFiniteY, NegativeY + negativeY);
        _seasonalitySum = Sum(_seasonalitySum, tile.Column(layout.Seasonality));
        _noiseSum = Sum(_noiseSum, tile.Column(layout.Noise));
        for (int k = 0; k < ControlTotals.Length; k++) ControlTotals[k] = Sum(ControlTotals[k], tile.Column(layout.ControlEffect(k)));
        for (int e = 0; e < EventTotals.Length; e++) EventTotals[e] = Sum(EventTotals[e], tile.Column(layout.EventEffect(e)));

        // The identity's components in its order: intercept, trend, seasonality, controls, events, channels, noise, clamp.
        var media = rowMedia.AsSpan(0, n);
        var sum = rowSum.AsSpan(0, n);
        media.Clear();
        sum.Clear();
        Add(sum, tile.Column(layout.Intercept));
        Add(sum, tile.Column(layout.Trend));
        Add(sum, tile.Column(layout.Seasonality));
        for (int k = 0; k < ControlTotals.Length; k++) Add(sum, tile.Column(layout.ControlEffect(k)));
        for (int e = 0; e < EventTotals.Length; e++) Add(sum, tile.Column(layout.EventEffect(e)));
        for (int c = 0; c < C; c++)
        {
            var spend = tile.Column(layout.Spend(c));
            var contribution = tile.Column(layout.Contribution(c));
            double spendSum = _spendSum[c];
            int nonFiniteSpend = 0, negativeSpend = 0, nonFiniteContribution = 0;
            for (int i = 0; i < n; i++)
            {
                double v = spend[i], w = contribution[i];
                spendSum += v;
                if (NotFinite(v)) nonFiniteSpend++;
                if (v < 0) negativeSpend++;
                if (NotFinite(w)) nonFiniteContribution++;
                media[i] += w;
                sum[i] += w;
            }
            _spendSum[c] = spendSum;
            NonFiniteSpend[c] += nonFiniteSpend;
            NegativeSpend[c] += negativeSpend;
            NonFiniteContribution[c] += nonFiniteContribution;
            if (layout.Exposure(c) < 0) continue;
            var exposure = tile.Column(layout.Exposure(c));
            for (int i = 0; i < n; i++)
            {
                if (NotFinite(exposure[i])) NonFiniteExposure[c]++;
                if (_ratioChannel[c] && spend[i] > 0)
                {
                    _ratioSum[c] += exposure[i] / spend[i];
                    _ratioCount[c]++;
                }
            }
        }
        _mediaSum = Sum(_mediaSum, media);
        Add(sum, tile.Column(layout.Noise));
        if (layout.Clamp >= 0) Add(sum, tile.Column(layout.Clamp));
        double worst = WorstIdentityError;
        int broken = 0;
        for (int i = 0; i < n; i++)
        {
            double error = Math.Abs(y[i] - sum[i]) / Math.Max(1.0, Math.Abs(y[i]));
            worst = Math.Max(worst, error);
            if (!(error <= MmmPanelValidator.IdentityTolerance)) broken++;
        }
        (WorstIdentityError, BrokenIdentity) = (worst, BrokenIdentity + broken);
    }

    // total + Σ values, in order.
    private static double Sum(double total, ReadOnlySpan<double> values)
    {
        foreach (double v in values) total += v;
        return total;
    }

    // sums[i] += values[i]: one more term of each row's sum.
    private static void Add(Span<double> sums, ReadOnlySpan<double> values)
    {
        for (int i = 0; i < sums.Length; i++) sums[i] += values[i];
    }

    // The centred sums of squares and products. Each sum is one thread's, added in row order; the spend pairs (C² / 2 of
    // them, the bulk of the work) are shared out by their first channel.
    private void Second(MmmRowTile tile, double[][] centred, double[] rowMedia, double[] rowSeasonality, ParallelOptions options)
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
            if (a == C) SecondOthers(tile, centred, rowMedia, rowSeasonality);
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

    // A column at a time, as First: each sum adds its rows in row order, each row's media total its channels in order.
    private void SecondOthers(MmmRowTile tile, double[][] centred, double[] rowMedia, double[] rowSeasonality)
    {
        var layout = _layout;
        int C = _channels, n = tile.To - tile.From;
        double seasonalityMean = _seasonalitySum / _rows, noiseMean = _noiseSum / _rows, mediaMean = _mediaSum / _rows;
        var ds = rowSeasonality.AsSpan(0, n);
        var seasonality = tile.Column(layout.Seasonality);
        double ssSeasonality = _ssSeasonality;
        for (int i = 0; i < n; i++)
        {
            ds[i] = seasonality[i] - seasonalityMean;
            ssSeasonality += ds[i] * ds[i];
        }
        _ssSeasonality = ssSeasonality;
        double ssNoise = _ssNoise;
        foreach (double v in tile.Column(layout.Noise))
        {
            double dn = v - noiseMean;
            ssNoise += dn * dn;
        }
        _ssNoise = ssNoise;
        var media = rowMedia.AsSpan(0, n);
        media.Clear();
        for (int c = 0; c < C; c++)
        {
            var d = centred[c];
            var contribution = tile.Column(layout.Contribution(c));
            double ssSpend = _ssSpend[c], spendSeasonality = _spendSeasonality[c];
            for (int i = 0; i < n; i++)
            {
                ssSpend += d[i] * d[i];
                spendSeasonality += d[i] * ds[i];
                media[i] += contribution[i];
            }
            (_ssSpend[c], _spendSeasonality[c]) = (ssSpend, spendSeasonality);
            if (!_ratioChannel[c]) continue;
            var spend = tile.Column(layout.Spend(c));
            var exposure = tile.Column(layout.Exposure(c));
            double meanRatio = _ratioSum[c] / _ratioCount[c];
            for (int i = 0; i < n; i++)
            {
                if (!(spend[i] > 0)) continue;
                double dr = exposure[i] / spend[i] - meanRatio;
                _ssRatio[c] += dr * dr;
            }
        }
        double ssMedia = _ssMedia;
        foreach (double m in media)
        {
            double dm = m - mediaMean;
            ssMedia += dm * dm;
        }
        _ssMedia = ssMedia;
    }
}
