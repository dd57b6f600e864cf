using System;
using System.Collections.Generic;
using System.Linq;
using MmmFixtures.Export;

namespace MmmFixtures.Mmm;

/// <summary>
/// <c>robyn/</c>: one file per geo (Robyn models one time series: no geo column, one row per date) with
/// <c>date, revenue (or conversions, dep_var_type conversion), &lt;channel&gt;_S …, &lt;channel&gt;_I|_P …, &lt;control&gt; …, events</c> (<c>_I</c> impressions,
/// <c>_P</c> clicks, as in Robyn's demo data; <c>events</c> a factor of the events on the period, <c>na</c> when none);
/// <c>dt_holidays.csv</c> (<c>ds, holiday, country, year</c>) with one row per event period, country <c>XX</c>; and
/// <c>robyn_inputs.json</c> with the <c>robyn_inputs()</c> arguments. A channel without impressions or clicks lists its
/// spend as its paid media variable.
/// </summary>
internal static class RobynLayout
{
    /// <summary>The layout's name and subfolder.</summary>
    public const string Name = "robyn";

    /// <summary>The arguments file's name.</summary>
    public const string InputsFile = "robyn_inputs.json";

    /// <summary>The holidays table's name.</summary>
    public const string HolidaysFile = "dt_holidays.csv";

    /// <summary>The factor column holding the events.</summary>
    public const string EventsColumn = "events";

    /// <summary>The <c>events</c> value of a period without events (as in Robyn's <c>dt_simulated_weekly</c>).</summary>
    public const string NoEvent = "na";

    /// <summary>The country code of the holidays: a user-assigned ISO 3166 code, so it never mixes with prophet's real holidays.</summary>
    public const string Country = "XX";

    // Robyn renames the date and KPI to ds and dep_var and adds prophet's trend, season, holiday, weekday and monthly
    // columns (R/R/inputs.R, feature engineering), so no variable may carry those names.
    private static readonly string[] Reserved = { "date", "revenue", "conversions", "ds", "dep_var", "trend", "season", "holiday", "weekday", "monthly", EventsColumn };

    private sealed record Holiday(DateTime Date, string Name);

    public static void Write(LayoutWriter writer, LayoutSource source)
    {
        var spec = source.Spec;
        var names = new LayoutNames(Reserved);
        var from = new PanelColumns(source);
        string[] spends = spec.Channels.Select(c => names.Take(LayoutNames.Snake(c.Name) + "_S", "spend")).ToArray();
        string[] vars = new string[spends.Length];
        for (int c = 0; c < vars.Length; c++)
            vars[c] = spec.Channels[c].Unit switch
            {
                MediaUnit.Cpm => names.Take(LayoutNames.Snake(spec.Channels[c].Name) + "_I", "media"),
                MediaUnit.Cpc => names.Take(LayoutNames.Snake(spec.Channels[c].Name) + "_P", "media"),
                _ => spends[c],
            };
        string[] controls = spec.Controls.Select(k => names.Take(LayoutNames.Snake(k.Name), "control")).ToArray();
        string[] eventNames = spec.Events.Select(e => LayoutNames.Snake(e.Name)).ToArray();

        bool conversions = spec.KpiType == KpiType.Conversions;
        string depVar = conversions ? "conversions" : "revenue";
        var columns = new List<LayoutColumn<int>> { from.Date("date"), from.Kpi(depVar) };
        columns.AddRange(spends.Select((name, c) => from.Spend(c, name)));
        columns.AddRange(Enumerable.Range(0, vars.Length).Where(c => spec.Channels[c].Unit != MediaUnit.None).Select(c => from.Exposure(c, vars[c])));
        columns.AddRange(controls.Select((name, k) => from.Control(k, name)));
        if (eventNames.Length > 0) columns.Add(from.EventFactor(EventsColumn, eventNames, NoEvent));

        string[] files = LayoutNames.GeoFiles(source.GeoNames).Select(f => f + ".csv").ToArray();
        for (int g = 0; g < source.GeoCount; g++) writer.Table(files[g], columns, source.RowsOf(g));
        writer.Table(HolidaysFile, new[]
        {
            new LayoutColumn<Holiday>(new ColumnSchema("ds", ColumnRole.Time, Type: ColumnType.Date), (w, h) => w.Date(h.Date)),
            new LayoutColumn<Holiday>(new ColumnSchema("holiday", ColumnRole.Event, Type: ColumnType.String), (w, h) => w.String(h.Name)),
            new LayoutColumn<Holiday>(new ColumnSchema("country", ColumnRole.Observable, Type: ColumnType.String), (w, _) => w.String(Country)),
            new LayoutColumn<Holiday>(new ColumnSchema("year", ColumnRole.Time, Type: ColumnType.Int64), (w, h) => w.Int64(h.Date.Year)),
        }, Holidays(source, eventNames));

        var context = controls.Concat(eventNames.Length > 0 ? new[] { EventsColumn } : Array.Empty<string>()).ToArray();
        writer.Json(InputsFile, json =>
        {
            json.WriteStartObject();
            json.WriteString("date_var", "date");
            json.WriteString("dep_var", depVar);
            json.WriteString("dep_var_type", conversions ? "conversion" : "revenue");
            LayoutWriter.Names(json, "paid_media_spends", spends);
            LayoutWriter.Names(json, "paid_media_vars", vars);
            LayoutWriter.Names(json, "context_vars", context);
            LayoutWriter.Names(json, "factor_vars", eventNames.Length > 0 ? new[] { EventsColumn } : Array.Empty<string>());
            LayoutWriter.Names(json, "prophet_vars", new[] { "trend", "season" });
            json.WriteNull("prophet_country"); // only read with "holiday" in prophet_vars (check_prophet warns otherwise); events are the factor
            json.WriteString("holidays_file", HolidaysFile);
            LayoutWriter.Map(json, "files", source.GeoNames.Select((geo, g) => (geo, files[g])));
            json.WriteEndObject();
        });
    }

    // Events are national: the periods they mark in the first geo, in date order.
    private static IEnumerable<Holiday> Holidays(LayoutSource source, string[] names)
    {
        for (int t = 0; t < source.Periods; t++)
            for (int e = 0; e < names.Length; e++)
                if (source.EventOn(e, t)) yield return new Holiday(source.Dates[t], names[e]);
    }
}
