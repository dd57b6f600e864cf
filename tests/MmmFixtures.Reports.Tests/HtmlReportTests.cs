using System.Xml.Linq;
using MmmFixtures.Families;
using MmmFixtures.Reporting;

namespace MmmFixtures.Reports.Tests;

public class HtmlReportTests : TempFolder
{
    [Fact]
    public void Page_is_well_formed_self_contained_and_shows_every_section()
    {
        var report = SampleCharts.Report();
        string html = HtmlReport.Render(report);
        var page = Page.Parse(html);
        Assert.Empty(Page.OutsideReferences(html));
        Assert.Equal(report.Title, page.Descendants(Page.Xhtml + "h1").Single().Value);
        Assert.Equal(report.Charts.Count, page.Descendants(Svg.Ns + "svg").Count());
        Assert.Equal(report.Charts.Select(c => c.Caption), page.Descendants(Page.Xhtml + "figcaption").Select(f => f.Value));
        var badges = page.Descendants(Page.Xhtml + "td").Elements(Page.Xhtml + "span").Select(s => ((string?)s.Attribute("class") ?? "", s.Value)).ToList();
        Assert.Equal(new[] { ("status passed", "✔ passed"), ("status warning", "⚠ warning"), ("status failed", "✘ failed") }, badges);
        Assert.Contains("4 weeks from 2022-01-03", html);
        Assert.Contains("<td class=\"number\">2.50</td>", html);
        var ids = page.Descendants().Attributes("id").Select(a => a.Value).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count()); // charts' ids do not collide
    }

    [Fact]
    public void Same_report_gives_same_bytes()
    {
        string first = HtmlReport.Write(SampleCharts.Report(), Folder);
        byte[] bytes = File.ReadAllBytes(first);
        HtmlReport.Write(SampleCharts.Report(), Folder);
        Assert.Equal(bytes, File.ReadAllBytes(first));
        Assert.Equal(Path.Combine(Folder, ReportFiles.Html), first);
        Assert.False(bytes.Take(3).SequenceEqual(new byte[] { 0xEF, 0xBB, 0xBF }), "no byte-order mark");
    }

    [Fact]
    public void Png_option_writes_one_image_per_chart_and_removes_stale_ones()
    {
        Directory.CreateDirectory(Path.Combine(Folder, "charts"));
        File.WriteAllBytes(Path.Combine(Folder, "charts", "old-chart.png"), new byte[] { 1 });
        HtmlReport.Write(SampleCharts.Report(), Folder, png: true);
        Assert.Equal(SampleCharts.All().Select(c => c.Key + ".png").OrderBy(n => n, StringComparer.Ordinal),
            Directory.EnumerateFiles(Path.Combine(Folder, "charts")).Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal));
        Assert.Empty(Directory.EnumerateFiles(Folder, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public void Writing_into_a_missing_folder_is_refused()
    {
        Assert.Throws<DirectoryNotFoundException>(() => HtmlReport.Write(SampleCharts.Report(), Path.Combine(Folder, "missing")));
    }

    public static TheoryData<string, string> Presets()
    {
        var data = new TheoryData<string, string>();
        foreach (var family in DatasetFamilies.BuiltIn)
            foreach (var preset in family.Presets) data.Add(family.Name, preset.Name);
        return data;
    }

    [Theory, MemberData(nameof(Presets))]
    public void Every_preset_of_every_family_builds_a_report_that_renders(string familyName, string presetName)
    {
        var family = DatasetFamilies.Find(familyName)!;
        var spec = family.FindPreset(presetName)!.Create(DatasetFamilies.DefaultSeed);
        var report = family.Report(spec, new ReportOptions());
        string html = HtmlReport.Render(report);
        var page = Page.Parse(html);
        Assert.Empty(Page.OutsideReferences(html));
        Assert.NotEmpty(report.Spec);
        Assert.Equal(report.Charts.Count, page.Descendants(Svg.Ns + "svg").Count());
        Assert.All(page.Descendants(Svg.Ns + "svg"), svg => Assert.True(svg.Descendants(Svg.Ns + "text").Count() >= 3, "title and axis labels"));
        Assert.Equal(html, HtmlReport.Render(family.Report(spec, new ReportOptions())));
    }
}
