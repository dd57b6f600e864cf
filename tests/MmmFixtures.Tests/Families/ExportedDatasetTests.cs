using System.Text.Json.Nodes;
using MmmFixtures.Export;
using MmmFixtures.Families;
using MmmFixtures.Mmm;

namespace MmmFixtures.Tests.Families;

/// <summary>ExportedDataset.Open: a real export reads back to its family and spec; anything else is refused clearly.</summary>
public sealed class ExportedDatasetTests : TempFolder
{
    private string Export()
    {
        string folder = Path.Combine(Folder, "export");
        MmmExporter.Export(MmmGenerator.Generate(MmmPresets.Get(MmmPreset.Basic, 5)), folder);
        return folder;
    }

    private string Altered(Action<JsonNode> change)
    {
        string source = Export(), folder = Path.Combine(Folder, "altered");
        Directory.CreateDirectory(folder);
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(source, ExportManifest.FileName)))!;
        change(manifest);
        File.WriteAllText(Path.Combine(folder, ExportManifest.FileName), manifest.ToJsonString());
        return folder;
    }

    [Fact]
    public void ARealExportRoundTripsToItsFamilyAndSpec()
    {
        var dataset = ExportedDataset.Open(Export());
        Assert.Equal("mmm", dataset.Family.Name);
        var spec = Assert.IsType<MmmSpec>(dataset.Spec);
        Assert.Equal(MmmSpecJson.Write(MmmPresets.Get(MmmPreset.Basic, 5)), MmmSpecJson.Write(spec));
        Assert.Equal(MmmGenerator.Generate(MmmPresets.Get(MmmPreset.Basic, 5)).Y.ToArray(), MmmGenerator.Generate(spec).Y.ToArray());
    }

    [Fact]
    public void AFolderWithoutManifestIsRefused()
    {
        var error = Assert.Throws<ExportFolderException>(() => ExportedDataset.Open(Folder));
        Assert.Contains("no manifest.json", error.Message);
    }

    [Fact]
    public void AForeignManifestIsRefused()
    {
        var error = Assert.Throws<ExportFolderException>(() => ExportedDataset.Open(Altered(m => m["library"] = "SomethingElse")));
        Assert.Contains("was not written by MmmFixtures", error.Message);
    }

    [Fact]
    public void AnotherAlgorithmVersionIsRefused()
    {
        var error = Assert.Throws<ExportFolderException>(() => ExportedDataset.Open(Altered(m => m["algorithmVersion"] = 1)));
        Assert.Contains("algorithm version 1", error.Message);
    }

    [Fact]
    public void AnUnknownFamilyIsRefusedNamingTheKnownOnes()
    {
        var error = Assert.Throws<ExportFolderException>(() => ExportedDataset.Open(Altered(m => m["family"] = "weather")));
        Assert.Contains("'weather'", error.Message);
        Assert.Contains("mmm", error.Message);
    }
}
