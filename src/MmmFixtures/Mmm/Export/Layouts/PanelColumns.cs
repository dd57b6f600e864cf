using System;
using System.Linq;
using MmmFixtures.Export;

namespace MmmFixtures.Mmm;

/// <summary>
/// The columns a layout takes from a panel's rows (row r = period r / G, geo r % G), under the layout's own names.
/// Each consumer renames the same observable values; none sums or derives a series that no truth parameter generated.
/// </summary>
internal sealed class PanelColumns
{
    private readonly LayoutSource _source;

    public PanelColumns(LayoutSource source) => _source = source;

    public LayoutColumn<int> Date(string name) =>
        new(new ColumnSchema(name, ColumnRole.Time, Type: ColumnType.Date), (w, r) => w.Date(_source.Dates[r / _source.GeoCount]));

    public LayoutColumn<int> Geo(string name) =>
        new(new ColumnSchema(name, ColumnRole.Geo, Type: ColumnType.String), (w, r) => w.String(_source.GeoNames[r % _source.GeoCount]));

    /// <summary>The geo's population; call only when <see cref="MmmColumns.HasPopulation"/> holds.</summary>
    public LayoutColumn<int> Population(string name) =>
        new(new ColumnSchema(name, ColumnRole.Population), (w, r) => w.Double(_source.Spec.Geos[r % _source.GeoCount].Population!.Value));

    public LayoutColumn<int> RevenuePerKpi(string name) =>
        new(new ColumnSchema(name, ColumnRole.Observable), (w, _) => w.Double(_source.Spec.RevenuePerKpi));

    public LayoutColumn<int> Kpi(string name) => new(new ColumnSchema(name, ColumnRole.Kpi), (w, r) => w.Double(_source.Value(MmmRowLayout.Y, r)));

    public LayoutColumn<int> Spend(int channel, string name) =>
        new(new ColumnSchema(name, ColumnRole.Spend, _source.Spec.Channels[channel].Name), (w, r) => w.Double(_source.Value(_source.Layout.Spend(channel), r)));

    /// <summary>The channel's impressions or clicks; call only for a channel with a media unit.</summary>
    public LayoutColumn<int> Exposure(int channel, string name) =>
        new(new ColumnSchema(name, ColumnRole.Exposure, _source.Spec.Channels[channel].Name), (w, r) => w.Double(_source.Value(_source.Layout.Exposure(channel), r)));

    public LayoutColumn<int> Control(int control, string name) =>
        new(new ColumnSchema(name, ColumnRole.Control, _source.Spec.Controls[control].Name), (w, r) => w.Double(_source.Value(_source.Layout.ControlValue(control), r)));

    public LayoutColumn<int> EventIndicator(int ev, string name) =>
        new(new ColumnSchema(name, ColumnRole.Event, _source.Spec.Events[ev].Name, ColumnType.Int64), (w, r) => w.Int64((long)_source.Value(_source.Layout.EventIndicator(ev), r)));

    /// <summary>
    /// One text column for all events: the names (<paramref name="names"/>) of the events on the row's period joined
    /// by <c>+</c>, or <paramref name="none"/> (a factor, as Robyn's demo data's <c>events</c> column).
    /// </summary>
    public LayoutColumn<int> EventFactor(string name, string[] names, string none) =>
        new(new ColumnSchema(name, ColumnRole.Event, Type: ColumnType.String), (w, r) =>
        {
            var active = Enumerable.Range(0, names.Length).Where(e => _source.EventOn(e, r / _source.GeoCount)).Select(e => names[e]).ToArray();
            w.String(active.Length == 0 ? none : string.Join("+", active));
        });
}
