using CsCheck;
using MmmFixtures.Mmm;

namespace MmmFixtures.Tests.Mmm;

/// <summary>
/// The row moments, computed a column at a time, have the bits of the pass row by row they replaced (kept here as the
/// reference), on random layouts and random values with NaN, infinities, negatives and zeros, over one tile and several.
/// </summary>
public class MmmRowMomentsTests
{
    [Fact]
    public void Column_by_column_moments_have_the_bits_of_the_row_by_row_pass() =>
        Gen.Select(MmmPropertyTests.GenSpec, Gen.Int[1, 9], Gen.ULong).Sample((spec, size, seed) =>
        {
            var layout = new MmmRowLayout(spec);
            // Up to 2.5 tiles of rows, so sums carry from tile to tile and the last tile is short.
            int periods = spec.Periods, geos = Math.Max(1, size * MmmRowSource.TileRows / 4 / periods);
            var columns = RandomColumns(layout, periods * geos, seed);
            var actual = MmmRowMoments.Compute(new HeldRows(layout, columns, periods, geos), spec, maxDegreeOfParallelism: 2);
            var expected = new RowByRow(spec, layout, columns);
            Same(expected.TotalY, actual.TotalY);
            Assert.Equal(expected.ControlTotals.Select(Bits), actual.ControlTotals.Select(Bits));
            Assert.Equal(expected.EventTotals.Select(Bits), actual.EventTotals.Select(Bits));
            Assert.Equal((expected.NonFiniteY, expected.NegativeY, expected.BrokenIdentity), (actual.NonFiniteY, actual.NegativeY, actual.BrokenIdentity));
            Assert.Equal(expected.NonFiniteSpend, actual.NonFiniteSpend);
            Assert.Equal(expected.NonFiniteExposure, actual.NonFiniteExposure);
            Assert.Equal(expected.NonFiniteContribution, actual.NonFiniteContribution);
            Assert.Equal(expected.NegativeSpend, actual.NegativeSpend);
            Same(expected.WorstIdentityError, actual.WorstIdentityError);
            Same(expected.SeasonalitySd, actual.SeasonalitySd);
            Same(expected.NoiseSd, actual.NoiseSd);
            Same(expected.MediaSd, actual.MediaSd);
            int C = layout.Channels;
            for (int c = 0; c < C; c++)
            {
                Same(expected.SpendSeasonalityCorrelation(c), actual.SpendSeasonalityCorrelation(c));
                Assert.Equal(expected.ExposurePerSpendVariation(c) is double e ? Bits(e) : (long?)null,
                    actual.ExposurePerSpendVariation(c) is double a ? Bits(a) : null);
                for (int b = c + 1; b < C; b++) Same(expected.SpendCorrelation(c, b), actual.SpendCorrelation(c, b));
            }
        }, iter: 40, threads: 1);

    private static long Bits(double v) => BitConverter.DoubleToInt64Bits(v);

    private static void Same(double expected, double actual) => Assert.Equal(Bits(expected), Bits(actual));

    // Values of every sign and size, y the identity's sum within rounding (so the identity's error depends on the order of its
    // terms); in one sample of four, now and then 0, −0, NaN or ±∞ in a third of the columns.
    private static double[][] RandomColumns(MmmRowLayout layout, int rows, ulong seed)
    {
        ulong state = seed | 1;
        double Next()
        {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            return (state >> 11) * (1.0 / (1UL << 53));
        }
        bool specials = seed % 4 == 0;
        var columns = new double[layout.Count][];
        for (int col = 0; col < layout.Count; col++)
        {
            columns[col] = new double[rows];
            bool special = specials && col % 3 == 0;
            for (int r = 0; r < rows; r++)
            {
                double u = Next(), v = (Next() - 0.25) * Math.Pow(10, 6 * Next() - 2);
                columns[col][r] = !special || u > 0.02 ? v
                    : u > 0.016 ? 0 : u > 0.012 ? -0.0 : u > 0.008 ? double.NaN : u > 0.004 ? double.PositiveInfinity : double.NegativeInfinity;
            }
        }
        var terms = new List<int> { layout.Intercept, layout.Trend, layout.Seasonality, layout.Noise };
        terms.AddRange(Enumerable.Range(0, layout.Controls).Select(layout.ControlEffect));
        terms.AddRange(Enumerable.Range(0, layout.Events).Select(layout.EventEffect));
        terms.AddRange(Enumerable.Range(0, layout.Channels).Select(layout.Contribution));
        if (layout.Clamp >= 0) terms.Add(layout.Clamp);
        for (int r = 0; r < rows; r++)
        {
            double sum = 0;
            foreach (int col in terms) sum += columns[col][r];
            columns[MmmRowLayout.Y][r] = sum * (1 + (Next() - 0.5) * 1e-12);
        }
        return columns;
    }

    // The moments as they were computed before: row by row, every column of a row in turn, in two passes.
    private sealed class RowByRow
    {
        private readonly int _rows;
        private readonly bool[] _ratioChannel;
        private readonly double[] _ratioSum, _ssSpend, _ssRatio, _spendSeasonality;
        private readonly int[] _ratioCount;
        private readonly double[,] _spendProducts;
        private readonly double _ssSeasonality, _ssNoise, _ssMedia;

