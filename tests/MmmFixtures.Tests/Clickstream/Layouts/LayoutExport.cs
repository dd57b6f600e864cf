using MmmFixtures.Clickstream;
using MmmFixtures.Families;

namespace MmmFixtures.Tests.Clickstream.Layouts;

/// <summary>
/// One export of a small spec with every layout and every defect on (hidden categories, duplicates, late events,
/// bots), shared by a test class; the generated dataset alongside, to compare the layouts with.
/// </summary>
public sealed class LayoutExport : IDisposable
{
    public static readonly ClickstreamSpec Spec = ClickstreamPresets.Get(ClickstreamPreset.Small, 42) with
    {
        Defects = new DefectSpec { DuplicateEventRate = 0.02, NullCategoryRate = 0.1, LateEventRate = 0.03, BotUserShare = 0.02 },
    };

    public LayoutExport()
    {
        Folder = Directory.CreateTempSubdirectory("mmmf-click-layouts-").FullName;
        Result = ClickstreamExporter.Export(Spec, Folder, new DatasetExportOptions { Layouts = new[] { "retailrocket", "rees46", "recbole" } });
        Data = ClickstreamGenerator.Generate(Spec);
    }

    public string Folder { get; }

    public MmmFixtures.Export.ExportResult Result { get; }

    public ClickstreamDataset Data { get; }

    /// <summary>The lines of a file of the export (its path relative to the folder), header first, as a line-by-line reader gets them.</summary>
    public string[] Lines(string file) => File.ReadAllText(Path.Combine(Folder, file)).Split('\n')[..^1];

    /// <summary>The whole text of a file.</summary>
    public string Text(string file) => File.ReadAllText(Path.Combine(Folder, file));

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
