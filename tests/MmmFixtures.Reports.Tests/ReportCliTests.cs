using MmmFixtures.Families;
using MmmFixtures.Reporting;

namespace MmmFixtures.Reports.Tests;

public class ReportCliTests : TempFolder
{
    private string Export => Path.Combine(Folder, "export");

    public static TheoryData<string> Families() => new(DatasetFamilies.BuiltIn.Select(f => f.Name));

    [Theory, MemberData(nameof(Families))]
    public void Report_flag_writes_report_html_into_the_export_and_the_folder_can_be_exported_again(string family)
    {
        string preset = DatasetFamilies.Find(family)!.Presets[0].Name;
        var (exit, output, error) = CliRun.Run(family, "--preset", preset, "--out", Export, "--report", "--quiet");
        Assert.True(exit == 0, error);
        Assert.Contains($"Wrote {Path.Combine(Export, ReportFiles.Html)}", output);
        byte[] page = File.ReadAllBytes(Path.Combine(Export, ReportFiles.Html));

        // The report is a known companion: exporting into the folder again replaces it with the rest.
        (exit, _, error) = CliRun.Run(family, "--preset", preset, "--out", Export, "--report", "--quiet");
        Assert.True(exit == 0, error);
        Assert.Equal(page, File.ReadAllBytes(Path.Combine(Export, ReportFiles.Html)));
    }

    [Fact]
    public void Report_command_reads_the_export_back_and_writes_the_same_page_and_pngs()
    {
        Assert.Equal(0, CliRun.Run("mmm", "--preset", "SmallBusiness", "--out", Export, "--report", "--quiet").Exit);
        byte[] fromExport = File.ReadAllBytes(Path.Combine(Export, ReportFiles.Html));
        File.Delete(Path.Combine(Export, ReportFiles.Html));
        var (exit, output, error) = CliRun.Run("report", Export, "--png");
        Assert.True(exit == 0, error);
        Assert.Equal(fromExport, File.ReadAllBytes(Path.Combine(Export, ReportFiles.Html)));
        Assert.Contains("PNG images in charts/", output);

        // Re-exporting over the page and the charts folder works and drops them.
        (exit, _, error) = CliRun.Run("mmm", "--preset", "SmallBusiness", "--out", Export, "--quiet");
        Assert.True(exit == 0, error);
        Assert.False(File.Exists(Path.Combine(Export, ReportFiles.Html)));
        Assert.False(Directory.Exists(Path.Combine(Export, ReportFiles.ChartsFolder)));
    }

    [Fact]
    public void A_foreign_file_in_the_charts_folder_still_protects_the_export_folder()
    {
        Assert.Equal(0, CliRun.Run("mmm", "--preset", "SmallBusiness", "--out", Export, "--quiet").Exit);
        Directory.CreateDirectory(Path.Combine(Export, "charts", "mine"));
        File.WriteAllText(Path.Combine(Export, "charts", "notes.txt"), "mine");
        var (exit, _, error) = CliRun.Run("mmm", "--preset", "SmallBusiness", "--out", Export, "--quiet");
        Assert.Equal(2, exit);
        Assert.Contains("charts/mine/, charts/notes.txt", error);
        Assert.True(File.Exists(Path.Combine(Export, "charts", "notes.txt")));
    }

    [Theory]
    [InlineData("--dry-run")]
    [InlineData("--print-spec")]
    public void Report_flag_without_an_export_is_refused(string mode)
    {
        var (exit, output, error) = CliRun.Run("mmm", "--preset", "SmallBusiness", mode, "--report");
        Assert.Equal(2, exit);
        Assert.Contains("--report draws an export", error);
        Assert.Empty(output);
    }

    [Fact]
    public void Report_command_refuses_a_folder_that_is_not_an_export()
    {
        var (exit, _, error) = CliRun.Run("report", Folder);
        Assert.Equal(2, exit);
        Assert.Contains("is not an export folder", error);
        Assert.False(File.Exists(Path.Combine(Folder, ReportFiles.Html)));
    }
}
