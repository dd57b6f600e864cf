using System;
using System.Collections.Generic;
using System.Linq;

namespace MmmFixtures.Mmm.Scoring;

/// <summary>
/// How well an estimated per-row series (a channel's contribution, a baseline component) matches the true one, with the
/// metrics of pymc-labs' parameter-recovery benchmark: each is computed per geo over the geo's periods, then averaged
/// over the geos where it is defined (one geo: the plain value).
/// </summary>
/// <param name="Mape">Mean of |estimate − truth| / |truth| over the rows whose |truth| exceeds <see cref="MapeFloor"/> (a fraction: 0.05 is 5%); rows at or below it are left out (a percentage error of a zero is undefined); null when no row is left.</param>
/// <param name="Bias">Mean of estimate − truth (KPI units; positive: over-estimated).</param>
/// <param name="Srmse">Root mean squared error / |mean truth|; null where the truth's mean is 0.</param>
/// <param name="RSquared">1 − Σ (estimate − truth)² / Σ (truth − mean truth)²; null where the truth is constant or has fewer than 3 periods.</param>
/// <param name="MapeRows">The rows that entered the MAPE.</param>
/// <param name="ExcludedRows">The rows left out of the MAPE because their |truth| is at most <see cref="MapeFloor"/>.</param>
public sealed record SeriesAccuracy(double? Mape, double Bias, double? Srmse, double? RSquared, int MapeRows, int ExcludedRows)
{
    /// <summary>Rows whose true value is at most this in absolute value (KPI units) do not enter the MAPE (the benchmark's 1e-3).</summary>
    public const double MapeFloor = 1e-3;

    /// <summary>Compares <paramref name="estimate"/> with <paramref name="truth"/>, both in <paramref name="panel"/>'s row order.</summary>
    internal static SeriesAccuracy Compare(MmmPanel panel, ReadOnlySpan<double> truth, IReadOnlyList<double> estimate)
    {
        var mape = new List<double>();
        var bias = new List<double>();
        var srmse = new List<double>();
        var r2 = new List<double>();
        int mapeRows = 0, excluded = 0;
        int T = panel.Periods;
        for (int g = 0; g < panel.GeoCount; g++)
        {
            double sumTruth = 0, sumError = 0, sumSquaredError = 0, sumRelative = 0;
            int relativeRows = 0;
            for (int t = 0; t < T; t++)
            {
                int r = panel.RowIndex(t, g);
                double error = estimate[r] - truth[r];
                sumTruth += truth[r];
                sumError += error;
                sumSquaredError += error * error;
                if (Math.Abs(truth[r]) > MapeFloor)
                {
                    sumRelative += Math.Abs(error) / Math.Abs(truth[r]);
                    relativeRows++;
                }
            }
            mapeRows += relativeRows;
            excluded += T - relativeRows;
            double mean = sumTruth / T, total = 0;
            for (int t = 0; t < T; t++)
            {
                double d = truth[panel.RowIndex(t, g)] - mean;
                total += d * d;
            }
            if (relativeRows > 0) mape.Add(sumRelative / relativeRows);
            bias.Add(sumError / T);
            if (mean != 0) srmse.Add(Math.Sqrt(sumSquaredError / T) / Math.Abs(mean));
            if (T >= 3 && total > 0) r2.Add(1 - sumSquaredError / total);
        }
        return new SeriesAccuracy(MeanOrNull(mape), bias.Average(), MeanOrNull(srmse), MeanOrNull(r2), mapeRows, excluded);
    }

    private static double? MeanOrNull(List<double> values) => values.Count > 0 ? values.Average() : null;
}
