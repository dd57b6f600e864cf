using System;
using System.Collections.Generic;
using System.Linq;
using MmmFixtures.Export;

namespace MmmFixtures.Mmm;

/// <summary>The rows of a panel's <c>data.csv</c> and <c>truth_components.csv</c>, one row at a time from a tile of rows (any thread), in the columns of <see cref="MmmColumns"/>.</summary>
internal sealed class MmmRows
{
    private readonly MmmSpec _spec;
    private readonly IReadOnlyList<DateTime> _dates;
    private readonly IReadOnlyList<string> _geoNames;
    private readonly MmmRowLayout _layout;
    private readonly int[] _exposures;
    private readonly bool _population, _revenuePerKpi;

    public MmmRows(MmmSpec spec, IReadOnlyList<DateTime> dates, IReadOnlyList<string> geoNames, MmmRowLayout layout)
    {
        _spec = spec;
        _dates = dates;
        _geoNames = geoNames;
        _layout = layout;
        _exposures = Enumerable.Range(0, spec.Channels.Count).Select(layout.Exposure).Where(column => column >= 0).ToArray();
        _population = MmmColumns.HasPopulation(spec);
        _revenuePerKpi = spec.KpiType == KpiType.Conversions;
    }

    /// <summary>Writes row <paramref name="r"/> of <c>data.csv</c> (observable data only) from <paramref name="tile"/>.</summary>
    public void WriteData(MmmRowTile tile, int r, TableRows rows)
    {
        var spec = _spec;
        var layout = _layout;
        int geos = _geoNames.Count, geo = r % geos;
        rows.Date(_dates[r / geos]);
        rows.String(_geoNames[geo]);
        if (_population) rows.Double(spec.Geos[geo].Population!.Value);
        rows.Double(tile.At(MmmRowLayout.Y, r));
        if (_revenuePerKpi) rows.Double(spec.RevenuePerKpi);
        for (int c = 0; c < layout.Channels; c++) rows.Double(tile.At(layout.Spend(c), r));
        foreach (int column in _exposures) rows.Double(tile.At(column, r));
        for (int k = 0; k < layout.Controls; k++) rows.Double(tile.At(layout.ControlValue(k), r));
        for (int e = 0; e < layout.Events; e++) rows.Int64((long)tile.At(layout.EventIndicator(e), r));
        rows.EndRow();
    }

    /// <summary>Writes row <paramref name="r"/> of <c>truth_components.csv</c> (every additive component of y) from <paramref name="tile"/>.</summary>
    public void WriteComponents(MmmRowTile tile, int r, TableRows rows)
    {
        var layout = _layout;
        int geos = _geoNames.Count;
        rows.Date(_dates[r / geos]);
        rows.String(_geoNames[r % geos]);
        for (int c = 0; c < layout.Channels; c++) rows.Double(tile.At(layout.Contribution(c), r));
        rows.Double(tile.At(layout.Intercept, r));
        rows.Double(tile.At(layout.Trend, r));
        rows.Double(tile.At(layout.Seasonality, r));
        for (int k = 0; k < layout.Controls; k++) rows.Double(tile.At(layout.ControlEffect(k), r));
        for (int e = 0; e < layout.Events; e++) rows.Double(tile.At(layout.EventEffect(e), r));
        rows.Double(tile.At(layout.Noise, r));
        if (layout.Clamp >= 0) rows.Double(tile.At(layout.Clamp, r));
        rows.EndRow();
    }
}
