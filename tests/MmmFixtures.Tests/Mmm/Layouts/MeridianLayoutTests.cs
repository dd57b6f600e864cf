using System.Text.Json;
using MmmFixtures.Mmm;

namespace MmmFixtures.Tests.Mmm.Layouts;

/// <summary>
/// The meridian layout against Meridian's loader contract (google/meridian <c>meridian/data/load.py</c>:
/// <c>CoordToColumns</c>, <c>DataFrameDataLoader</c>; <c>meridian/data/data_frame_input_data_builder.py</c>).
/// </summary>
[Collection(LayoutExportsCollection.Name)]
public sealed class MeridianLayoutTests(LayoutExports exports)
{
    // CoordToColumns' fields (load.py): the JSON's keys must be accepted by CoordToColumns(**coord_to_columns).
    private static readonly string[] CoordFields =
    {
        "time", "geo", "kpi", "controls", "revenue_per_kpi", "population", "media", "media_spend", "reach", "frequency",
        "rf_spend", "non_media_treatments", "organic_media", "organic_reach", "organic_frequency",
    };

    private (MmmPanel Panel, CsvTable Data, JsonElement Json) Load(MmmPreset preset)
    {
        var (panel, folder) = exports.Get(preset);
        return (panel, CsvTable.Read(Path.Combine(folder, "meridian", "data.csv")), LayoutJson.Read(Path.Combine(folder, "meridian", "meridian_columns.json")));
    }

    [Theory, MemberData(nameof(LayoutExports.Presets), MemberType = typeof(LayoutExports))]
    public void Coord_to_columns_holds_media_and_media_spend_and_only_its_own_fields(MmmPreset preset)
    {
        // load.py CoordToColumns.__post_init__: media and media_spend (or RF data) are required.
        var (panel, data, json) = Load(preset);
        var coords = json.GetProperty("coord_to_columns");
        Assert.All(coords.EnumerateObject(), p => Assert.Contains(p.Name, CoordFields));
        Assert.Equal(panel.Spec.Channels.Count, coords.Strings("media").Length);
        Assert.Equal(panel.Spec.Channels.Count, coords.Strings("media_spend").Length);
        Assert.Equal("revenue", json.GetProperty("kpi_type").GetString());
        Assert.Equal("data.csv", json.GetProperty("data_file").GetString());
    }

    [Theory, MemberData(nameof(LayoutExports.Presets), MemberType = typeof(LayoutExports))]
    public void Every_column_of_the_file_is_named_by_coord_to_columns_and_every_named_column_exists(MmmPreset preset)
    {
        // DataFrameInputDataBuilder._validate_cols: every named column must be in the frame; an unnamed column would be
        // silently ignored, so the file holds exactly the named ones (media may repeat a spend column: load.py allows
        // "media spend as media execution value").
        var (_, data, json) = Load(preset);
        var coords = json.GetProperty("coord_to_columns");
        var named = coords.EnumerateObject().SelectMany(p => p.Value.ValueKind == JsonValueKind.Array
            ? p.Value.EnumerateArray().Select(v => v.GetString()!) : new[] { p.Value.GetString()! }).Distinct().ToArray();
        Assert.Equal(data.Header.OrderBy(h => h, StringComparer.Ordinal), named.OrderBy(h => h, StringComparer.Ordinal));
        Assert.Equal(data.Header.Length, data.Header.Distinct().Count());
    }

    [Theory, MemberData(nameof(LayoutExports.Presets), MemberType = typeof(LayoutExports))]
    public void Media_dicts_map_each_listed_column_to_its_channel_in_the_same_order(MmmPreset preset)
    {
        // load.py DataFrameDataLoader.__post_init__: media → media_to_channel and media_spend → media_spend_to_channel
        // are required; with_media takes the channel names from media_to_channel.values(), index-mapped to both lists.
        var (panel, _, json) = Load(preset);
        var coords = json.GetProperty("coord_to_columns");
        string[] channels = panel.Spec.Channels.Select(c => c.Name).ToArray();
        var media = json.GetProperty("media_to_channel").EnumerateObject().ToArray();
        var spend = json.GetProperty("media_spend_to_channel").EnumerateObject().ToArray();
        Assert.Equal(coords.Strings("media"), media.Select(p => p.Name));
        Assert.Equal(coords.Strings("media_spend"), spend.Select(p => p.Name));
        Assert.Equal(channels, media.Select(p => p.Value.GetString()));
        Assert.Equal(channels, spend.Select(p => p.Value.GetString()));
    }

    [Theory, MemberData(nameof(LayoutExports.Presets), MemberType = typeof(LayoutExports))]
    public void A_geo_model_has_a_positive_population_constant_per_geo_and_a_national_model_has_neither_geo_nor_population(MmmPreset preset)
    {
        // load.py: "In a national model, geo and population are optional"; a geo model needs population, which
        // with_population reduces per geo (groupby(geo).mean()), so it must be one positive value per geo.
        var (panel, data, json) = Load(preset);
        var coords = json.GetProperty("coord_to_columns");
        if (panel.GeoCount == 1)
        {
            Assert.DoesNotContain("geo", data.Header);
            Assert.DoesNotContain("population", data.Header);
            Assert.False(coords.TryGetProperty("geo", out _));
            Assert.False(coords.TryGetProperty("population", out _));
            return;
        }
        var byGeo = data.Column("geo").Zip(data.Numbers("population")).GroupBy(p => p.First).ToArray();
        Assert.Equal(panel.GeoCount, byGeo.Length);
        Assert.All(byGeo, g => Assert.Single(g.Select(p => p.Second).Distinct()));
        Assert.All(byGeo, g => Assert.True(g.First().Second > 0));
    }

    [Theory, MemberData(nameof(LayoutExports.Presets), MemberType = typeof(LayoutExports))]
    public void One_row_per_geo_and_time_in_yyyy_mm_dd_at_regular_periods_without_missing_values(MmmPreset preset)
    {
        // load.py: "Time column values must be formatted in yyyy-mm-dd"; DataFrameDataLoader: "There are no NAs in the
        // dataframe"; the builder's set_index([geo, time]).to_xarray() needs unique (geo, time) pairs.
        var (panel, data, _) = Load(preset);
        data.AssertNoMissingValues();
        Assert.Equal(panel.RowCount, data.Rows.Length);
        string[] geo = panel.GeoCount == 1 ? Enumerable.Repeat("", data.Rows.Length).ToArray() : data.Column("geo");
        Assert.Equal(data.Rows.Length, geo.Zip(data.Column("time")).Distinct().Count());
        foreach (var series in geo.Zip(data.Column("time")).GroupBy(p => p.First))
            CsvTable.AssertRegular(series.Select(p => p.Second).ToArray(), panel.Spec.DaysPerPeriod);
    }

    [Theory, MemberData(nameof(LayoutExports.Presets), MemberType = typeof(LayoutExports))]
    public void Values_are_the_panel_rows_renamed_never_summed(MmmPreset preset)
    {
        var (panel, data, json) = Load(preset);
        Assert.Equal(panel.Y.ToArray(), data.Numbers("kpi"));
        var spend = json.GetProperty("coord_to_columns").Strings("media_spend");
        for (int c = 0; c < spend.Length; c++) Assert.Equal(panel.Spend(c).ToArray(), data.Numbers(spend[c]));
    }
}
