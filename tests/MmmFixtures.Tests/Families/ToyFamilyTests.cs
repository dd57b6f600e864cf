using System.Text.Json;
using MmmFixtures.Cli;
using MmmFixtures.Families;
using MmmFixtures.Tests.Cli;

namespace MmmFixtures.Tests.Families;

/// <summary>A family added by files alone: the CLI built from a list holding the toy family serves it with no CLI change.</summary>
public sealed class ToyFamilyTests : TempFolder
{
    private static readonly IDatasetFamily[] Families = DatasetFamilies.BuiltIn.Append(new ToyFamily()).ToArray();

    private static (int Exit, string Out, string Error) Run(params string[] args) => CliRun.Run(Families, errorIsTerminal: false, args);

    [Fact]
    public void Preset_export_writes_the_table_and_the_manifest()
    {
        string outFolder = Path.Combine(Folder, "toy");
        var (exit, output, error) = Run("toy", "--preset", "tiny", "--seed", "3", "--out", outFolder);
        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.Contains($"Wrote 10 numbers to {outFolder}", output);
        Assert.Equal(new[] { "manifest.json", "numbers.csv" }, Directory.GetFiles(outFolder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal("n,square\n1,1\n2,4\n3,9\n", string.Concat(File.ReadAllText(Path.Combine(outFolder, "numbers.csv")).Split('\n').Take(4).Select(l => l + "\n")));
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(outFolder, "manifest.json")));
        Assert.Equal("toy", manifest.RootElement.GetProperty("family").GetString());
        Assert.Equal(3UL, manifest.RootElement.GetProperty("seed").GetUInt64());
    }

    [Fact]
    public void Print_spec_prints_json_that_the_spec_option_reads_back()
    {
        var (exit, json, _) = Run("toy", "--preset", "Tiny", "--print-spec");
        Assert.Equal(0, exit);
        Assert.Equal("{ \"seed\": 42, \"rows\": 10 }\n", json);
        string file = Path.Combine(Folder, "toy.json");
        File.WriteAllText(file, json.Replace("10", "25"));
        var (exit2, output, _) = Run("toy", "--spec", file, "--out", Path.Combine(Folder, "o"));
        Assert.Equal(0, exit2);
        Assert.Contains("Wrote 25 numbers", output);
    }

    [Fact]
    public void Dry_run_prints_the_estimate_and_writes_nothing()
    {
        var (exit, output, _) = Run("toy", "--preset", "Tiny", "--dry-run", "--out", Path.Combine(Folder, "o"));
        Assert.Equal(0, exit);
        Assert.Contains("Estimated export of toy preset Tiny (seed 42): 2 files, about 769 bytes", output);
        Assert.Matches(@"numbers\.csv +10 rows +169 bytes", output);
        Assert.False(Directory.Exists(Path.Combine(Folder, "o")));
    }

    [Fact]
    public void Invalid_toy_specs_are_user_errors()
    {
        string file = Path.Combine(Folder, "toy.json");
        File.WriteAllText(file, """{ "seed": 1, "rows": 0 }""");
        var (exit, _, error) = Run("toy", "--spec", file, "--out", Path.Combine(Folder, "o"));
        Assert.Equal(ExitCodes.UserError, exit);
        Assert.Contains("rows = 0: must be in [1, 1000000]", error);
    }

    [Fact]
    public void Presets_json_lists_the_toy_preset_beside_the_built_in_ones()
    {
        var (exit, output, _) = Run("presets", "--json");
        Assert.Equal(0, exit);
        using var document = JsonDocument.Parse(output);
        var rows = document.RootElement.EnumerateArray()
            .Select(e => (Family: e.GetProperty("family").GetString(), Name: e.GetProperty("name").GetString(), Summary: e.GetProperty("summary").GetString())).ToArray();
        Assert.Contains(("toy", "Tiny", "10 rows"), rows);
        Assert.Contains(rows, r => r is { Family: "mmm", Name: "Basic" });
        Assert.Equal(DatasetFamilies.BuiltIn.Sum(f => f.Presets.Count) + 1, rows.Length);
    }

    [Fact]
    public void Help_and_completion_come_from_the_descriptor()
    {
        var (_, output, _) = Run("toy", "--help");
        Assert.Contains("Numbers and their squares", output);
        Assert.Contains("mmmfixtures toy --preset Tiny --out ./toy-tiny", output);
        var (root, _) = CommandLineApp.Create(Families, new CliConsole(TextWriter.Null, TextWriter.Null, false));
        Assert.Equal(new[] { "Tiny" }, root.Parse("toy --preset ").GetCompletions().Select(c => c.Label));
    }

    [Fact]
    public void Two_families_of_one_name_are_refused()
    {
        Assert.Throws<ArgumentException>(() => CommandLineApp.Create(new IDatasetFamily[] { new ToyFamily(), new ToyFamily() }, new CliConsole(TextWriter.Null, TextWriter.Null, false)));
    }
}
