using MmmFixtures.Cli;
using MmmFixtures.Mmm;

namespace MmmFixtures.Tests.Cli;

/// <summary>The mmmfixtures tool: output, and one clear message with exit code 2 for every user error.</summary>
public sealed class MmmCliTests : TempFolder
{
    private static (int Exit, string Out, string Error) Run(params string[] args) => CliRun.Run(args);

    [Fact]
    public void Preset_export_writes_the_four_files()
    {
        string outFolder = Path.Combine(Folder, "basic");
        var (exit, output, error) = Run("mmm", "--preset", "basic", "--seed", "9", "--out", outFolder);
        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.Contains("Wrote 52 rows", output);
        Assert.Equal(new[] { "data.csv", "manifest.json", "truth.json", "truth_components.csv" }, Directory.GetFiles(outFolder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Contains("\"seed\": 9", File.ReadAllText(Path.Combine(outFolder, "manifest.json")));
    }

    [Fact]
    public void A_tiny_export_written_on_one_thread_has_the_bytes_of_one_written_on_several()
    {
        string single = Path.Combine(Folder, "single"), several = Path.Combine(Folder, "several");
        Assert.True(MmmPresets.Get(MmmPreset.Basic).Periods * 200 < FamilyCommand.OneThreadBytes); // Basic is tiny: no --threads means one thread
        Assert.Equal(0, Run("mmm", "--preset", "Basic", "--out", single).Exit);
        Assert.Equal(0, Run("mmm", "--preset", "Basic", "--threads", "3", "--out", several).Exit);
        Assert.Equal(File.ReadAllText(Path.Combine(several, "manifest.json")), File.ReadAllText(Path.Combine(single, "manifest.json"))); // every file's SHA-256
    }

    [Fact]
    public void Print_spec_prints_json_that_the_spec_option_reads_back()
    {
        var (exit, json, _) = Run("mmm", "--preset", "Seasonal", "--print-spec");
        Assert.Equal(0, exit);
        string file = Path.Combine(Folder, "seasonal.json");
        File.WriteAllText(file, json);
        var (exit2, output, error) = Run("mmm", "--spec", file, "--out", Path.Combine(Folder, "s"));
        Assert.Equal(0, exit2);
        Assert.Equal("", error);
        Assert.Contains("Wrote 104 rows", output);
    }

    [Fact]
    public void Presets_lists_every_preset_with_its_shape()
    {
        var (exit, output, _) = Run("presets");
        Assert.Equal(0, exit);
        foreach (string name in Enum.GetNames<MmmFixtures.Mmm.MmmPreset>()) Assert.Contains(name, output);
        Assert.Contains("mmm          MediumBusiness       156 weeks × 8 geos, 8 channels (Tv, Radio, Search, Social, Display, Video, Video2, Affiliate), 4 controls", output);
        Assert.Contains("mmm          SeasonalConfounding  104 weeks × 1 geo, 3 channels (Tv, Search, Social), no controls; pathology: SeasonalConfounding", output);
        foreach (string name in Enum.GetNames<MmmFixtures.Clickstream.ClickstreamPreset>()) Assert.Contains("clickstream  " + name, output);
    }

    public static TheoryData<string[], string> UserErrors => new()
    {
        { new[] { "mmm", "--preset", "Huge", "--out", "x" }, "Unknown preset 'Huge'" },
        { new[] { "mmm", "--out", "x" }, "Give exactly one of --preset <name> or --spec <file.json>" },
        { new[] { "mmm", "--preset", "Basic" }, "Give --out <dir>" },
        { new[] { "mmm", "--spec", "/nonexistent/spec.json", "--out", "x" }, "Spec file not found" },
        { new[] { "mmm", "--preset", "Basic", "--seed", "minus-one", "--out", "x" }, "minus-one" },
        { new[] { "frobnicate" }, "error:" },
    };

    [Theory]
    [MemberData(nameof(UserErrors))]
    public void User_errors_print_one_message_and_exit_2(string[] args, string expected)
    {
        var (exit, _, error) = Run(args);
        Assert.Equal(2, exit);
        Assert.Contains(expected, error);
        Assert.DoesNotContain("   at ", error); // no stack trace
    }

    [Fact]
    public void Invalid_and_malformed_specs_name_the_problem()
    {
        string bad = Path.Combine(Folder, "bad.json");
        File.WriteAllText(bad, """{ "periods": 0, "channels": [ { "name": "Tv", "adstock": { "alpha": 1.3 } } ] }""");
        var (exit, _, error) = Run("mmm", "--spec", bad, "--out", Path.Combine(Folder, "o"));
        Assert.Equal(2, exit);
        Assert.Contains("periods = 0: must be in [1, 100000]", error);
        Assert.Contains("channels[0].adstock.alpha = 1.3: must be in [0, 1)", error);
        Assert.False(Directory.Exists(Path.Combine(Folder, "o")));

        File.WriteAllText(bad, "{ \"periods\": 10,\n \"geos\": }");
        (exit, _, error) = Run("mmm", "--spec", bad, "--out", Path.Combine(Folder, "o"));
        Assert.Equal(2, exit);
        Assert.Contains("line 2, column 10", error);
    }

    [Fact]
    public void An_unwritableFolder_is_a_user_error()
    {
        string file = Path.Combine(Folder, "a-file");
        File.WriteAllText(file, "not a folder");
        string target = Path.Combine(file, "sub");
        var (exit, _, error) = Run("mmm", "--preset", "Basic", "--out", target);
        Assert.Equal(2, exit);
        Assert.Contains($"Cannot create {file} to export into {target}", error);
    }
}
