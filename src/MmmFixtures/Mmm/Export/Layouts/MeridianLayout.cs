using System.Collections.Generic;
using System.Linq;

namespace MmmFixtures.Mmm;

/// <summary>
/// <c>meridian/</c>: <c>data.csv</c> for Meridian's <c>CsvDataLoader</c> / <c>DataFrameDataLoader</c> (columns
/// <c>geo, time, kpi, population[, revenue_per_kpi], &lt;Channel&gt;_impression|_click …, &lt;Channel&gt;_spend …, &lt;control&gt; …</c>) and
/// <c>meridian_columns.json</c> with the exact <c>CoordToColumns</c> arguments and the <c>media_to_channel</c> /
/// <c>media_spend_to_channel</c> dicts. A one-geo panel is a national model: no geo and no population column
/// (Meridian resets a national population to 1). A channel without impressions or clicks lists its spend column as
/// its media too, as Meridian allows. Events are controls (0/1). A conversions KPI is Meridian's <c>non-revenue</c>
/// type with its <c>revenue_per_kpi</c> column, so the analysis runs on revenue.
/// </summary>
internal static class MeridianLayout
{
    /// <summary>The layout's name and subfolder.</summary>
    public const string Name = "meridian";

    /// <summary>The column-mapping file's name.</summary>
    public const string ColumnsFile = "meridian_columns.json";

    // CoordToColumns' own coordinate names (meridian/constants.py), kept as the column names so defaults apply.
    private static readonly string[] Reserved = { "time", "geo", "kpi", "population", "revenue_per_kpi", "media_time" };

    /// <summary>True when the panel is written as a national model.</summary>
    public static bool IsNational(MmmSpec spec) => spec.Geos.Count == 1;

    /// <summary>What keeps the layout from being written for <paramref name="spec"/>, or null.</summary>
    public static string? Problem(MmmSpec spec) =>
        IsNational(spec) || MmmColumns.HasPopulation(spec) ? null
            : "the meridian layout of a panel with several geos needs every geo's population (geos[].population): Meridian's geo model requires it";

    public static void Write(LayoutWriter writer, LayoutSource source)
    {
        var spec = source.Spec;
        bool national = IsNational(spec);
        var names = new LayoutNames(Reserved);
        var from = new PanelColumns(source);
        var columns = new List<LayoutColumn<int>>();
        if (!national) columns.Add(from.Geo(names.Fixed("geo")));
        columns.Add(from.Date(names.Fixed("time")));
        columns.Add(from.Kpi(names.Fixed("kpi")));
        if (!national) columns.Add(from.Population(names.Fixed("population")));
        bool conversions = spec.KpiType == KpiType.Conversions;
        if (conversions) columns.Add(from.RevenuePerKpi(names.Fixed("revenue_per_kpi")));

        int channels = spec.Channels.Count;
        string[] spend = spec.Channels.Select(c => names.Take(c.Name + "_spend", "spend")).ToArray();
        string[] media = new string[channels];
        for (int c = 0; c < channels; c++)
        {
            media[c] = spec.Channels[c].Unit switch
            {
                MediaUnit.Cpm => names.Take(spec.Channels[c].Name + "_impression", "media"),
                MediaUnit.Cpc => names.Take(spec.Channels[c].Name + "_click", "media"),
                _ => spend[c],
            };
            if (spec.Channels[c].Unit != MediaUnit.None) columns.Add(from.Exposure(c, media[c]));
        }
        for (int c = 0; c < channels; c++) columns.Add(from.Spend(c, spend[c]));
        var controls = new List<string>();
        for (int k = 0; k < spec.Controls.Count; k++)
        {
            controls.Add(names.Take(LayoutNames.Snake(spec.Controls[k].Name), "control"));
            columns.Add(from.Control(k, controls[^1]));
        }
        for (int e = 0; e < spec.Events.Count; e++)
        {
            controls.Add(names.Take(LayoutNames.Snake(spec.Events[e].Name), "event"));
            columns.Add(from.EventIndicator(e, controls[^1]));
        }
        writer.Table(MmmExporter.DataFile, columns, source.AllRows());

        writer.Json(ColumnsFile, json =>
        {
            json.WriteStartObject();
            json.WriteString("data_file", MmmExporter.DataFile);
            json.WriteString("kpi_type", conversions ? "non-revenue" : "revenue");
            json.WriteStartObject("coord_to_columns");
            json.WriteString("time", "time");
            if (!national) json.WriteString("geo", "geo");
            json.WriteString("kpi", "kpi");
            if (!national) json.WriteString("population", "population");
            if (conversions) json.WriteString("revenue_per_kpi", "revenue_per_kpi");
            if (controls.Count > 0) LayoutWriter.Names(json, "controls", controls);
            LayoutWriter.Names(json, "media", media);
            LayoutWriter.Names(json, "media_spend", spend);
            json.WriteEndObject();
            LayoutWriter.Map(json, "media_to_channel", media.Select((m, c) => (m, spec.Channels[c].Name)));
            LayoutWriter.Map(json, "media_spend_to_channel", spend.Select((s, c) => (s, spec.Channels[c].Name)));
            json.WriteEndObject();
        });
    }
}
