using System.Globalization;

namespace MmmFixtures.Mmm.Report;

/// <summary>How the MMM report writes numbers and units (invariant culture, so the report reads the same everywhere).</summary>
internal static class ReportText
{
    /// <summary>An amount with thousands separators and no decimals: <c>1,234,567</c>.</summary>
    public static string Amount(double value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>A ratio such as a ROAS with two decimals: <c>2.31</c>.</summary>
    public static string Ratio(double value) => value.ToString("F2", CultureInfo.InvariantCulture);

    /// <summary>A share as a percentage with one decimal: <c>12.5%</c>.</summary>
    public static string Share(double value) => (100 * value).ToString("F1", CultureInfo.InvariantCulture) + "%"; // invariant "P1" writes "12.5 %"

    /// <summary>A parameter with up to four significant digits: <c>0.5</c>, <c>1250</c>.</summary>
    public static string Number(double value) => value.ToString("G4", CultureInfo.InvariantCulture);

    /// <summary>The period unit: <c>week</c> or <c>day</c>.</summary>
    public static string Period(MmmSpec spec) => spec.Frequency == Frequency.Weekly ? "week" : "day";

    /// <summary>What y counts: <c>revenue</c> or <c>conversions</c>.</summary>
    public static string Kpi(MmmSpec spec) => spec.KpiType == KpiType.Revenue ? "revenue" : "conversions";
}
