namespace MmmFixtures.Mmm.Report;

/// <summary>The MMM report's words for a panel's units (numbers go through <see cref="Reporting.ReportText"/>).</summary>
internal static class MmmReportText
{
    /// <summary>The period unit: <c>week</c> or <c>day</c>.</summary>
    public static string Period(MmmSpec spec) => spec.Frequency == Frequency.Weekly ? "week" : "day";

    /// <summary>What y counts: <c>revenue</c> or <c>conversions</c>.</summary>
    public static string Kpi(MmmSpec spec) => spec.KpiType == KpiType.Revenue ? "revenue" : "conversions";
}
