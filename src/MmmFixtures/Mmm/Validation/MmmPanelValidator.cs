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
        return Validate(panel, MmmRowMoments.Compute(panel.Rows, panel.Spec, maxDegreeOfParallelism: -1));
    }

    /// <summary>Validates <paramref name="panel"/> from the moments of its rows (a streamed export's panel holds none).</summary>
    internal static MmmValidationReport Validate(MmmPanel panel, MmmRowMoments moments)
    {
        var findings = new List<ValidationFinding>();
        void Error(string code, string message) => findings.Add(new ValidationFinding(ValidationSeverity.Error, code, message));
        void Warn(string code, string message) => findings.Add(new ValidationFinding(ValidationSeverity.Warning, code, message));

        int rows = panel.RowCount, geos = panel.GeoCount;
        if (rows != panel.Periods * geos) Error("grid", $"{rows} rows for {panel.Periods} dates × {geos} geos");
        if (panel.Dates.Distinct().Count() != panel.Periods) Error("duplicate-key", "a date appears twice");
        if (panel.GeoNames.Distinct(StringComparer.Ordinal).Count() != geos) Error("duplicate-key", "a geo appears twice");

        var truth = panel.Truth;
        var spec = panel.Spec;
        CheckFinite("y", moments.NonFiniteY, Error);
        for (int c = 0; c < spec.Channels.Count; c++)
        {
            string name = spec.Channels[c].Name;
            CheckFinite($"spend of {name}", moments.NonFiniteSpend[c], Error);
            CheckFinite($"exposure of {name}", moments.NonFiniteExposure[c], Error);
            CheckFinite($"contribution of {name}", moments.NonFiniteContribution[c], Error);
            int negative = moments.NegativeSpend[c];
            if (negative > 0) Error("negative-spend", $"{name} has negative spend on {negative} rows");
        }

        int broken = moments.BrokenIdentity, negativeY = moments.NegativeY;
        double worst = moments.WorstIdentityError;
        if (broken > 0) Error("identity", $"y differs from the sum of its components on {broken} rows (worst relative error {worst:G3})");
        if (negativeY > 0) Warn("negative-y", $"y is negative on {negativeY} rows; set ClampNegativeY to raise it to 0 through a clamp component");

        foreach (var c in truth.Channels)
            if (c.ShareOfMedia < 0.01 && c.TotalSpend > 0) // a channel that never spends gets never-spends instead
                Warn("small-channel", $"{c.Name} has {c.ShareOfMedia.ToString("P2", CultureInfo.InvariantCulture)} of media contribution (< 1%): a model can hardly recover it");

        (string, string, double)? highest = null;
        for (int a = 0; a < spec.Channels.Count; a++)
            for (int b = a + 1; b < spec.Channels.Count; b++)
            {
                double r = moments.SpendCorrelation(a, b);
                if (highest is not (_, _, double top) || r > top) highest = (spec.Channels[a].Name, spec.Channels[b].Name, r);
                if (r > 0.95)
                    Warn("collinear-spend", $"spend of {spec.Channels[a].Name} and {spec.Channels[b].Name} correlates at {r.ToString("F3", CultureInfo.InvariantCulture)} (> 0.95): their effects are hard to separate");
            }

        double? signalToNoise = null;
        if (truth.Channels.Count > 0)
        {
            double noiseSd = moments.NoiseSd, signalSd = moments.MediaSd;
            if (noiseSd > 0) signalToNoise = signalSd / noiseSd;
            if (signalToNoise < 1)
                Warn("low-signal", $"signal-to-noise (sd of media contribution / sd of noise) is {signalToNoise.Value.ToString("F3", CultureInfo.InvariantCulture)} (< 1)");
        }
        HardCaseWarnings.Check(panel, moments, Warn);
        return new MmmValidationReport(findings.OrderBy(f => f.Severity).ToArray(), new MmmValidationMeasures(worst, highest, signalToNoise));
    }

    private static void CheckFinite(string what, int bad, Action<string, string> error)
    {
        if (bad > 0) error("not-finite", $"{what} is NaN or infinite on {bad} rows");
    }
}
