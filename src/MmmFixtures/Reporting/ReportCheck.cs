namespace MmmFixtures.Reporting;

/// <summary>The outcome of one validation check.</summary>
public enum ReportCheckStatus
{
    /// <summary>The check holds.</summary>
    Passed,
    /// <summary>The data is valid but a modeller should know (a validator warning).</summary>
    Warning,
    /// <summary>The check fails (a validator error).</summary>
    Failed,
}

/// <summary>One line of a report's validation section.</summary>
/// <param name="Name">The check, e.g. <c>identity</c> or <c>collinear-spend</c>.</param>
/// <param name="Status">Its outcome.</param>
/// <param name="Detail">What was checked or found, with numbers.</param>
public sealed record ReportCheck(string Name, ReportCheckStatus Status, string Detail);
