using MmmFixtures.Reporting;
using SkiaSharp;

namespace MmmFixtures.Reports.Tests;

/// <summary>A heat map's cells sit on their labels: cell (row r, column c) is centred on column c's tick label and row r's.</summary>
public class HeatmapGeometryTests
{
    // 3 × 3, every cell its own value, one blank; names and values no other text in the chart repeats (the colour bar's ticks are round).
    private static HeatmapChart Grid() => new("grid", "ROAS by geo and channel", "", "Geo", new[] { "North", "Middle", "South" },
        "Channel", new[] { "TV", "Radio", "Search" }, "ROAS",
        new IReadOnlyList<double?>[] { new double?[] { 1.11, 2.22, 3.33 }, new double?[] { 4.44, null, 6.66 }, new double?[] { 7.77, 8.88, 9.99 } });

    [Fact]
    public void Cells_are_centred_on_their_column_and_row_labels_in_the_svg()
    {
        var chart = Grid();
        var svg = Svg.Parse(ChartRenderer.Svg(chart));
        var labels = SvgGeometry.TextAnchors(svg);
        var (left, top, width, height) = SvgGeometry.Bitmap(svg, chart.Columns.Count, chart.Rows.Count);
        for (int c = 0; c < chart.Columns.Count; c++)
            Assert.Equal(left + (c + 0.5) * width, labels[chart.Columns[c]].Single().X, 0.5);
        for (int r = 0; r < chart.Rows.Count; r++)
            Assert.Equal(top + (r + 0.5) * height, labels[chart.Rows[r]].Single().Y, 0.5);
    }

    [Fact]
    public void Each_value_is_written_in_the_middle_of_its_own_cell()
    {
        var chart = Grid();
        var svg = Svg.Parse(ChartRenderer.Svg(chart));
        var labels = SvgGeometry.TextAnchors(svg);
        var (left, top, width, height) = SvgGeometry.Bitmap(svg, chart.Columns.Count, chart.Rows.Count);
        for (int r = 0; r < chart.Rows.Count; r++)
            for (int c = 0; c < chart.Columns.Count; c++)
                if (chart.Values[r][c] is double value)
                {
                    var (x, y) = labels[value.ToString(System.Globalization.CultureInfo.InvariantCulture)].Single();
                    Assert.Equal(left + (c + 0.5) * width, x, 0.5);
                    Assert.Equal(top + (r + 0.5) * height, y, 0.5);
                }
    }

    // The PNG is drawn from the same plot: around each pair of labels the pixels are one cell's colour (to 40% of a cell
    // either way; compared with a point off the value written at the centre), the blank cell is the background and the others are coloured.
    [Fact]
    public void In_the_png_each_label_pair_points_into_the_middle_of_one_cell()
    {
        var chart = Grid();
        var svg = Svg.Parse(ChartRenderer.Svg(chart));
        var labels = SvgGeometry.TextAnchors(svg);
        var (_, _, width, height) = SvgGeometry.Bitmap(svg, chart.Columns.Count, chart.Rows.Count);
        using var bitmap = SKBitmap.Decode(ChartRenderer.Png(chart));
        for (int r = 0; r < chart.Rows.Count; r++)
            for (int c = 0; c < chart.Columns.Count; c++)
            {
                double x = labels[chart.Columns[c]].Single().X, y = labels[chart.Rows[r]].Single().Y;
                var cell = bitmap.GetPixel((int)(x + 0.25 * width), (int)(y + 0.3 * height));
                foreach (var (dx, dy) in new[] { (-0.4, -0.4), (0.4, -0.4), (-0.4, 0.4), (0.4, 0.4) })
                    Assert.Equal(cell, bitmap.GetPixel((int)(x + dx * width), (int)(y + dy * height)));
                Assert.Equal(chart.Values[r][c] is null, cell == SKColors.White);
            }
    }
}
