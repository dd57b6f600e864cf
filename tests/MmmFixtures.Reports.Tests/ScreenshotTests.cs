using System.Text.RegularExpressions;
using SkiaSharp;

namespace MmmFixtures.Reports.Tests;

public class ScreenshotTests : TempFolder
{
    // Measures every chart as laid out: the page itself has no script, so the test adds one to a copy of it.
    private const string MeasureScript = """
<script>
document.body.insertAdjacentHTML('beforeend', '<pre id="sizes">sizes of the charts:\n' + Array.from(document.querySelectorAll('figure svg'))
  .map(s => { const r = s.getBoundingClientRect(); return 'SIZE ' + s.getAttribute('aria-label') + '=' + Math.round(r.width) + 'x' + Math.round(r.height); })
  .join('\n') + '\n</pre>');
</script>
""";

    [ChromiumFact]
    public void Every_chart_is_laid_out_with_a_visible_size()
    {
        var report = SampleCharts.Report();
        string page = Path.Combine(Folder, "measured.html");
        File.WriteAllText(page, HtmlReport.Render(report).Replace("</body>", MeasureScript + "</body>"));
        string dom = Chromium.Run(page, "--window-size=1280,900", "--dump-dom", "--virtual-time-budget=5000");
        var sizes = Regex.Matches(dom, @"^SIZE (.+)=(\d+)x(\d+)$", RegexOptions.Multiline).ToDictionary(m => m.Groups[1].Value, m => (W: int.Parse(m.Groups[2].Value), H: int.Parse(m.Groups[3].Value)));
        Assert.Equal(report.Charts.Select(c => c.Title).Order(), sizes.Keys.Order());
        Assert.All(sizes, s => Assert.True(s.Value.W >= 400 && s.Value.H >= 150, $"{s.Key} is laid out at {s.Value.W}x{s.Value.H}"));
    }

    [ChromiumFact]
    public void Screenshot_of_the_report_is_not_blank_and_shows_the_charts_colours()
    {
        string page = HtmlReport.Write(SampleCharts.Report(), Folder);
        string shot = Path.Combine(Folder, "shot.png");
        Chromium.Run(page, "--window-size=1100,3000", "--screenshot=" + shot);
        using var bitmap = SKBitmap.Decode(shot);
        Assert.NotNull(bitmap);
        int white = 0, seriesBlue = 0, total = 0;
        for (int y = 0; y < bitmap.Height; y += 2)
            for (int x = 0; x < bitmap.Width; x += 2)
            {
                var c = bitmap.GetPixel(x, y);
                total++;
                if (c.Red > 245 && c.Green > 245 && c.Blue > 245) white++;
                if (Math.Abs(c.Red - 0x1F) < 12 && Math.Abs(c.Green - 0x77) < 12 && Math.Abs(c.Blue - 0xB4) < 12) seriesBlue++; // the first series' colour
            }
        Assert.True(white < total * 0.97, $"the screenshot is {100.0 * white / total:F1}% white");
        Assert.True(seriesBlue > 200, $"the charts' first series colour shows in {seriesBlue} sampled pixels");
    }
}
