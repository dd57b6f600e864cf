using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using MmmFixtures.Reporting;
using MmmFixtures.Validation;

namespace MmmFixtures.Mmm.Report;

/// <summary>
/// The validation section: every check <see cref="MmmPanelValidator"/> runs, in its order. A check with findings
/// lists each (errors Failed, warnings Warning); a check without says, with its numbers, by how much it passed.
/// </summary>
internal static class MmmReportChecks
{
    public static IReadOnlyList<ReportCheck> Build(MmmPanel panel, MmmValidationReport validation)
    {
        var m = validation.Measures;
        var channels = panel.Truth.Channels;
        string rows = Families.CountText.Of(panel.RowCount, "row"), periods = Families.CountText.Of(panel.Periods, "period"), geos = Families.CountText.Of(panel.GeoCount, "geo");
        double lowestY = panel.RowCount == 0 ? 0 : Min(panel);
        var smallest = channels.OrderBy(c => c.ShareOfMedia).FirstOrDefault();
        var passed = new (string Code, string Detail)[]
        {
            ("grid", $"{rows} = {periods} × {geos}"),
            ("duplicate-key", $"each of the {Families.CountText.Of(panel.Periods, "date")} and {geos} appears once"),
            ("not-finite", $"y, spend, exposure and contributions are finite on all {rows}"),
            ("negative-spend", $"spend ≥ 0 on every row of all {Families.CountText.Of(channels.Count, "channel")}"),
            ("identity", $"y = sum of its components on all {rows}; worst relative error {m.WorstIdentityError:G3} (tolerance {MmmPanelValidator.IdentityTolerance.ToString("0e0", CultureInfo.InvariantCulture)})"),
            ("negative-y", $"y ≥ 0 on all {rows} (lowest {ReportText.Amount(lowestY)})"),
            ("small-channel", smallest is null ? "no channels"
                : $"every channel has ≥ 1% of media contribution (smallest: {smallest.Name}, {ReportText.Percent(smallest.ShareOfMedia, 1)})"),
            ("collinear-spend", m.HighestSpendCorrelation is (string a, string b, double r)
                ? $"highest spend correlation {ReportText.Ratio(r)} ({a} and {b}) ≤ 0.95" : "fewer than two channels"),
            ("low-signal", m.SignalToNoise is double s
                ? $"signal-to-noise (sd of media contribution / sd of noise) {ReportText.Ratio(s)} ≥ 1" : "no channels or no noise"),
            ("never-spends", "every channel spends"),
            ("short-history", $"the panel spans at least {HardCaseWarnings.MinHistoryDays} days"),
            ("long-carryover", $"at most {ReportText.Percent(HardCaseWarnings.LongCarryoverShare, 0)} of any channel's adstock weight lies at lags of {HardCaseWarnings.UsualCarryoverWeeks} weeks or more"),
            ("seasonal-spend", $"no channel's spend correlates above {ReportText.Ratio(HardCaseWarnings.SeasonalSpendCorrelation)} with the KPI's seasonality"),
            ("exposure-signal", $"exposure per unit of spend varies by at most {ReportText.Percent(HardCaseWarnings.ExposurePerSpendVariation, 0)} for channels transformed on exposure"),
            ("saturated", $"no channel's ROAS exceeds {HardCaseWarnings.SaturationRatio.ToString(CultureInfo.InvariantCulture)}× its marginal ROAS"),
        };
        var known = new HashSet<string>(passed.Select(p => p.Code));
        var checks = new List<ReportCheck>();
        foreach (var (code, detail) in passed)
        {
            var findings = validation.Findings.Where(f => f.Code == code).ToArray();
            checks.AddRange(findings.Length == 0
                ? new[] { new ReportCheck(code, ReportCheckStatus.Passed, detail) }
                : findings.Select(Check));
        }
        // A finding of a check this list does not know yet still shows.
        checks.AddRange(validation.Findings.Where(f => !known.Contains(f.Code)).Select(Check));
        return checks;
    }

    private static ReportCheck Check(ValidationFinding f) =>
        new(f.Code, f.Severity == ValidationSeverity.Error ? ReportCheckStatus.Failed : ReportCheckStatus.Warning, f.Message);

    private static double Min(MmmPanel panel)
    {
        double min = double.PositiveInfinity;
        foreach (double y in panel.Y)
            if (y < min) min = y;
        return min;
    }
}
