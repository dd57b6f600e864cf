using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using MmmFixtures.Families;
using MmmFixtures.Mmm;

namespace MmmFixtures.Tests.Mmm.Layouts;

/// <summary>Every preset exported once with every layout, shared by the layout contract tests.</summary>
public sealed class LayoutExports : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("mmmf-layouts-").FullName;
    private readonly ConcurrentDictionary<MmmPreset, Lazy<(MmmPanel Panel, string Folder)>> _exports = new();

    public static TheoryData<MmmPreset> Presets() => new(Enum.GetValues<MmmPreset>());

    /// <summary>The preset's panel and the folder of its export with all layouts.</summary>
    public (MmmPanel Panel, string Folder) Get(MmmPreset preset) => _exports.GetOrAdd(preset, p => new Lazy<(MmmPanel, string)>(() =>
    {
        var panel = MmmGenerator.Generate(MmmPresets.Get(p));
        string folder = Path.Combine(_root, p.ToString());
        MmmExporter.Export(panel, folder, new DatasetExportOptions { Layouts = MmmLayouts.All.Select(l => l.Name).ToArray() });
        return (panel, folder);
    })).Value;

    public void Dispose() => Directory.Delete(_root, recursive: true);
}

[CollectionDefinition(Name)]
public sealed class LayoutExportsCollection : ICollectionFixture<LayoutExports>
{
    public const string Name = "MMM layout exports";
}

/// <summary>A CSV file as the consumers' readers see it: a header and rows of text (layout values hold no commas or quotes).</summary>
public sealed record CsvTable(string[] Header, string[][] Rows)
{
    public static CsvTable Read(string path)
    {
        string[] lines = File.ReadAllLines(path);
        return new CsvTable(lines[0].Split(','), lines.Skip(1).Select(l => l.Split(',')).ToArray());
    }

    public string[] Column(string name)
    {
        int i = Array.IndexOf(Header, name);
        Assert.True(i >= 0, $"no column {name} in {string.Join(",", Header)}");
        return Rows.Select(r => r[i]).ToArray();
    }

    public double[] Numbers(string name) => Column(name).Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();

    public static DateTime Date(string text) => DateTime.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>No empty cell and every number finite (the NA / Inf checks of all three consumers).</summary>
    public void AssertNoMissingValues()
    {
        foreach (var row in Rows)
        {
            Assert.Equal(Header.Length, row.Length);
            Assert.All(row, v => Assert.False(string.IsNullOrEmpty(v) || v is "NaN" or "Infinity" or "-Infinity" or "NA", $"missing value in {string.Join(",", row)}"));
        }
    }

    /// <summary>Dates one period apart, in order, no repeats.</summary>
    public static void AssertRegular(IReadOnlyList<string> dates, int days)
    {
        for (int i = 1; i < dates.Count; i++)
            Assert.Equal(days, (Date(dates[i]) - Date(dates[i - 1])).TotalDays);
    }
}

/// <summary>Reads a layout's JSON arguments.</summary>
public static class LayoutJson
{
    public static JsonElement Read(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
        return doc.RootElement.Clone();
    }

    public static string[] Strings(this JsonElement element, string property) =>
        element.GetProperty(property).ValueKind == JsonValueKind.Null ? Array.Empty<string>()
            : element.GetProperty(property).EnumerateArray().Select(e => e.GetString()!).ToArray();
}
