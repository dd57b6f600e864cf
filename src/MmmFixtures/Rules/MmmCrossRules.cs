using System;

namespace MmmFixtures.Rules;

/// <summary>
/// The MMM checks that relate fields to each other but depend only on constants, so the generator reports
/// them at build time with the same words as the runtime validator. Shared source, linked into the generator.
/// </summary>
internal static class MmmCrossRules
{
    /// <summary>What is wrong with an event's schedule (dates or a recurrence, exactly one), or null.</summary>
    public static string? EventSchedule(int dateCount, bool hasRecurrence) =>
        hasRecurrence
            ? dateCount == 0 ? null : "must be empty when a recurrence is given (one or the other)"
            : dateCount > 0 ? null : "must list at least one date (or give a recurrence)";

    /// <summary>Days in one period: 7 for weekly panels, 1 for daily ones.</summary>
    public static int DaysPerPeriod(bool weekly) => weekly ? 7 : 1;

    /// <summary>True when the panel's <paramref name="periods"/> from <paramref name="start"/> end inside the calendar.</summary>
    public static bool PanelFits(DateTime start, long periods, bool weekly) => CalendarRules.SpanFits(start, periods * DaysPerPeriod(weekly));

    /// <summary>The panel's end (exclusive); call only when <see cref="PanelFits"/> holds.</summary>
    public static DateTime PanelEnd(DateTime start, int periods, bool weekly) => start.AddDays((double)periods * DaysPerPeriod(weekly));

    /// <summary>What is wrong with an event date of a panel [start, end), or null.</summary>
    public static string? EventDate(DateTime date, DateTime start, DateTime end) =>
        date >= start && date < end ? null : $"must fall inside the panel [{CalendarRules.Text(start)}, {CalendarRules.Text(end)})";

    /// <summary>What is wrong with a geo's population when <paramref name="givenForAny"/> geo has one, or null: a population column needs every geo's.</summary>
    public static string? PopulationGiven(bool given, bool givenForAny) =>
        given || !givenForAny ? null : "must be given for every geo when any geo has one (the population column needs a value on every row)";

    /// <summary>What is wrong with the revenue per KPI of a KPI that <paramref name="isRevenue"/>, or null: revenue is its own unit.</summary>
    public static string? RevenuePerKpi(bool isRevenue, double revenuePerKpi) =>
        !isRevenue || revenuePerKpi == 1 ? null : "must be 1 when kpiType is revenue (set kpiType to conversions for a KPI worth something else)";

    /// <summary>Rows of the panel, in 64 bits (periods × geos cannot overflow).</summary>
    public static long Cells(long periods, long geos) => periods * geos;

    /// <summary>Values of the per-cell series: one per channel, control and event, plus the KPI.</summary>
    public static long SeriesCells(long periods, long geos, long channels, long controls, long events) => periods * geos * (channels + controls + events + 1);
}
