using System.Text.Json;
using MmmFixtures.Mmm;

namespace MmmFixtures.Tests.Mmm.Layouts;

/// <summary>
/// The pymc layout against PyMC-Marketing's checks (pymc-labs/pymc-marketing <c>pymc_marketing/mmm/validating.py</c>,
/// <c>mmm/multidimensional.py</c>, <c>mmm/mmm.py</c>).
/// </summary>
[Collection(LayoutExportsCollection.Name)]
public sealed class PymcLayoutTests(LayoutExports exports)
{
    private (MmmPanel Panel, string Folder, JsonElement Json) Load(MmmPreset preset)
    {
        var (panel, folder) = exports.Get(preset);
        string pymc = Path.Combine(folder, "pymc");
        return (panel, pymc, LayoutJson.Read(Path.Combine(pymc, "pymc_mmm.json")));
    }

    [Theory, MemberData(nameof(LayoutExports.Presets), MemberType = typeof(LayoutExports))]
    public void The_panel_holds_exactly_the_named_columns_and_one_row_per_date_and_geo(MmmPreset preset)
    {
        // validating.py ValidateDateColumn / ValidateChannelColumns / ValidateControlColumns: the columns exist and are
        // not duplicated; multidimensional.py indexes the panel by (date, *dims), so (date, geo) is unique. The JSON
        // lists partition the header, so no script needs a prefix such as startswith("x") to find the channels.
        var (panel, folder, json) = Load(preset);
        var data = CsvTable.Read(Path.Combine(folder, json.GetProperty("data_file").GetString()!));
        string[] named = new[] { json.GetProperty("date_column").GetString()! }.Concat(json.Strings("dims"))
            .Concat(json.Strings("channel_columns")).Concat(json.Strings("control_columns")).Append(json.GetProperty("target_column").GetString()!).ToArray();
        Assert.Equal(data.Header, named);
        Assert.Equal(new[] { "geo" }, json.Strings("dims"));
        Assert.Equal(panel.RowCount, data.Rows.Length);
        Assert.Equal(data.Rows.Length, data.Column("date").Zip(data.Column("geo")).Distinct().Count());
        data.AssertNoMissingValues();
    }

    [Theory, MemberData(nameof(LayoutExports.Presets), MemberType = typeof(LayoutExports))]
    public void Channel_columns_are_a_non_empty_list_of_non_negative_spend_and_control_columns_null_or_non_empty(MmmPreset preset)
    {
        // validating.py: "channel_columns must not be empty", negative values warn; "If control_columns is not None,
        // then it must not be empty".
        var (panel, folder, json) = Load(preset);
        var data = CsvTable.Read(Path.Combine(folder, "data.csv"));
        string[] channels = json.Strings("channel_columns");
        Assert.NotEmpty(channels);
        Assert.All(channels, c => Assert.All(data.Numbers(c), v => Assert.True(v >= 0)));
        var controls = json.GetProperty("control_columns");
        bool hasControls = panel.Spec.Controls.Count + panel.Spec.Events.Count > 0;
        Assert.Equal(hasControls ? JsonValueKind.Array : JsonValueKind.Null, controls.ValueKind);
        if (hasControls) Assert.NotEqual(0, controls.GetArrayLength());
    }

    [Theory, MemberData(nameof(LayoutExports.Presets), MemberType = typeof(LayoutExports))]
    public void Each_national_file_is_one_geo_with_unique_regular_dates_and_the_panel_rows_unchanged(MmmPreset preset)
    {
        // validating.py ValidateDateColumn: "date_col ... has repeated values" is refused, so the one-series MMM gets one
        // file per geo (its own rows, never a sum of geos) without the geo column.
        var (panel, folder, json) = Load(preset);
        var files = json.GetProperty("national_files").EnumerateObject().ToArray();
        Assert.Equal(panel.GeoNames, files.Select(f => f.Name));
        var panelData = CsvTable.Read(Path.Combine(folder, "data.csv"));
        for (int g = 0; g < files.Length; g++)
        {
            var national = CsvTable.Read(Path.Combine(folder, files[g].Value.GetString()!));
            Assert.DoesNotContain("geo", national.Header);
            Assert.Equal(panel.Periods, national.Column("date").Distinct().Count());
            CsvTable.AssertRegular(national.Column("date"), panel.Spec.DaysPerPeriod);
            national.AssertNoMissingValues();
            var geoRows = panelData.Rows.Where(r => r[1] == files[g].Name).Select(r => r.Where((_, i) => i != 1));
            Assert.Equal(geoRows.Select(r => string.Join(",", r)), national.Rows.Select(r => string.Join(",", r)));
        }
    }

    [Theory, MemberData(nameof(LayoutExports.Presets), MemberType = typeof(LayoutExports))]
    public void The_events_table_has_name_start_and_end_covering_exactly_the_event_periods(MmmPreset preset)
    {
        // multidimensional.py add_events reads a frame of name, start_date, end_date.
        var (panel, folder, json) = Load(preset);
        string[] events = json.Strings("event_columns");
        if (events.Length == 0)
        {
            Assert.Equal(JsonValueKind.Null, json.GetProperty("events_file").ValueKind);
            Assert.False(File.Exists(Path.Combine(folder, "events.csv")));
            return;
        }
        var table = CsvTable.Read(Path.Combine(folder, json.GetProperty("events_file").GetString()!));
        Assert.Equal(new[] { "name", "start_date", "end_date" }, table.Header);
        var data = CsvTable.Read(Path.Combine(folder, "data.csv"));
        foreach (string ev in events)
        {
            var runs = table.Rows.Where(r => r[0] == ev).Select(r => (Start: CsvTable.Date(r[1]), End: CsvTable.Date(r[2]))).ToArray();
            Assert.All(runs, r => Assert.True(r.Start <= r.End));
            var marked = data.Column("date").Zip(data.Column(ev)).Where(p => p.Second == "1").Select(p => CsvTable.Date(p.First)).Distinct();
            Assert.All(marked, d => Assert.Contains(runs, r => r.Start <= d && d <= r.End));
            Assert.Equal(runs.Sum(r => ((r.End - r.Start).Days + 1) / panel.Spec.DaysPerPeriod), marked.Count());
        }
    }
}
