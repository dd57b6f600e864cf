namespace MmmFixtures.Reporting;

/// <summary>Validation lines with their numbers: an identity within a tolerance, or a rule with its violations counted.</summary>
internal static class ReportChecks
{
    /// <summary>
    /// An identity measured on the data: passed when its largest error is at most <paramref name="tolerance"/>.
    /// </summary>
    /// <param name="name">The check's name.</param>
    /// <param name="identity">The identity, e.g. <c>ln μ = Σ terms</c>.</param>
    /// <param name="maxError">The largest error found (absolute or relative, as <paramref name="errorKind"/> says).</param>
    /// <param name="tolerance">The largest error allowed.</param>
    /// <param name="over">What was checked, e.g. <c>1,464 tenant-days</c>.</param>
    /// <param name="errorKind">How the error is measured, e.g. <c>|error|</c> or <c>|error| / μ</c>.</param>
    public static ReportCheck Identity(string name, string identity, double maxError, double tolerance, string over, string errorKind = "|error|") =>
        new(name, maxError <= tolerance ? ReportCheckStatus.Passed : ReportCheckStatus.Failed,
            $"{identity} over {over}: max {errorKind} = {ReportText.Number(maxError, "G3")} (tolerance {ReportText.Number(tolerance, "G3")})");

    /// <summary>A rule every item must keep: passed without violations, failed (or a warning) otherwise.</summary>
    /// <param name="name">The check's name.</param>
    /// <param name="rule">The rule, e.g. <c>events are chronological within a session</c>.</param>
    /// <param name="violations">How many items break it.</param>
    /// <param name="checkedCount">How many items were checked.</param>
    /// <param name="item">What an item is, singular, e.g. <c>event</c> (made plural as the count needs).</param>
    /// <param name="breach">The status when there are violations.</param>
    public static ReportCheck Rule(string name, string rule, long violations, long checkedCount, string item,
        ReportCheckStatus breach = ReportCheckStatus.Failed) =>
        new(name, violations == 0 ? ReportCheckStatus.Passed : breach,
            $"{rule}: {ReportText.Count(violations)} of {Families.CountText.Of(checkedCount, item)} break{(violations == 1 ? "s" : "")} it");
}
