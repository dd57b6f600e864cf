using MmmFixtures.Families;
using MmmFixtures.Mmm;

namespace MmmFixtures.Tests.Mmm.Layouts;

public sealed class LayoutNamingTests : TempFolder
{
    // Entities named like the consumers' own columns: each layout renames them instead of colliding.
    private static readonly MmmSpec Clashing = new MmmSpecBuilder().Periods(30).Geos("a/b", "a_b", "A_B")
        .Channel("Y", c => c.BaseSpend(100).Clicks(1).Geometric(0.3).Hill(0.5, 1.2).Beta(500))
        .Channel("Date", c => c.BaseSpend(100).Impressions(5).Geometric(0.3).Hill(0.5, 1.2).Beta(500))
        .Control("Geo", 1, effect: 10, p => p with { Volatility = 0.1 })
        .Control("Trend", 1, effect: 10, p => p with { Volatility = 0.1 })
        .Control("Kpi", 1, effect: 10, p => p with { Volatility = 0.1 })
        .Build() with { Geos = new[] { new GeoSpec("a/b", 100), new GeoSpec("a_b", 200), new GeoSpec("A_B", 300) } };

    private static readonly string[] All = { "meridian", "pymc", "robyn" };

    [Fact]
    public void Names_a_consumer_reserves_get_a_suffix_and_geo_file_names_never_clash()
    {
        MmmExporter.Export(MmmGenerator.Generate(Clashing), Folder, new DatasetExportOptions { Layouts = All });
        var pymc = LayoutJson.Read(Path.Combine(Folder, "pymc", "pymc_mmm.json"));
        Assert.Equal(new[] { "y_channel", "date_channel" }, pymc.Strings("channel_columns"));
        Assert.Equal(new[] { "geo_control", "trend", "kpi" }, pymc.Strings("control_columns"));
        Assert.Equal(new[] { "national/a_b.csv", "national/a_b_2.csv", "national/A_B_3.csv" },
            pymc.GetProperty("national_files").EnumerateObject().Select(p => p.Value.GetString()));
        var robyn = LayoutJson.Read(Path.Combine(Folder, "robyn", "robyn_inputs.json"));
        Assert.Equal(new[] { "geo", "trend_control", "kpi" }, robyn.Strings("context_vars"));
        var meridian = LayoutJson.Read(Path.Combine(Folder, "meridian", "meridian_columns.json"));
        Assert.Equal(new[] { "geo_control", "trend", "kpi_control" }, meridian.GetProperty("coord_to_columns").Strings("controls"));
        Assert.Equal(3, Directory.GetFiles(Path.Combine(Folder, "pymc", "national")).Length);
    }

    [Fact]
    public void Unknown_and_unfeedable_layouts_are_refused_together_before_anything_is_written()
    {
        var noPopulation = MmmPresets.Get(MmmPreset.MultiRegion) with { Geos = new[] { new GeoSpec("N"), new GeoSpec("S") } };
        var ex = Assert.Throws<ExportOptionsException>(() => MmmFamily.Instance.Export(noPopulation, Folder,
            new DatasetExportOptions { Layouts = new[] { "meridian", "shopify", "pymc", "pymc" } }));
        Assert.Contains("layout 'meridian': the meridian layout of a panel with several geos needs every geo's population", ex.Message);
        Assert.Contains("Unknown layout 'shopify'; mmm layouts: meridian, pymc, robyn.", ex.Message);
        Assert.Empty(Directory.GetFileSystemEntries(Folder));
    }

    [Fact]
    public void The_family_lists_its_layouts_and_the_manifest_lists_every_layout_file_with_its_columns()
    {
        Assert.Equal(All, MmmFamily.Instance.Layouts.Select(l => l.Name));
        var files = MmmExporter.Export(MmmGenerator.Generate(MmmPresets.Get(MmmPreset.SmallBusiness)), Folder,
            new DatasetExportOptions { Layouts = All }).Files.Select(f => f.Name).ToArray();
        var onDisk = Directory.GetFiles(Folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Folder, f).Replace('\\', '/'));
        Assert.Equal(onDisk.OrderBy(f => f, StringComparer.Ordinal), files.OrderBy(f => f, StringComparer.Ordinal));
        Assert.Contains("robyn/dt_holidays.csv", files);
        string manifest = File.ReadAllText(Path.Combine(Folder, "manifest.json"));
        Assert.Contains("\"name\": \"x1_search_clicks\",\n          \"role\": \"exposure\",\n          \"type\": \"double\",\n          \"entity\": \"Search\"", manifest);
        Assert.Contains("\"name\": \"search_S\",\n          \"role\": \"spend\",\n          \"type\": \"double\",\n          \"entity\": \"Search\"", manifest);
        Assert.Contains("\"name\": \"search_P\",\n          \"role\": \"exposure\",\n          \"type\": \"double\",\n          \"entity\": \"Search\"", manifest);
    }
}
