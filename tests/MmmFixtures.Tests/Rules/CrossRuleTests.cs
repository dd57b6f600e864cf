using MmmFixtures.Rules;

namespace MmmFixtures.Tests.Rules;

/// <summary>The constant-only cross checks the generator shares with the runtime validators.</summary>
public class CrossRuleTests
{
    [Fact]
    public void A_span_fits_when_it_ends_by_the_last_day_of_the_calendar()
    {
        var lastStart = new DateTime(2200, 12, 31);
        Assert.True(CalendarRules.SpanFits(lastStart, 1));
        Assert.False(CalendarRules.SpanFits(lastStart, 2));
        Assert.True(CalendarRules.SpanFits(new DateTime(2200, 12, 1), 31));
        Assert.False(CalendarRules.SpanFits(new DateTime(2200, 12, 1), 32));
        Assert.False(CalendarRules.SpanFits(new DateTime(9999, 12, 25), 1)); // outside the calendar, never computed
        Assert.False(CalendarRules.SpanFits(new DateTime(2022, 1, 3), -1));
        Assert.False(CalendarRules.SpanFits(new DateTime(1899, 12, 31), 1));
        Assert.False(CalendarRules.SpanFits(new DateTime(2022, 1, 3), long.MaxValue / 2));
    }

    [Fact]
    public void A_weekly_panel_takes_seven_days_per_period()
    {
        Assert.True(MmmCrossRules.PanelFits(new DateTime(2200, 12, 3), 4, weekly: true)); // last day 2200-12-30
        Assert.False(MmmCrossRules.PanelFits(new DateTime(2200, 12, 3), 5, weekly: true)); // last day 2201-01-06
        Assert.Equal(new DateTime(2022, 1, 17), MmmCrossRules.PanelEnd(new DateTime(2022, 1, 3), 2, weekly: true));
    }

    [Fact]
    public void An_event_has_dates_or_a_recurrence_but_not_both_nor_neither()
    {
        Assert.Null(MmmCrossRules.EventSchedule(2, hasRecurrence: false));
        Assert.Null(MmmCrossRules.EventSchedule(0, hasRecurrence: true));
        Assert.Equal("must list at least one date (or give a recurrence)", MmmCrossRules.EventSchedule(0, hasRecurrence: false));
        Assert.Equal("must be empty when a recurrence is given (one or the other)", MmmCrossRules.EventSchedule(1, hasRecurrence: true));
    }

    [Fact]
    public void An_event_date_falls_inside_the_panel_end_exclusive()
    {
        DateTime start = new(2022, 1, 3), end = new(2022, 1, 17);
        Assert.Null(MmmCrossRules.EventDate(start, start, end));
        Assert.Null(MmmCrossRules.EventDate(end.AddDays(-1), start, end));
        Assert.Equal("must fall inside the panel [2022-01-03, 2022-01-17)", MmmCrossRules.EventDate(end, start, end));
    }

    [Fact]
    public void Week_start_and_persona_shares()
    {
        Assert.True(CalendarRules.StartsOnWeekStart(new DateTime(2022, 1, 3), DayOfWeek.Monday));
        Assert.Equal("must fall on weekStart (Monday) for a weekly panel; it is a Wednesday",
            CalendarRules.WeekStartRequirement(new DateTime(2022, 1, 5), DayOfWeek.Monday));
        Assert.True(ClickstreamCrossRules.SharesSumToOne(new[] { 0.7, 0.25, 0.05 }, out _));
        Assert.False(ClickstreamCrossRules.SharesSumToOne(new[] { 0.7, 0.25 }, out double total));
        Assert.Equal(0.95, total, 12);
    }

    [Fact]
    public void Size_products_are_computed_in_64_bits()
    {
        Assert.Equal(100_000L * 2_147_483_647L, MmmCrossRules.Cells(100_000, int.MaxValue));
        Assert.Equal(50_000_000L * 3_660, ClickstreamCrossRules.UserDays(50_000_000, 3_660));
    }
}
