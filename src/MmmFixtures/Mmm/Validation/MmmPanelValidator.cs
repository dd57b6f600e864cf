using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using MmmFixtures.Validation;

namespace MmmFixtures.Mmm;

/// <summary>
/// Checks a generated panel (also run before every export). Errors: incomplete date × geo grid,
/// duplicate keys, NaN/∞, negative spend, a row whose components do not sum to y (1e-9 relative).
/// Warnings: negative y, a channel with under 1% of media contribution, two channels whose spend
/// correlates above 0.95, a signal-to-noise ratio (sd of total media contribution / sd of noise) below 1, and the
/// hard cases of <see cref="HardCaseWarnings"/> (a channel that never spends, short history, long carry-over, spend
/// following the seasonality, an effect on exposure not proportional to spend, a saturated channel).
/// </summary>
public static class MmmPanelValidator
{
    /// <summary>Relative tolerance of the identity y = Σ components.</summary>
    public const double IdentityTolerance = 1e-9;

    /// <summary>Validates <paramref name="panel"/>.</summary>
    public static MmmValidationReport Validate(MmmPanel panel)
    {
        if (panel is null) throw new ArgumentNullException(nameof(panel));
        var findings = new List<ValidationFinding>();
        void Error(string code, string message) => findings.Add(new ValidationFinding(ValidationSeverity.Error, code, message));
        void Warn(string code, string message) => findings.Add(new ValidationFinding(ValidationSeverity.Warning, code, message));

        int rows = panel.RowCount, geos = panel.GeoCount;
        if (rows != panel.Periods * geos) Error("grid", $"{rows} rows for {panel.Periods} dates × {geos} geos");
        if (panel.Dates.Distinct().Count() != panel.Periods) Error("duplicate-key", "a date appears twice");
        if (panel.GeoNames.Distinct(StringComparer.Ordinal).Count() != geos) Error("duplicate-key", "a geo appears twice");

        var truth = panel.Truth;
        var spec = panel.Spec;
        CheckFinite("y", panel.Y, Error);
        for (int c = 0; c < spec.Channels.Count; c++)
        {
            string name = spec.Channels[c].Name;
            CheckFinite($"spend of {name}", panel.Spend(c), Error);
            CheckFinite($"exposure of {name}", panel.Exposure(c), Error);
            CheckFinite($"contribution of {name}", truth.Channels[c].Contribution, Error);
            int negative = Count(panel.Spend(c), v => v < 0);
            if (negative > 0) Error("negative-spend", $"{name} has negative spend on {negative} rows");
        }

        // Sum the components column by column (the identity's order), then compare row by row.
        var sums = new double[rows];
        AddColumn(sums, truth.Intercept);
        AddColumn(sums, truth.Trend);
        AddColumn(sums, truth.Seasonality);
        foreach (var k in truth.Controls) AddColumn(sums, k.Effect);
        foreach (var e in truth.Events) AddColumn(sums, e.Effect);
        foreach (var c in truth.Channels) AddColumn(sums, c.Contribution);
        AddColumn(sums, truth.Noise);
        if (truth.HasClamp) AddColumn(sums, truth.Clamp);
        int broken = 0, negativeY = 0;
        double worst = 0;
        ReadOnlySpan<double> ys = panel.Y;
        for (int r = 0; r < rows; r++)
        {
            double y = ys[r];
            double error = Math.Abs(y - sums[r]) / Math.Max(1.0, Math.Abs(y));
            worst = Math.Max(worst, error);
            if (!(error <= IdentityTolerance)) broken++;
            if (y < 0) negativeY++;
        }
        if (broken > 0) Error("identity", $"y differs from the sum of its components on {broken} rows (worst relative error {worst:G3})");
        if (negativeY > 0) Warn("negative-y", $"y is negative on {negativeY} rows; set ClampNegativeY to raise it to 0 through a clamp component");

        foreach (var c in truth.Channels)
            if (c.ShareOfMedia < 0.01 && c.TotalSpend > 0) // a channel that never spends gets never-spends instead
                Warn("small-channel", $"{c.Name} has {c.ShareOfMedia.ToString("P2", CultureInfo.InvariantCulture)} of media contribution (< 1%): a model can hardly recover it");

        (string, string, double)? highest = null;
        for (int a = 0; a < spec.Channels.Count; a++)
            for (int b = a + 1; b < spec.Channels.Count; b++)
            {
                double r = SeriesStatistics.Correlation(panel.Spend(a), panel.Spend(b));
                if (highest is not (_, _, double top) || r > top) highest = (spec.Channels[a].Name, spec.Channels[b].Name, r);
                if (r > 0.95)
                    Warn("collinear-spend", $"spend of {spec.Channels[a].Name} and {spec.Channels[b].Name} correlates at {r.ToString("F3", CultureInfo.InvariantCulture)} (> 0.95): their effects are hard to separate");
            }

        double? signalToNoise = null;
        if (truth.Channels.Count > 0)
        {
            var media = new double[rows];
            foreach (var c in truth.Channels) AddColumn(media, c.Contribution);
            double noiseSd = SeriesStatistics.StandardDeviation(truth.Noise), signalSd = SeriesStatistics.StandardDeviation(media);
            if (noiseSd > 0) signalToNoise = signalSd / noiseSd;
            if (signalToNoise < 1)
                Warn("low-signal", $"signal-to-noise (sd of media contribution / sd of noise) is {signalToNoise.Value.ToString("F3", CultureInfo.InvariantCulture)} (< 1)");
        }
        HardCaseWarnings.Check(panel, Warn);
        return new MmmValidationReport(findings.OrderBy(f => f.Severity).ToArray(), new MmmValidationMeasures(worst, highest, signalToNoise));
    }

    private static void AddColumn(double[] sums, ReadOnlySpan<double> column)
    {
        for (int r = 0; r < sums.Length; r++) sums[r] += column[r];
    }

    private static void CheckFinite(string what, ReadOnlySpan<double> values, Action<string, string> error)
    {
        int bad = 0;
        foreach (double v in values)
            if (double.IsNaN(v) || double.IsInfinity(v)) bad++;
        if (bad > 0) error("not-finite", $"{what} is NaN or infinite on {bad} rows");
    }

    private static int Count(ReadOnlySpan<double> values, Func<double, bool> predicate)
    {
        int n = 0;
        foreach (double v in values)
            if (predicate(v)) n++;
        return n;
    }
}
