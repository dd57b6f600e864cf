using MmmFixtures.Clickstream;
using MmmFixtures.Commerce;
using MmmFixtures.Export;
using MmmFixtures.Families;
using MmmFixtures.Mmm;

namespace MmmFixtures.Tests.Export;

/// <summary>
/// Every MMM preset, clickstream's Small and commerce's Small presets exported in both formats (with every layout, which
/// stays text in its consumer's dialect): DuckDB reads each
/// Parquet table with the manifest's types and the CSV's row count and values; the CSV is the CSV-only export's, byte
/// for byte; the Parquet bytes do not depend on the thread count.
/// </summary>
public sealed class ParquetFamilyRoundTripTests : TempFolder
{
    public static TheoryData<MmmPreset> AllMmmPresets => new(Enum.GetValues<MmmPreset>());

    private ExportResult Export(IDatasetFamily family, object spec, string name, ExportFormat format, int threads = -1) =>
        family.Export(spec, Path.Combine(Folder, name), new DatasetExportOptions
        {
            Format = format, MaxDegreeOfParallelism = threads, Layouts = family.Layouts.Select(l => l.Name).ToArray(),
        });

    private static void AssertCsvUnchangedByParquet(ExportResult csv, ExportResult both)
    {
        var csvFiles = csv.Files.Where(f => f.Name != "manifest.json").ToArray();
        Assert.Equal(csvFiles, both.Files.Where(f => csvFiles.Any(c => c.Name == f.Name)).ToArray());
    }

    [Theory]
    [MemberData(nameof(AllMmmPresets))]
    public void Mmm_presets_round_trip_through_duckdb(MmmPreset preset)
    {
        var family = DatasetFamilies.BuiltIn.Single(f => f.Name == "mmm");
        var spec = MmmPresets.Get(preset);
        var both = Export(family, spec, "both", ExportFormat.Both);
        Assert.True(ParquetDuckDb.AssertParquetEqualsCsv(Path.Combine(Folder, "both")) >= 2); // data and truth_components at least
        AssertCsvUnchangedByParquet(Export(family, spec, "csv", ExportFormat.Csv), both);
    }

    [Fact]
    public void Clickstream_small_round_trips_through_duckdb_and_its_parquet_bytes_do_not_depend_on_threads()
    {
        var family = DatasetFamilies.BuiltIn.Single(f => f.Name == "clickstream");
        var spec = ClickstreamPresets.Get(ClickstreamPreset.Small);
        var both = Export(family, spec, "both", ExportFormat.Both, threads: 8);
        Assert.Equal(7, ParquetDuckDb.AssertParquetEqualsCsv(Path.Combine(Folder, "both"))); // items, users, events and the four truth tables
        AssertCsvUnchangedByParquet(Export(family, spec, "csv", ExportFormat.Csv), both);

        var one = Export(family, spec, "one", ExportFormat.Parquet, threads: 1);
        var two = Export(family, spec, "two", ExportFormat.Parquet, threads: 2);
        var parquet = both.Files.Where(f => f.Name.EndsWith(".parquet", StringComparison.Ordinal)).ToArray();
        Assert.Equal(parquet, one.Files.Where(f => f.Name.EndsWith(".parquet", StringComparison.Ordinal)));
        Assert.Equal(parquet, two.Files.Where(f => f.Name.EndsWith(".parquet", StringComparison.Ordinal)));
    }

    [Fact]
    public void Commerce_small_round_trips_through_duckdb_with_its_layouts_as_text_and_parquet_bytes_independent_of_threads()
    {
        var family = DatasetFamilies.BuiltIn.Single(f => f.Name == "commerce");
        var spec = CommercePresets.Small;
        var both = Export(family, spec, "both", ExportFormat.Both, threads: 8);
        // weather, orders, two ad platforms and e-mail of the one tenant, the daily panel and the per-day truth
        Assert.Equal(7, ParquetDuckDb.AssertParquetEqualsCsv(Path.Combine(Folder, "both")));
        AssertCsvUnchangedByParquet(Export(family, spec, "csv", ExportFormat.Csv), both);
        // A layout is what its consumer reads (Shopify exports CSV): never Parquet.
        Assert.DoesNotContain(both.Files, f => f.Name.EndsWith(".parquet", StringComparison.Ordinal) && family.Layouts.Any(l => f.Name.StartsWith(l.Name + "/", StringComparison.Ordinal)));
        Assert.Contains(both.Files, f => f.Name == "shopify/demo_tenant_1/orders_export.csv");

        var one = Export(family, spec, "one", ExportFormat.Parquet, threads: 1);
        var parquet = both.Files.Where(f => f.Name.EndsWith(".parquet", StringComparison.Ordinal)).ToArray();
        Assert.Equal(parquet, one.Files.Where(f => f.Name.EndsWith(".parquet", StringComparison.Ordinal)));
    }
}
