using System.Security.Cryptography;
using System.Text.Json;
using MmmFixtures.Export;
using MmmFixtures.Families;
using MmmFixtures.Mmm;

namespace MmmFixtures.Tests.Mmm;

/// <summary>The MMM row tables are formatted in chunks of rows on several threads and hashed there: the bytes and the manifest's hashes do not depend on it.</summary>
public sealed class MmmChunkedExportTests : TempFolder
{
    [Fact]
    public void A_panel_of_many_chunks_exports_the_same_bytes_on_one_thread_and_on_several_in_both_formats()
    {
        var spec = MmmPresets.Get(MmmPreset.MultiRegion, 3) with { Geos = MmmSpec.GeoNames(400) };
        var panel = MmmGenerator.Generate(spec);
        int valuesPerRow = MmmColumns.DataTable(spec).Columns.Count + MmmColumns.ComponentsTable(spec).Columns.Count;
        Assert.True(panel.RowCount > 3 * (MmmExporter.ValuesPerChunk / valuesPerRow), "the panel should span several chunks");

        string one = Path.Combine(Folder, "one"), several = Path.Combine(Folder, "several");
        MmmExporter.Export(panel, one, new DatasetExportOptions { MaxDegreeOfParallelism = 1, Format = ExportFormat.Both });
        var result = MmmExporter.Export(panel, several, new DatasetExportOptions { MaxDegreeOfParallelism = 3, Format = ExportFormat.Both });

        Assert.Equal(new[] { "data.csv", "data.parquet", "truth_components.csv", "truth_components.parquet", "truth.json", "manifest.json" },
            result.Files.Select(f => f.Name));
        foreach (var file in result.Files)
        {
            byte[] bytes = File.ReadAllBytes(Path.Combine(several, file.Name));
            Assert.Equal(File.ReadAllBytes(Path.Combine(one, file.Name)), bytes);
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), file.Sha256); // hashed ahead on the workers, still the file's
        }
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(several, "manifest.json")));
        var data = manifest.RootElement.GetProperty("files").EnumerateArray().Single(f => f.GetProperty("name").GetString() == "data.csv");
        Assert.Equal(panel.RowCount, data.GetProperty("rows").GetInt64());
        Assert.Equal(panel.RowCount + 1, File.ReadLines(Path.Combine(several, "data.csv")).Count());
    }
}
