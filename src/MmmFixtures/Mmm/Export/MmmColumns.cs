using System.Collections.Generic;
using System.Linq;
using MmmFixtures.Export;
using MmmFixtures.Naming;

namespace MmmFixtures.Mmm;

/// <summary>
/// The canonical CSV column names of a panel: <c>date</c>, <c>geo</c>, <c>population</c> (when the spec gives it), <c>y</c>, <c>revenue_per_kpi</c> (for a conversions KPI), <c>x{i}_{channel}</c> for spend,
/// <c>x{i}_{channel}_impressions</c> / <c>_clicks</c> for exposure, <c>c{i}_{control}</c>, <c>e{i}_{event}</c>;
/// in truth_components.csv <c>contribution_{channel}</c>, <c>control_{control}</c>, <c>event_{event}</c>.
/// Names are lower snake case and i counts from 1 in declaration order.
/// </summary>
public static class MmmColumns
{
    /// <summary>The spend column of channel <paramref name="index"/>.</summary>
    public static string Spend(MmmSpec spec, int index) => $"x{index + 1}_{EntityNames.ToSnakeCase(spec.Channels[index].Name)}";

    /// <summary>The exposure column of channel <paramref name="index"/>, or null when it has no media unit.</summary>
    public static string? Exposure(MmmSpec spec, int index) => spec.Channels[index].Unit switch
    {
        MediaUnit.Cpm => Spend(spec, index) + "_impressions",
        MediaUnit.Cpc => Spend(spec, index) + "_clicks",
        _ => null,
    };

    /// <summary>The value column of control <paramref name="index"/>.</summary>
    public static string Control(MmmSpec spec, int index) => $"c{index + 1}_{EntityNames.ToSnakeCase(spec.Controls[index].Name)}";

    /// <summary>The indicator column of event <paramref name="index"/>.</summary>
    public static string Event(MmmSpec spec, int index) => $"e{index + 1}_{EntityNames.ToSnakeCase(spec.Events[index].Name)}";

    /// <summary>The population column of data.csv, present when the spec gives every geo a population.</summary>
    public const string PopulationColumn = "population";

    /// <summary>The revenue of one KPI unit on every row of data.csv, present for a conversions KPI.</summary>
    public const string RevenuePerKpiColumn = "revenue_per_kpi";

    /// <summary>True when every geo has a population (validation refuses some without the others), so data.csv has a population column.</summary>
    public static bool HasPopulation(MmmSpec spec) => spec.Geos.All(g => g.Population is not null);

    /// <summary>Every column of data.csv, in order.</summary>
    public static IReadOnlyList<string> Data(MmmSpec spec) => DataTable(spec).Header;

    /// <summary>Every column of truth_components.csv, in order; all but date and geo sum to y.</summary>
    public static IReadOnlyList<string> Components(MmmSpec spec) => ComponentsTable(spec).Header;

    // Every table of a panel starts with its row's key: the date and the geo.
    private static readonly ColumnSchema[] Keys =
        { new("date", ColumnRole.Time, Type: ColumnType.Date), new("geo", ColumnRole.Geo, Type: ColumnType.String) };

    /// <summary>data.csv: its columns with their roles and the channel, control or event each belongs to.</summary>
    internal static TableSchema DataTable(MmmSpec spec)
    {
        var columns = new List<ColumnSchema>(Keys);
        if (HasPopulation(spec)) columns.Add(new ColumnSchema(PopulationColumn, ColumnRole.Population));
        columns.Add(new ColumnSchema("y", ColumnRole.Kpi));
        if (spec.KpiType == KpiType.Conversions) columns.Add(new ColumnSchema(RevenuePerKpiColumn, ColumnRole.Observable));
        columns.AddRange(spec.Channels.Select((c, i) => new ColumnSchema(Spend(spec, i), ColumnRole.Spend, c.Name)));
        columns.AddRange(spec.Channels.Select((c, i) => Exposure(spec, i) is string name ? new ColumnSchema(name, ColumnRole.Exposure, c.Name) : null).OfType<ColumnSchema>());
        columns.AddRange(spec.Controls.Select((k, i) => new ColumnSchema(Control(spec, i), ColumnRole.Control, k.Name)));
        columns.AddRange(spec.Events.Select((e, i) => new ColumnSchema(Event(spec, i), ColumnRole.Event, e.Name, ColumnType.Int64)));
        return new TableSchema(MmmExporter.DataFile, columns);
    }

    /// <summary>truth_components.csv: date, geo, then truth columns, each with the channel, control or event it belongs to.</summary>
    internal static TableSchema ComponentsTable(MmmSpec spec)
    {
        var columns = new List<ColumnSchema>(Keys);
        columns.AddRange(spec.Channels.Select(c => new ColumnSchema("contribution_" + EntityNames.ToSnakeCase(c.Name), ColumnRole.Truth, c.Name)));
        columns.AddRange(new[] { "intercept", "trend", "seasonality" }.Select(name => new ColumnSchema(name, ColumnRole.Truth)));
        columns.AddRange(spec.Controls.Select(k => new ColumnSchema("control_" + EntityNames.ToSnakeCase(k.Name), ColumnRole.Truth, k.Name)));
        columns.AddRange(spec.Events.Select(e => new ColumnSchema("event_" + EntityNames.ToSnakeCase(e.Name), ColumnRole.Truth, e.Name)));
        columns.Add(new ColumnSchema("noise", ColumnRole.Truth));
        if (spec.ClampNegativeY) columns.Add(new ColumnSchema("clamp", ColumnRole.Truth));
        return new TableSchema(MmmExporter.ComponentsFile, columns);
    }
}
