using MmmFixtures;
using MmmFixtures.Reporting;

namespace MmmFixtures.Generators.Tests;

public class ReportFixtureTests
{
    private const string Class = nameof(ReportFixtureTests);

    private const string ThreeFamilies = """
        using MmmFixtures;
        using MmmFixtures.Mmm;
        using MmmFixtures.Commerce;

        namespace Retail.Tests;

        [MmmDataset(Preset = MmmPreset.SmallBusiness, Seed = 7, Periods = 52)]
        internal partial class SmallPanel;

        [ClickstreamDataset(Seed = 3, Users = 200, Days = 7, Items = 50)]
        internal partial class Clicks;

        [CommerceDataset(Preset = CommercePreset.Small, Days = 14)]
        internal partial class Shops;
        """;

    [Fact]
    public async Task Fixtures_get_WriteReport_when_the_project_references_the_renderer()
    {
        var (result, analyzer) = await GeneratorHarness.Verify(ThreeFamilies, Class, nameof(Fixtures_get_WriteReport_when_the_project_references_the_renderer), withReports: true);
        Assert.Empty(analyzer);
        Assert.All(result.GeneratedTrees, tree => Assert.Contains("public string WriteReport(string folder)", tree.ToString()));
    }

    [Fact]
    public void Fixtures_get_no_WriteReport_without_the_renderer()
    {
        var (driver, _, _) = GeneratorHarness.Run(GeneratorHarness.Compilation(ThreeFamilies));
        var trees = driver.GetRunResult().GeneratedTrees;
        Assert.Equal(3, trees.Length);
        Assert.All(trees, tree => Assert.DoesNotContain("WriteReport", tree.ToString()));
    }

    [Fact]
    public void WriteReport_of_a_generated_fixture_writes_the_page_into_its_export()
    {
        string folder = Directory.CreateTempSubdirectory("mmmf-gen-report-").FullName;
        try
        {
            RetailPanel.Instance.WriteCsv(folder);
            string page = RetailPanel.Instance.WriteReport(folder);
            Assert.Equal(Path.Combine(folder, ReportFiles.Html), page);
            string expected = MmmFixtures.Reports.HtmlReport.Render(MmmFixtures.Mmm.MmmFamily.Instance.Report(RetailPanel.CreateSpec(), new ReportOptions()));
            Assert.Equal(expected, File.ReadAllText(page)); // the report of the fixture's own spec
            RetailPanel.Instance.WriteCsv(folder); // the page is a known companion: the folder is still replaceable
            Assert.False(File.Exists(page));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
