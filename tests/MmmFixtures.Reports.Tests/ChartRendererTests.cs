using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using MmmFixtures.Reporting;

namespace MmmFixtures.Reports.Tests;

public class ChartRendererTests
{
    public static TheoryData<string> Keys() => new(SampleCharts.All().Select(c => c.Key));

    private static Chart Sample(string key) => SampleCharts.All().Single(c => c.Key == key);

    [Theory, MemberData(nameof(Keys))]
    public void Every_chart_kind_draws_title_axis_labels_and_one_legend_entry_per_series(string key)
    {
        var chart = Sample(key);
        var svg = Svg.Parse(ChartRenderer.Svg(chart));
        var texts = Svg.Texts(svg);
        Assert.Contains(chart.Title, texts);
        var (xLabel, yLabel, legend) = chart switch
        {
            XyChart xy => (xy.X.Label, xy.Y.Label, xy.Series.Select(s => s.Name).ToArray()),
            HeatmapChart h => (h.ColumnLabel, h.RowLabel, new[] { h.ValueLabel }), // a heat map's legend is its colour bar
            _ => throw new InvalidOperationException(),
        };
        Assert.Contains(xLabel, texts);
        Assert.Contains(yLabel, texts);
        foreach (string entry in legend) Assert.Equal(1, texts.Count(t => t == entry));
        Assert.True(svg.Descendants().Count() > 20, "the chart draws more than a frame");
        Assert.Equal("0 0 960 " + ChartRenderer.DefaultSize(chart).Height, (string?)svg.Attribute("viewBox"));
    }

    [Fact]
    public void Heatmap_names_every_row_and_column_and_writes_values_but_leaves_null_cells_blank()
    {
        var chart = SampleCharts.Heatmap();
        var texts = Svg.Texts(Svg.Parse(ChartRenderer.Svg(chart)));
        foreach (string name in chart.Rows.Concat(chart.Columns)) Assert.Contains(name, texts);
        foreach (string value in new[] { "1.13", "2.07", "1.71", "0.93", "2.44" }) Assert.Equal(1, texts.Count(t => t == value));
        Assert.DoesNotContain(texts, t => t.Contains("NaN", StringComparison.Ordinal));
    }

    [Fact]
    public void Category_axis_labels_its_categories()
    {
        var texts = Svg.Texts(Svg.Parse(ChartRenderer.Svg(SampleCharts.GroupedBars())));
        foreach (string category in new[] { "TV", "Search", "Social" }) Assert.Contains(category, texts);
    }

    [Theory, MemberData(nameof(Keys))]
    public void Same_chart_gives_same_bytes_and_ids_are_prefixed_with_its_key_and_resolve(string key)
    {
        var chart = Sample(key);
        string first = ChartRenderer.Svg(chart), second = ChartRenderer.Svg(chart); // Skia numbers ids process-wide: this catches it
        Assert.Equal(first, second);
        var ids = Regex.Matches(first, @"\bid=""([^""]+)""").Select(m => m.Groups[1].Value).ToList();
        Assert.All(ids, id => Assert.StartsWith(key + "-", id));
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(Regex.Matches(first, @"url\(#([^)]+)\)").Select(m => m.Groups[1].Value), reference => Assert.Contains(reference, ids));
        Assert.DoesNotContain("<?xml", first);
    }

    [Fact]
    public async Task Preparing_on_another_thread_does_not_change_what_is_drawn()
    {
        string before = ChartRenderer.Svg(SampleCharts.Markers());
        await Task.WhenAll(Task.Run(ChartRenderer.Prepare), Task.Run(ChartRenderer.Prepare));
        Assert.Equal(before, ChartRenderer.Svg(SampleCharts.Markers()));
    }

    [Fact]
    public void Bytes_do_not_depend_on_the_current_culture()
    {
        string invariant = ChartRenderer.Svg(SampleCharts.DatedLines());
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            Assert.Equal(invariant, ChartRenderer.Svg(SampleCharts.DatedLines()));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Theory, MemberData(nameof(Keys))]
    public void Png_is_a_png_of_the_asked_size_and_deterministic(string key)
    {
        var chart = Sample(key);
        byte[] png = ChartRenderer.Png(chart, new ChartSize(640, 360));
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, png.Take(4));
        Assert.Equal(640, ReadBigEndian(png, 16));
        Assert.Equal(360, ReadBigEndian(png, 20));
        Assert.Equal(png, ChartRenderer.Png(chart, new ChartSize(640, 360)));
    }

    [Fact]
    public void Size_out_of_range_is_refused_naming_both_sides()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new ChartSize(10, 99999));
        Assert.Contains("width is 10", ex.Message);
        Assert.Contains("height is 99999", ex.Message);
    }

    private static int ReadBigEndian(byte[] bytes, int at) => (bytes[at] << 24) | (bytes[at + 1] << 16) | (bytes[at + 2] << 8) | bytes[at + 3];
}
