using System;

namespace MmmFixtures.Reporting;

/// <summary>Dates as <see cref="AxisScale.Date"/> values: whole days since 1970-01-01.</summary>
internal static class ChartDate
{
    private static readonly DateTime Epoch = new(1970, 1, 1);

    /// <summary>The axis value of a date (its time of day is ignored).</summary>
    public static double Of(DateTime date) => (date.Date - Epoch).Days;
}
