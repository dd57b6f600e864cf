using System;
using System.Collections.Generic;

namespace MmmFixtures.Mmm;

/// <summary>
/// What a consumer layout reads of a panel: its spec, dates and geos, and the values of its rows through a reader of
/// them (a held panel's columns, or a streamed export's scratch file: no layout holds the panel). Layouts write rows in
/// two orders, and each is read the way it is laid out: every row in order a tile of rows at a time (<see cref="AllRows"/>),
/// or one geo's periods from that geo's rows (<see cref="RowsOf"/>). Events are national: their periods are read once.
/// </summary>
internal sealed class LayoutSource
{
    private readonly MmmRowReader _reader;
    private readonly bool[][] _eventOn; // [event][period]
    private MmmRowTile? _tile;
    private MmmGeoRows _geoRows;
    private int _geo;
    private bool _byGeo;

    public LayoutSource(MmmSpec spec, IReadOnlyList<DateTime> dates, IReadOnlyList<string> geoNames, MmmRowSource rows)
    {
        Spec = spec;
        Dates = dates;
        GeoNames = geoNames;
        Layout = rows.Layout;
        _reader = rows.OpenReader();
        _geoRows = _reader.Geo(_geo = 0);
        _eventOn = new bool[spec.Events.Count][];
        for (int e = 0; e < _eventOn.Length; e++)
        {
            _eventOn[e] = new bool[Periods];
            for (int t = 0; t < Periods; t++) _eventOn[e][t] = _geoRows.At(Layout.EventIndicator(e), t) != 0;
        }
    }

    /// <summary>The layouts' source of a held panel.</summary>
    public static LayoutSource Of(MmmPanel panel) => new(panel.Spec, panel.Dates, panel.GeoNames, panel.Rows);

    /// <summary>The spec that produced the panel.</summary>
    public MmmSpec Spec { get; }

    /// <summary>The date of each period.</summary>
    public IReadOnlyList<DateTime> Dates { get; }

    /// <summary>The geo names, in geo order.</summary>
    public IReadOnlyList<string> GeoNames { get; }

    /// <summary>The row columns' numbering.</summary>
    public MmmRowLayout Layout { get; }

    /// <summary>Periods T.</summary>
    public int Periods => Dates.Count;

    /// <summary>Geos G.</summary>
    public int GeoCount => GeoNames.Count;

    /// <summary>Every row in row order (period by period, geo by geo within a period): read a tile of rows at a time.</summary>
    public IEnumerable<int> AllRows()
    {
        _byGeo = false;
        int rows = Periods * GeoCount;
        for (int r = 0; r < rows; r++) yield return r;
    }

    /// <summary>The rows of geo <paramref name="geo"/>, period by period: read from the geo's rows at once.</summary>
    public IEnumerable<int> RowsOf(int geo)
    {
        _byGeo = true;
        for (int t = 0; t < Periods; t++) yield return t * GeoCount + geo;
    }

    /// <summary>Whether event <paramref name="eventIndex"/> is on in <paramref name="period"/> (in every geo).</summary>
    public bool EventOn(int eventIndex, int period) => _eventOn[eventIndex][period];

    /// <summary>The value of <paramref name="column"/> on row <paramref name="row"/>, a row of the sequence being written.</summary>
    public double Value(int column, int row)
    {
        int geo = row % GeoCount;
        if (_byGeo)
        {
            if (geo != _geo) _geoRows = _reader.Geo(_geo = geo);
            return _geoRows.At(column, row / GeoCount);
        }
        if (_tile is null || row < _tile.From || row >= _tile.To)
            _tile = _reader.Rows(row, Math.Min(Periods * GeoCount, row + MmmRowSource.TileRows));
        return _tile.At(column, row);
    }
}
