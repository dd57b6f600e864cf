using System;

namespace MmmFixtures.Mmm.Report;

/// <summary>A panel column (one value per row, rows ordered by date then geo) as one value per period.</summary>
internal static class PanelSeries
{
    /// <summary>Σ over geos per period (geos summed in geo order).</summary>
    public static double[] National(MmmPanel panel, ReadOnlySpan<double> column)
    {
        var sums = new double[panel.Periods];
        for (int t = 0; t < sums.Length; t++)
            for (int g = 0; g < panel.GeoCount; g++) sums[t] += column[panel.RowIndex(t, g)];
        return sums;
    }

    /// <summary>The column's values in geo <paramref name="geo"/>, per period.</summary>
    public static double[] OfGeo(MmmPanel panel, ReadOnlySpan<double> column, int geo)
    {
        var values = new double[panel.Periods];
        for (int t = 0; t < values.Length; t++) values[t] = column[panel.RowIndex(t, geo)];
        return values;
    }

    /// <summary>The panel's dates as chart x values: days since 1970-01-01 (<see cref="Reporting.AxisScale.Date"/>).</summary>
    public static double[] DateAxis(MmmPanel panel)
    {
        var days = new double[panel.Periods];
        for (int t = 0; t < days.Length; t++) days[t] = Reporting.ChartDate.Of(panel.Dates[t]);
        return days;
    }

    /// <summary>Element-wise sum of <paramref name="parts"/> (all of one length).</summary>
    public static double[] Sum(int length, params double[][] parts)
    {
        var sums = new double[length];
        foreach (var part in parts)
            for (int i = 0; i < length; i++) sums[i] += part[i];
        return sums;
    }
}
