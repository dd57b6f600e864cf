using System.Globalization;
using System.Linq;
using MmmFixtures.Reporting;

namespace MmmFixtures.Clickstream.Report;

/// <summary>Sessions by start weekday × UTC hour, from the generated sessions of human users.</summary>
internal static class ClickstreamSessionHeatmap
{
    public const string Key = "clickstream-sessions-by-hour";

    private static readonly string[] Weekdays = { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday" };

    public static HeatmapChart Build(ClickstreamSpec spec, ClickstreamReportScan scan) => new(Key, "Sessions by hour and weekday",
        "Session starts of human users (bots left out) per UTC hour and weekday, shaped by the spec's hour-of-day and day-of-week curves,"
        + $" over {Families.CountText.Of(spec.Days, "day")}, " + (spec.Days % 7 == 0 ? $"{spec.Days / 7} of each weekday." : $"{spec.Days / 7} or {spec.Days / 7 + 1} of each weekday."),
        "Weekday", Weekdays, "Hour (UTC)", Enumerable.Range(0, 24).Select(h => h.ToString("00", CultureInfo.InvariantCulture)).ToArray(), "Sessions",
        Enumerable.Range(0, 7).Select(d => (System.Collections.Generic.IReadOnlyList<double?>)Enumerable.Range(0, 24)
            .Select(h => (double?)scan.SessionsByWeekdayHour[d, h]).ToArray()).ToArray());
}