        public RowByRow(MmmSpec spec, MmmRowLayout layout, double[][] col)
        {
            int C = layout.Channels, rows = col[0].Length;
            _rows = rows;
            _ratioChannel = Enumerable.Range(0, C).Select(c => spec.Channels[c].TransformOn == TransformInput.Exposure && layout.Exposure(c) >= 0).ToArray();
            var spendSum = new double[C];
            _ratioSum = new double[C];
            _ratioCount = new int[C];
            ControlTotals = new double[layout.Controls];
            EventTotals = new double[layout.Events];
            NonFiniteSpend = new int[C];
            NonFiniteExposure = new int[C];
            NonFiniteContribution = new int[C];
            NegativeSpend = new int[C];
            double seasonalitySum = 0, noiseSum = 0, mediaSum = 0;
            for (int r = 0; r < rows; r++)
            {
                double y = col[MmmRowLayout.Y][r];
                TotalY += y;
                if (NotFinite(y)) NonFiniteY++;
                if (y < 0) NegativeY++;
                double media = 0;
                for (int c = 0; c < C; c++)
                {
                    double spend = col[layout.Spend(c)][r], contribution = col[layout.Contribution(c)][r];
                    spendSum[c] += spend;
                    if (NotFinite(spend)) NonFiniteSpend[c]++;
                    if (spend < 0) NegativeSpend[c]++;
                    if (NotFinite(contribution)) NonFiniteContribution[c]++;
                    media += contribution;
                    if (layout.Exposure(c) < 0) continue;
                    double exposure = col[layout.Exposure(c)][r];
                    if (NotFinite(exposure)) NonFiniteExposure[c]++;
                    if (_ratioChannel[c] && spend > 0)
                    {
                        _ratioSum[c] += exposure / spend;
                        _ratioCount[c]++;
                    }
                }
                mediaSum += media;
                seasonalitySum += col[layout.Seasonality][r];
                noiseSum += col[layout.Noise][r];
                for (int k = 0; k < ControlTotals.Length; k++) ControlTotals[k] += col[layout.ControlEffect(k)][r];
                for (int e = 0; e < EventTotals.Length; e++) EventTotals[e] += col[layout.EventEffect(e)][r];
                double sum = 0;
                sum += col[layout.Intercept][r];
                sum += col[layout.Trend][r];
                sum += col[layout.Seasonality][r];
                for (int k = 0; k < ControlTotals.Length; k++) sum += col[layout.ControlEffect(k)][r];
                for (int e = 0; e < EventTotals.Length; e++) sum += col[layout.EventEffect(e)][r];
                for (int c = 0; c < C; c++) sum += col[layout.Contribution(c)][r];
                sum += col[layout.Noise][r];
                if (layout.Clamp >= 0) sum += col[layout.Clamp][r];
                double error = Math.Abs(y - sum) / Math.Max(1.0, Math.Abs(y));
                WorstIdentityError = Math.Max(WorstIdentityError, error);
                if (!(error <= MmmPanelValidator.IdentityTolerance)) BrokenIdentity++;
            }

            _ssSpend = new double[C];
            _ssRatio = new double[C];
            _spendSeasonality = new double[C];
            _spendProducts = new double[C, C];
            double seasonalityMean = seasonalitySum / rows, noiseMean = noiseSum / rows, mediaMean = mediaSum / rows;
            var d = new double[C];
            for (int r = 0; r < rows; r++)
            {
                double ds = col[layout.Seasonality][r] - seasonalityMean;
                _ssSeasonality += ds * ds;
                double dn = col[layout.Noise][r] - noiseMean;
                _ssNoise += dn * dn;
                double media = 0;
                for (int c = 0; c < C; c++)
                {
                    d[c] = col[layout.Spend(c)][r] - spendSum[c] / rows;
                    _ssSpend[c] += d[c] * d[c];
                    _spendSeasonality[c] += d[c] * ds;
                    media += col[layout.Contribution(c)][r];
                    if (!_ratioChannel[c]) continue;
                    double spend = col[layout.Spend(c)][r];
                    if (!(spend > 0)) continue;
                    double dr = col[layout.Exposure(c)][r] / spend - _ratioSum[c] / _ratioCount[c];
                    _ssRatio[c] += dr * dr;
                }
                for (int a = 0; a < C; a++)
                    for (int b = a + 1; b < C; b++) _spendProducts[a, b] += d[a] * d[b];
                double dm = media - mediaMean;
                _ssMedia += dm * dm;
            }
        }

        public double TotalY { get; }
        public double[] ControlTotals { get; }
        public double[] EventTotals { get; }
        public int NonFiniteY { get; }
        public int NegativeY { get; }
        public int[] NonFiniteSpend { get; }
        public int[] NonFiniteExposure { get; }
        public int[] NonFiniteContribution { get; }
        public int[] NegativeSpend { get; }
        public double WorstIdentityError { get; }
        public int BrokenIdentity { get; }
        public double SeasonalitySd => Sd(_ssSeasonality, _rows);
        public double NoiseSd => Sd(_ssNoise, _rows);
        public double MediaSd => Sd(_ssMedia, _rows);
        public double SpendCorrelation(int a, int b) => Correlation(_spendProducts[a, b], _ssSpend[a], _ssSpend[b], _rows);
        public double SpendSeasonalityCorrelation(int c) => Correlation(_spendSeasonality[c], _ssSpend[c], _ssSeasonality, _rows);

        public double? ExposurePerSpendVariation(int c)
        {
            int n = _ratioCount[c];
            if (!_ratioChannel[c] || n < 2) return null;
            return Sd(_ssRatio[c], n) / (_ratioSum[c] / n);
        }

        private static double Sd(double sumOfSquares, int n) => n < 2 ? 0 : Math.Sqrt(sumOfSquares / (n - 1));

        private static double Correlation(double sxy, double sxx, double syy, int n) =>
            n < 2 ? 0 : sxx > 0 && syy > 0 ? sxy / Math.Sqrt(sxx * syy) : 0;

        private static bool NotFinite(double v) => double.IsNaN(v) || double.IsInfinity(v);
    }
}
