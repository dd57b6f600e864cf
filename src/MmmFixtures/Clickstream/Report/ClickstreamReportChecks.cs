using System.Collections.Generic;
using MmmFixtures.Reporting;

namespace MmmFixtures.Clickstream.Report;

/// <summary>
/// The clickstream's validation section: the spec's rules, then the guarantees users rely on (temporal correctness,
/// the funnel, the session truth) checked on every generated event, and the defects as realised against their rates.
/// </summary>
internal static class ClickstreamReportChecks
{
    public static IReadOnlyList<ReportCheck> Build(ClickstreamSpec spec, ClickstreamReportScan scan)
    {
        var errors = ClickstreamSpecValidator.Validate(spec);
        var checks = new List<ReportCheck>
        {
            new("spec", errors.Count == 0 ? ReportCheckStatus.Passed : ReportCheckStatus.Failed,
                errors.Count == 0 ? "every field within its allowed range; persona shares sum to 1" : string.Join("; ", errors)),
            ReportChecks.Rule("chronological", "events are in time order within a session (duplicates repeat their original's time)",
                scan.OutOfOrder, scan.Events, "event"),
            ReportChecks.Rule("user-time", "no event before its user registered or outside the period", scan.OutsideUserTime, scan.Events, "event"),
            ReportChecks.Rule("item-creation", "no event on an item before its created_at", scan.BeforeItemCreation, scan.Events, "event"),
            ReportChecks.Rule("idle-timeout", $"no gap within a session exceeds the {ReportText.Number(spec.Activity.IdleTimeoutMinutes)}-minute idle timeout",
                scan.IdleGaps, scan.Events, "event"),
            ReportChecks.Rule("purchase-after-cart", "a purchase follows an add_to_cart of its item in the same session",
                scan.PurchasesWithoutCart, scan.Purchases, "purchase"),
            ReportChecks.Rule("sessions-apart", "a user's sessions never overlap", scan.OverlappingSessions, scan.Sessions, "session"),
            ReportChecks.Rule("session-truth", "truth_sessions' realised purchase and event count match the session's events",
                scan.SessionTruthMismatches, scan.Sessions, "session"),
        };
        var d = spec.Defects;
        checks.Add(Defect("duplicates", d.DuplicateEventRate, scan.Duplicates, scan.Events, "duplicate"));
        checks.Add(Defect("late-events", d.LateEventRate, scan.Late, scan.Events, "late"));
        return checks;
    }

    // A defect off must leave no trace; a defect on is reported with its realised rate (information, not a failure).
    private static ReportCheck Defect(string name, double rate, long flagged, long events, string flag) => rate == 0
        ? ReportChecks.Rule(name, $"no event flagged {flag} while the defect is off", flagged, events, "event")
        : new ReportCheck(name, ReportCheckStatus.Warning,
            $"{Families.CountText.Of(flagged, "event")} flagged {flag} of {ReportText.Count(events)} ({ReportText.Percent(flagged / (double)events)}; declared rate {ReportText.Percent(rate)}): the defect is on, as the spec asks");
}
