using MmmFixtures.Mmm;
using MmmFixtures.Reporting;

namespace MmmFixtures.Reports.Tests;

/// <summary>A pathology preset's label (name, what is hard, what a good model does) is shown under the report's title, before the spec.</summary>
public class NoticeTests
{
    public static TheoryData<MmmPreset> PathologyPresets() =>
        new(Enum.GetValues<MmmPreset>().Where(p => MmmPresets.Get(p).Pathology is not null));

    [Theory, MemberData(nameof(PathologyPresets))]
    public void A_pathology_preset_shows_its_label_prominently_before_the_spec(MmmPreset preset)
    {
        var spec = MmmPresets.Get(preset);
        var label = spec.Pathology!;
        var page = Page.Parse(HtmlReport.Render(MmmFamily.Instance.Report(spec, new ReportOptions())));
        var main = page.Descendants(Page.Xhtml + "main").Single().Elements().ToList();
        var notice = Assert.Single(main, e => e.Name == Page.Xhtml + "aside");
        Assert.True(main.IndexOf(notice) < main.FindIndex(e => (string?)e.Attribute("id") == "spec"), "the notice comes before the spec");
        Assert.True(main.IndexOf(notice) <= 2, "right under the title and its description");
        Assert.Contains(label.Name, notice.Element(Page.Xhtml + "h2")!.Value);
        var lines = notice.Descendants(Page.Xhtml + "dd").Select(d => d.Value).ToList();
        Assert.Equal(new[] { label.Description, label.WhatAGoodModelDoes }, lines);
        Assert.Equal(new[] { "What is hard", "What a good model does" }, notice.Descendants(Page.Xhtml + "dt").Select(d => d.Value));
    }

    [Fact]
    public void A_panel_without_a_pathology_has_no_notice()
    {
        var report = MmmFamily.Instance.Report(MmmPresets.Get(MmmPreset.Basic), new ReportOptions());
        Assert.Empty(report.Notices);
        Assert.DoesNotContain("<aside", HtmlReport.Render(report));
    }

    [Fact]
    public void A_notice_without_a_title_or_with_a_null_line_is_refused_naming_both()
    {
        var report = SampleCharts.Report() with
        {
            Notices = new[] { new ReportNotice(" ", new ReportFact[] { null! }) },
        };
        var ex = Assert.Throws<ArgumentException>(() => HtmlReport.Render(report));
        Assert.Contains("Notices[0].Title is empty", ex.Message);
        Assert.Contains("Notices[0].Lines[0] is null", ex.Message);
    }

    [Fact]
    public void Notice_text_is_escaped()
    {
        var report = SampleCharts.Report() with { Notices = new[] { new ReportNotice("A <b>", new[] { new ReportFact("x & y", "<script>") }) } };
        string html = HtmlReport.Render(report);
        Assert.Contains("<h2>A &lt;b&gt;</h2>", html);
        Assert.Contains("<dt>x &amp; y</dt><dd>&lt;script&gt;</dd>", html);
        Assert.Empty(Page.OutsideReferences(html));
    }
}
