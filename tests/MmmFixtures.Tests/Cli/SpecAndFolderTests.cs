using MmmFixtures.Cli;
using MmmFixtures.Families;

namespace MmmFixtures.Tests.Cli;

/// <summary>Hostile or mistaken paths: spec files that are endless, folders or missing; --out that is a file; --print-spec --out.</summary>
public sealed class SpecAndFolderTests : TempFolder
{
    [Fact]
    public void An_endless_spec_file_is_refused_naming_the_path_and_the_cap()
    {
        if (!File.Exists("/dev/zero")) return; // Windows has no such device; the oversized-file test covers the cap
        var (exit, _, error) = CliRun.Run("mmm", "--spec", "/dev/zero", "--out", Path.Combine(Folder, "o"));
        Assert.Equal(ExitCodes.UserError, exit);
        Assert.Equal("error: /dev/zero is larger than 4 MiB, the most a spec file may hold", error.Trim());
    }

    [Fact]
    public void An_oversized_spec_file_is_refused()
    {
        string big = Path.Combine(Folder, "big.json");
        File.WriteAllText(big, "{" + new string(' ', SpecFile.MaxBytes) + "}");
        var (exit, _, error) = CliRun.Run("clickstream", "--spec", big, "--dry-run");
        Assert.Equal(ExitCodes.UserError, exit);
        Assert.Contains($"{big} is larger than 4 MiB", error);
    }

    [Fact]
    public void A_folder_given_as_spec_is_refused()
    {
        var (exit, _, error) = CliRun.Run("mmm", "--spec", Folder, "--dry-run");
        Assert.Equal(ExitCodes.UserError, exit);
        Assert.Contains($"{Folder} is a folder, not a spec file", error);
    }

    [Fact]
    public void A_file_given_as_out_folder_is_not_a_folder()
    {
        string file = Path.Combine(Folder, "a-file");
        File.WriteAllText(file, "x");
        var (exit, _, error) = CliRun.Run("clickstream", "--preset", "Small", "--out", file);
        Assert.Equal(ExitCodes.UserError, exit);
        Assert.Contains($"{file} is not a folder", error);
        Assert.Equal("x", File.ReadAllText(file));
    }

    [Fact]
    public void Print_spec_with_out_writes_the_file_the_spec_option_reads_back()
    {
        string file = Path.Combine(Folder, "small.json");
        var (exit, output, error) = CliRun.Run("clickstream", "--preset", "Small", "--seed", "5", "--print-spec", "--out", file);
        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.Contains($"Wrote the clickstream spec to {file}", output);
        Assert.Equal(CliRun.Run("clickstream", "--preset", "Small", "--seed", "5", "--print-spec").Out, File.ReadAllText(file));

        string outFolder = Path.Combine(Folder, "out");
        (exit, output, _) = CliRun.Run("clickstream", "--spec", file, "--out", outFolder, "--threads", "2");
        Assert.Equal(0, exit);
        Assert.Contains("events of 1000 users", output);
        Assert.Contains("\"seed\": 5", File.ReadAllText(Path.Combine(outFolder, "manifest.json")));
    }

    [Fact]
    public void Print_spec_into_a_folder_is_refused()
    {
        var (exit, _, error) = CliRun.Run("mmm", "--preset", "Basic", "--print-spec", "--out", Folder);
        Assert.Equal(ExitCodes.UserError, exit);
        Assert.Contains($"{Folder} is a folder: with --print-spec, --out names the spec file to write", error);
    }

    [Fact]
    public void Print_spec_creates_missing_folders_as_an_export_does()
    {
        string file = Path.Combine(Folder, "missing", "spec.json");
        var (exit, _, error) = CliRun.Run("mmm", "--preset", "Basic", "--print-spec", "--out", file);
        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.Equal(CliRun.Run("mmm", "--preset", "Basic", "--print-spec").Out, File.ReadAllText(file));
    }

    [Fact]
    public void Print_spec_replaces_a_spec_of_its_family_but_never_another_file()
    {
        string notes = Path.Combine(Folder, "todo.md"), spec = Path.Combine(Folder, "spec.json"), clicks = Path.Combine(Folder, "clicks.json");
        File.WriteAllText(notes, "my notes");
        var (exit, _, error) = CliRun.Run("mmm", "--preset", "Basic", "--print-spec", "--out", notes);
        Assert.Equal(ExitCodes.UserError, exit);
        Assert.Contains($"{notes} exists and is not a mmm spec: nothing was written", error);
        Assert.Equal("my notes", File.ReadAllText(notes));

        Assert.Equal(0, CliRun.Run("mmm", "--preset", "Seasonal", "--print-spec", "--out", spec).Exit);
        Assert.Equal(0, CliRun.Run("mmm", "--preset", "Basic", "--print-spec", "--out", spec).Exit); // a spec of the family: replaced
        Assert.Equal(CliRun.Run("mmm", "--preset", "Basic", "--print-spec").Out, File.ReadAllText(spec));

        Assert.Equal(0, CliRun.Run("clickstream", "--preset", "Small", "--print-spec", "--out", clicks).Exit);
        Assert.Equal(ExitCodes.UserError, CliRun.Run("mmm", "--preset", "Basic", "--print-spec", "--out", clicks).Exit); // another family's: kept
    }

    [Fact]
    public void Another_familys_spec_is_named_in_one_line()
    {
        string clicks = Path.Combine(Folder, "clicks.json");
        Assert.Equal(0, CliRun.Run("clickstream", "--preset", "Small", "--print-spec", "--out", clicks).Exit);
        var (exit, _, error) = CliRun.Run("mmm", "--spec", clicks, "--dry-run");
        Assert.Equal(ExitCodes.UserError, exit);
        Assert.Equal($"error: {clicks} is a clickstream spec, not a mmm one: run 'mmmfixtures clickstream --spec {clicks}'.", error.Split('\n')[0].TrimEnd('\r'));
    }

    [Fact]
    public void Print_spec_and_dry_run_together_are_refused()
    {
        var (exit, _, error) = CliRun.Run("mmm", "--preset", "Basic", "--print-spec", "--dry-run");
        Assert.Equal(ExitCodes.UserError, exit);
        Assert.Contains("Give at most one of --print-spec or --dry-run", error);
    }

    [Fact]
    public void An_unknown_clickstream_preset_lists_the_presets()
    {
        var (exit, _, error) = CliRun.Run("clickstream", "--preset", "Huge", "--out", "x");
        Assert.Equal(ExitCodes.UserError, exit);
        Assert.Contains("Unknown preset 'Huge' for clickstream. Presets: Small, Default, Large.", error);
    }

    [Fact]
    public void The_export_is_the_same_on_one_thread()
    {
        string one = Path.Combine(Folder, "one"), all = Path.Combine(Folder, "all");
        Assert.Equal(0, CliRun.Run("mmm", "--preset", "MultiRegion", "--out", one, "--threads", "1").Exit);
        Assert.Equal(0, CliRun.Run("mmm", "--preset", "MultiRegion", "--out", all).Exit);
        Assert.Equal(File.ReadAllText(Path.Combine(one, "manifest.json")), File.ReadAllText(Path.Combine(all, "manifest.json")));
    }
}
