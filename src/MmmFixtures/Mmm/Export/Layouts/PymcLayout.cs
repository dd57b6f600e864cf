using System;
using System.Collections.Generic;
using System.Linq;
using MmmFixtures.Export;

namespace MmmFixtures.Mmm;

/// <summary>
/// <c>pymc/</c>: <c>data.csv</c> (<c>date, geo, &lt;channel&gt; …, &lt;control&gt; …, y</c>, channels as spend, events as
/// 0/1 controls) for PyMC-Marketing's <c>MMM(dims=("geo",))</c>; one file per geo in <c>national/</c> (without the geo
/// column: one row per date) for the one-series <c>MMM</c>; <c>events.csv</c> (<c>name, start_date, end_date</c>, one
/// row per run of consecutive event periods) for <c>add_events</c>; and <c>pymc_mmm.json</c> with the constructor's
/// column arguments (<c>control_columns</c> null when there are none, as PyMC-Marketing refuses an empty list).
/// </summary>
internal static class PymcLayout
{
    /// <summary>The layout's name and subfolder.</summary>
    public const string Name = "pymc";

    /// <summary>The arguments file's name.</summary>
    public const string ArgumentsFile = "pymc_mmm.json";

    /// <summary>The events table's name.</summary>
    public const string EventsFile = "events.csv";

    private static readonly string[] Reserved = { "date", "geo", "y" };

    private sealed record EventRun(string Name, DateTime Start, DateTime End);

    public static void Write(LayoutWriter writer, LayoutSource source)
    {
        var spec = source.Spec;
        var names = new LayoutNames(Reserved);
        var from = new PanelColumns(source);
        string[] channels = spec.Channels.Select(c => names.Take(LayoutNames.Snake(c.Name), "channel")).ToArray();
        string[] controls = spec.Controls.Select(k => names.Take(LayoutNames.Snake(k.Name), "control")).ToArray();
        string[] events = spec.Events.Select(e => names.Take(LayoutNames.Snake(e.Name), "event")).ToArray();

        List<LayoutColumn<int>> Columns(bool withGeo)
        {
            var columns = new List<LayoutColumn<int>> { from.Date("date") };
            if (withGeo) columns.Add(from.Geo("geo"));
            columns.AddRange(channels.Select((name, c) => from.Spend(c, name)));
            columns.AddRange(controls.Select((name, k) => from.Control(k, name)));
            columns.AddRange(events.Select((name, e) => from.EventIndicator(e, name)));
            columns.Add(from.Kpi("y"));
            return columns;
        }

        writer.Table(MmmExporter.DataFile, Columns(withGeo: true), source.AllRows());
        string[] geoFiles = LayoutNames.GeoFiles(source.GeoNames).Select(f => $"national/{f}.csv").ToArray();
        for (int g = 0; g < source.GeoCount; g++) writer.Table(geoFiles[g], Columns(withGeo: false), source.RowsOf(g));
        if (events.Length > 0)
            writer.Table(EventsFile, new[]
            {
                new LayoutColumn<EventRun>(new ColumnSchema("name", ColumnRole.Event, Type: ColumnType.String), (w, run) => w.String(run.Name)),
                new LayoutColumn<EventRun>(new ColumnSchema("start_date", ColumnRole.Time, Type: ColumnType.Date), (w, run) => w.Date(run.Start)),
                new LayoutColumn<EventRun>(new ColumnSchema("end_date", ColumnRole.Time, Type: ColumnType.Date), (w, run) => w.Date(run.End)),
            }, Runs(source, events));

        writer.Json(ArgumentsFile, json =>
        {
            json.WriteStartObject();
            json.WriteString("date_column", "date");
            LayoutWriter.Names(json, "channel_columns", channels);
            LayoutWriter.Names(json, "control_columns", controls.Concat(events), emptyAsNull: true);
            json.WriteString("target_column", "y");
            LayoutWriter.Names(json, "dims", new[] { "geo" });
            json.WriteString("data_file", MmmExporter.DataFile);
            LayoutWriter.Map(json, "national_files", source.GeoNames.Select((geo, g) => (geo, geoFiles[g])));
            if (events.Length > 0) json.WriteString("events_file", EventsFile);
            else json.WriteNull("events_file");
            LayoutWriter.Names(json, "event_columns", events);
            json.WriteEndObject();
        });
    }

    // Events are national (the same periods in every geo): runs of consecutive periods of the first geo, each from its
    // first period's date to the last day of its last period.
    private static IEnumerable<EventRun> Runs(LayoutSource source, string[] names)
    {
        int days = source.Spec.DaysPerPeriod;
        for (int e = 0; e < names.Length; e++)
        {
            int start = -1;
            for (int t = 0; t <= source.Periods; t++)
            {
                bool on = t < source.Periods && source.EventOn(e, t);
                if (on && start < 0) start = t;
                else if (!on && start >= 0)
                {
                    yield return new EventRun(names[e], source.Dates[start], source.Dates[t - 1].AddDays(days - 1));
                    start = -1;
                }
            }
        }
    }
}
