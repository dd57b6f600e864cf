using System.Linq;
using MmmFixtures.Export;

namespace MmmFixtures.Mmm;

/// <summary>The rows of a panel's <c>data.csv</c> and <c>truth_components.csv</c>, one row at a time (any row, from any thread), in the columns of <see cref="MmmColumns"/>.</summary>
internal sealed class MmmRows
{
    private readonly MmmPanel _panel;
    private readonly int[] _exposures;
    private readonly bool _population, _revenuePerKpi;

    public MmmRows(MmmPanel panel)
    {
        var spec = panel.Spec;
        _panel = panel;
        _exposures = Enumerable.Range(0, spec.Channels.Count).Where(c => spec.Channels[c].Unit != MediaUnit.None).ToArray();
        _population = MmmColumns.HasPopulation(spec);
        _revenuePerKpi = spec.KpiType == KpiType.Conversions;
    }

    /// <summary>Writes row <paramref name="r"/> of <c>data.csv</c>: observable data only.</summary>
    public void WriteData(int r, TableRows rows)
    {
        var panel = _panel;
        var spec = panel.Spec;
        int geo = r % panel.GeoCount;
        rows.Date(panel.Dates[r / panel.GeoCount]);
        rows.String(panel.GeoNames[geo]);
        if (_population) rows.Double(spec.Geos[geo].Population!.Value);
        rows.Double(panel.Y[r]);
        if (_revenuePerKpi) rows.Double(spec.RevenuePerKpi);
        for (int c = 0; c < spec.Channels.Count; c++) rows.Double(panel.Spend(c)[r]);
        foreach (int c in _exposures) rows.Double(panel.Exposure(c)[r]);
        for (int k = 0; k < spec.Controls.Count; k++) rows.Double(panel.ControlValue(k)[r]);
        for (int e = 0; e < spec.Events.Count; e++) rows.Int64((long)panel.EventIndicator(e)[r]);
        rows.EndRow();
    }

    /// <summary>Writes row <paramref name="r"/> of <c>truth_components.csv</c>: every additive component of y.</summary>
    public void WriteComponents(int r, TableRows rows)
    {
        var panel = _panel;
        var truth = panel.Truth;
        rows.Date(panel.Dates[r / panel.GeoCount]);
        rows.String(panel.GeoNames[r % panel.GeoCount]);
        foreach (var c in truth.Channels) rows.Double(c.Contribution[r]);
        rows.Double(truth.Intercept[r]);
        rows.Double(truth.Trend[r]);
        rows.Double(truth.Seasonality[r]);
        foreach (var k in truth.Controls) rows.Double(k.Effect[r]);
        foreach (var e in truth.Events) rows.Double(e.Effect[r]);
        rows.Double(truth.Noise[r]);
        if (truth.HasClamp) rows.Double(truth.Clamp[r]);
        rows.EndRow();
    }
}
