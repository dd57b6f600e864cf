using System;
using System.Globalization;

namespace MmmFixtures.Reporting;

/// <summary>Numbers, shares and dates as report text: invariant culture, so a report reads the same on every machine.</summary>
internal static class ReportText
{
    /// <summary>A number with a .NET format (default 4 significant digits), e.g. <c>0.1502</c>, <c>1.2E-12</c>.</summary>
    public static string Number(double value, string format = "G4") => value.ToString(format, CultureInfo.InvariantCulture);

    /// <summary>A nullable number, or an em dash when there is none.</summary>
    public static string Number(double? value, string format = "G4") => value is double v ? Number(v, format) : "—";

    /// <summary>A count with thousands separators, e.g. <c>12,345</c>.</summary>
    public static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>An amount with thousands separators and no decimals, e.g. <c>1,234,567</c>.</summary>
    public static string Amount(double value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>A ratio such as a ROAS with two decimals, e.g. <c>2.31</c>.</summary>
    public static string Ratio(double value) => value.ToString("F2", CultureInfo.InvariantCulture);

    /// <summary>A share as a percentage, e.g. 0.0512 → <c>5.12%</c>.</summary>
    public static string Percent(double share, int decimals = 2)
    {
        string text = (100 * share).ToString("F" + decimals, CultureInfo.InvariantCulture);
        // A tiny negative share rounds to "-0.0": a reader sees a sign where there is no amount.
        return (text.TrimStart('-').Trim('0', '.').Length == 0 ? text.TrimStart('-') : text) + "%";
    }

    /// <summary>A date as <c>yyyy-MM-dd</c>.</summary>
    public static string Date(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
