using System;
using System.Collections.Generic;

namespace MmmFixtures.Mmm;

/// <summary>
/// A generated marketing-mix panel: one row per (date, geo), sorted by date then geo, stored by
/// column. Row r is period <c>r / GeoCount</c> of geo <c>r % GeoCount</c>. The observable columns are
/// here; <see cref="Truth"/> says how they were made.
/// </summary>
public sealed class MmmPanel
{
    // Null for a streamed export's panel, whose rows are never held.
    private readonly HeldRows? _rows;

    internal MmmPanel(MmmSpec spec, IReadOnlyList<DateTime> dates, IReadOnlyList<string> geoNames, HeldRows rows, MmmTruth truth)
        : this(spec, dates, geoNames, truth, rows)
    {
        _rows = rows;
    }

    // The rows are read from `rows` (the oracle's fits); a streamed export's panel holds none.
    private MmmPanel(MmmSpec spec, IReadOnlyList<DateTime> dates, IReadOnlyList<string> geoNames, MmmTruth truth, MmmRowSource rows)
    {
        Spec = spec;
        Dates = dates;
        GeoNames = geoNames;
        Layout = rows.Layout;
        RowCount = rows.RowCount;
        Truth = truth;
        OracleUncertainty.Attach(this, rows);
        truth.AttachOptimalAllocation(this);
    }

    /// <summary>
    /// A panel whose rows are not held (a streamed export's: they are in its scratch file, <paramref name="rows"/>, read
    /// while the export computes its truth); reading a row column throws.
    /// </summary>
    internal static MmmPanel Streamed(MmmSpec spec, IReadOnlyList<DateTime> dates, IReadOnlyList<string> geoNames, MmmTruth truth, MmmRowSource rows) =>
        new(spec, dates, geoNames, truth, rows);

    /// <summary>The row columns' numbering.</summary>
    internal MmmRowLayout Layout { get; }

    /// <summary>The held rows (whole columns).</summary>
    /// <exception cref="InvalidOperationException">The rows were released or never held.</exception>
    internal HeldRows Rows => ReleasedRows.Held(_rows);

    /// <summary>The spec that produced the panel.</summary>
    public MmmSpec Spec { get; }

    /// <summary>The date of each period.</summary>
    public IReadOnlyList<DateTime> Dates { get; }

    /// <summary>The geo names, in geo order.</summary>
    public IReadOnlyList<string> GeoNames { get; }

    /// <summary>Periods T.</summary>
    public int Periods => Dates.Count;

    /// <summary>Geos G.</summary>
    public int GeoCount => GeoNames.Count;

    /// <summary>Rows T · G.</summary>
    public int RowCount { get; }

    /// <summary>The row of <paramref name="period"/> in <paramref name="geo"/>.</summary>
    public int RowIndex(int period, int geo) => period * GeoNames.Count + geo;

    /// <summary>The KPI on every row.</summary>
    public ReadOnlySpan<double> Y => Rows.Column(MmmRowLayout.Y);

    /// <summary>Spend of channel <paramref name="channel"/> (declaration index) on every row.</summary>
    public ReadOnlySpan<double> Spend(int channel) => Rows.Column(Layout.Spend(channel));

    /// <summary>Impressions or clicks of channel <paramref name="channel"/> on every row; empty when it has no media unit.</summary>
    public ReadOnlySpan<double> Exposure(int channel) => Layout.Exposure(channel) >= 0 ? Rows.Column(Layout.Exposure(channel)) : Array.Empty<double>();

    /// <summary>The value of control <paramref name="control"/> on every row.</summary>
    public ReadOnlySpan<double> ControlValue(int control) => Rows.Column(Layout.ControlValue(control));

    /// <summary>The 0/1 indicator of event <paramref name="eventIndex"/> on every row.</summary>
    public ReadOnlySpan<double> EventIndicator(int eventIndex) => Rows.Column(Layout.EventIndicator(eventIndex));

    /// <summary>The exact truth of the panel.</summary>
    public MmmTruth Truth { get; }
}
