using System;
using System.Globalization;

namespace MmmFixtures.Rules;

/// <summary>
/// The calendar every spec lives in: dates from 1900-01-01 to 2200-12-31, so a start date plus any allowed
/// number of days or periods stays far from <see cref="DateTime.MaxValue"/> (9999-12-31). Shared source,
/// linked into the generator.
/// </summary>
internal static class CalendarRules
{
    /// <summary>The earliest allowed date.</summary>
    public static readonly DateTime MinDate = new(1900, 1, 1);

    /// <summary>The latest allowed date (a dataset's last day may be this day).</summary>
    public static readonly DateTime MaxDate = new(2200, 12, 31);

    /// <summary>The requirement of a date field: <c>must be in [1900-01-01, 2200-12-31]</c>.</summary>
    public static string DateRequirement => $"must be in [{Text(MinDate)}, {Text(MaxDate)}]";

    /// <summary>True when <paramref name="date"/> is inside the calendar.</summary>
    public static bool Contains(DateTime date) => date >= MinDate && date <= MaxDate;

    /// <summary>
    /// True when <paramref name="days"/> days from <paramref name="start"/> (a dataset's span, end exclusive)
    /// end by the day after <see cref="MaxDate"/>; computed without ever building an out-of-range date.
    /// </summary>
    public static bool SpanFits(DateTime start, long days) =>
        Contains(start) && days >= 0 && days <= (long)(MaxDate.AddDays(1) - start.Date).TotalDays;

    /// <summary>The requirement of a span that runs past the calendar.</summary>
    public static string SpanRequirement(string what) => $"{what} must end by {Text(MaxDate)}";

    /// <summary>True when a weekly panel's <paramref name="start"/> falls on its <paramref name="weekStart"/>.</summary>
    public static bool StartsOnWeekStart(DateTime start, DayOfWeek weekStart) => start.DayOfWeek == weekStart;

    /// <summary>The requirement a weekly panel's start date breaks when it is not on the week start.</summary>
    public static string WeekStartRequirement(DateTime start, DayOfWeek weekStart) =>
        $"must fall on weekStart ({weekStart}) for a weekly panel; it is a {start.DayOfWeek}";

    /// <summary>A date as specs write it, <c>yyyy-MM-dd</c>.</summary>
    public static string Text(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
