using MmmFixtures.Families;
using MmmFixtures.Reporting;

namespace MmmFixtures.Reports.Tests;

/// <summary>An export asked for a report returns it (every family), and it is the report the spec alone gives.</summary>
public class ExportReportTests : TempFolder
{
    public static TheoryData<string> Families() => new(DatasetFamilies.BuiltIn.Select(f => f.Name));

    [Theory, MemberData(nameof(Families))]
    public void An_export_asked_for_its_report_returns_the_same_report_the_spec_gives(string name)
    {
        var family = DatasetFamilies.Find(name)!;
        var spec = family.Presets[0].Create(DatasetFamilies.DefaultSeed);
        var result = family.Export(spec, Path.Combine(Folder, "export"), new DatasetExportOptions { Report = new ReportOptions() });
        Assert.NotNull(result.Report);
        Assert.Equal(HtmlReport.Render(family.Report(spec, new ReportOptions())), HtmlReport.Render(result.Report!));
    }

    [Fact]
    public void An_export_not_asked_for_a_report_has_none()
    {
        var family = DatasetFamilies.Find("mmm")!;
        var result = family.Export(family.Presets[0].Create(DatasetFamilies.DefaultSeed), Path.Combine(Folder, "export"), new DatasetExportOptions());
        Assert.Null(result.Report);
    }

    [Fact]
    public void A_report_focus_naming_no_geo_is_refused_before_anything_is_written()
    {
        var family = DatasetFamilies.Find("mmm")!;
        string export = Path.Combine(Folder, "export");
        var ex = Assert.Throws<ArgumentException>(() => family.Export(family.Presets[0].Create(DatasetFamilies.DefaultSeed), export,
            new DatasetExportOptions { Report = new ReportOptions("Atlantis") }));
        Assert.Contains("Atlantis", ex.Message);
        Assert.False(Directory.Exists(export));
    }
}
