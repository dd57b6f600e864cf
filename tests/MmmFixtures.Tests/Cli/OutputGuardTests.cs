using MmmFixtures.Cli;
using MmmFixtures.Mmm;

namespace MmmFixtures.Tests.Cli;

/// <summary>--dry-run prints the estimate and writes nothing; an export estimated above the limit is refused before anything is generated.</summary>
public sealed class OutputGuardTests : TempFolder
{
    // Every field in range: 50 million users for ten years, 500 sessions a week of 1,000 views each.
    private const string PetabyteClickstream =
        """{ "users": 50000000, "days": 200, "personas": [ { "name": "Heavy", "share": 1, "sessionsPerWeek": 500, "viewsPerSession": 1000 } ] }""";

    private string WriteSpec(string json)
    {
        string path = Path.Combine(Folder, "spec.json");
        File.WriteAllText(path, json);
        return path;
    }

    [Fact]
    public void The_default_limit_is_20_GiB()
    {
        Assert.Equal(20L * 1024 * 1024 * 1024, FamilyCommand.DefaultMaxBytes);
    }

    [Fact]
    public void Dry_run_prints_rows_and_bytes_per_file_and_writes_nothing()
    {
        string outFolder = Path.Combine(Folder, "out");
        var (exit, output, error) = CliRun.Run("mmm", "--preset", "Basic", "--dry-run", "--out", outFolder);
        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.Contains("Estimated export of mmm preset Basic (seed 42): 4 files, about ", output);
        Assert.Matches(@"\n  data\.csv +52 rows +[0-9.]+ KiB\n", output.Replace("\r\n", "\n"));
        Assert.Matches(@"\n  truth_components\.csv +52 rows +[0-9.]+ KiB\n", output.Replace("\r\n", "\n"));
        Assert.Contains("within the limit of 20.0 GiB", output);
        long scratch = MmmFamily.Instance.Estimate(MmmPresets.Get(MmmPreset.Basic)).ScratchBytes;
        Assert.True(scratch > 0);
        Assert.Contains($"  and up to {ByteSize.Format(scratch)} of scratch space beside the output folder while it runs", output);
        Assert.False(Directory.Exists(outFolder));
    }

    [Fact]
    public void A_dry_run_of_a_family_that_spills_nothing_states_no_scratch_space()
    {
        var (exit, output, error) = CliRun.Run("clickstream", "--preset", "Small", "--dry-run");
        Assert.True(exit == 0, error);
        Assert.DoesNotContain("scratch", output);
    }

    [Fact]
    public void A_shard_dry_run_labels_the_whole_estimate_and_checks_the_limit_against_the_shards_own()
    {
        var estimate = MmmFixtures.Clickstream.ClickstreamFamily.Instance.Estimate(MmmFixtures.Clickstream.ClickstreamPresets.Get(MmmFixtures.Clickstream.ClickstreamPreset.Small));
        long whole = estimate.TotalBytes, shard = estimate.ShardBytes(3);
        // The catalog tables are written whole by every shard: a shard is more than a third of the whole.
        Assert.InRange(shard, whole / 3 + 1, whole / 2 - 1);
        // A limit between the shard's estimate and the whole export: the shard fits, as the real shard run would find.
        string limit = (whole / 2).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var (exit, output, error) = CliRun.Run("clickstream", "--preset", "Small", "--shard", "0/3", "--dry-run", "--max-bytes", limit);
        Assert.True(exit == 0, error);
        Assert.Contains($"Estimated whole export of clickstream preset Small (seed 42): ", output);
        Assert.Contains($"  shard 0/3 writes about 1/3 of the entity tables (global tables whole): about {ByteSize.Format(shard)}", output);
        Assert.Contains($"within the limit of {ByteSize.Format(whole / 2)}", output);
        // Without --shard the same limit is too small for the whole export.
        (exit, output, _) = CliRun.Run("clickstream", "--preset", "Small", "--dry-run", "--max-bytes", limit);
        Assert.Equal(0, exit);
        Assert.Contains("Estimated export of clickstream preset Small (seed 42): ", output);
        Assert.Contains($"over the limit of {ByteSize.Format(whole / 2)}: an export needs --max-bytes", output);
    }

    [Fact]
    public void A_folder_that_would_be_refused_is_refused_by_the_dry_run_and_before_generating()
    {
        string notes = Path.Combine(Folder, "notes");
        Directory.CreateDirectory(notes);
        File.WriteAllText(Path.Combine(notes, "todo.md"), "mine");
        var (exit, output, error) = CliRun.Run("mmm", "--preset", "Basic", "--dry-run", "--out", notes);
        Assert.Equal(2, exit);
        Assert.Contains("Estimated export of mmm preset Basic", output);  // the estimate is still shown …
        Assert.Contains($"Cannot export into {notes}: it holds files but no MmmFixtures manifest.json", error); // … and the refusal
        // The real run refuses it too, before it generates anything (nothing is printed, the notes stay).
        (exit, output, error) = CliRun.Run("mmm", "--preset", "LargeBusiness", "--out", notes);
        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Equal("mine", File.ReadAllText(Path.Combine(notes, "todo.md")));
    }

    [Fact]
    public void A_petabyte_spec_is_refused_with_exit_2_and_nothing_is_written()
    {
        string spec = WriteSpec(PetabyteClickstream);
        string outFolder = Path.Combine(Folder, "out");
        var (exit, output, error) = CliRun.Run("clickstream", "--spec", spec, "--out", outFolder, "--max-bytes", "1T");
        Assert.Equal(ExitCodes.UserError, exit);
        Assert.Equal("", output);
        Assert.Matches(@"error: The export would write about [0-9.]+ (PiB|EiB), more than the limit of 1\.0 TiB; nothing was written\.", error);
        Assert.Contains("--max-bytes", error);
        Assert.False(Directory.Exists(outFolder));
    }

    [Fact]
    public void A_petabyte_spec_dry_run_shows_it_is_over_the_limit()
    {
        var (exit, output, _) = CliRun.Run("clickstream", "--spec", WriteSpec(PetabyteClickstream), "--dry-run");
        Assert.Equal(0, exit);
        Assert.Contains("over the limit of 20.0 GiB: an export needs --max-bytes ", output);
    }

    [Fact]
    public void A_dry_run_into_a_disk_too_small_warns_and_one_that_fits_does_not()
    {
        string outFolder = Path.Combine(Folder, "not", "yet", "made");
        var (exit, output, error) = CliRun.Run("clickstream", "--spec", WriteSpec(PetabyteClickstream), "--dry-run", "--out", outFolder);
        Assert.True(exit == 0, error);
        Assert.Matches(@"\n  warning: the export needs about [0-9.]+ (PiB|EiB) but only [0-9.]+ [KMGTP]iB is free on the disk of ", output.Replace("\r\n", "\n"));
        Assert.False(Directory.Exists(Path.Combine(Folder, "not")));
        (exit, output, error) = CliRun.Run("mmm", "--preset", "Basic", "--dry-run", "--out", outFolder);
        Assert.True(exit == 0, error);
        Assert.DoesNotContain("warning", output);
    }

    [Fact]
    public void Max_bytes_lowers_and_raises_the_limit()
    {
        string outFolder = Path.Combine(Folder, "basic");
        var (exit, _, error) = CliRun.Run("mmm", "--preset", "Basic", "--out", outFolder, "--max-bytes", "1K");
        Assert.Equal(ExitCodes.UserError, exit);
        Assert.Contains("more than the limit of 1.0 KiB", error);
        Assert.False(Directory.Exists(outFolder));

        (exit, _, error) = CliRun.Run("mmm", "--preset", "Basic", "--out", outFolder, "--max-bytes", "1M");
        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.True(File.Exists(Path.Combine(outFolder, "manifest.json")));
    }

    [Fact]
    public void An_invalid_spec_is_refused_before_its_estimate()
    {
        var (exit, _, error) = CliRun.Run("clickstream", "--spec", WriteSpec("""{ "users": 0 }"""), "--dry-run");
        Assert.Equal(ExitCodes.UserError, exit);
        Assert.Contains("users = 0: must be in [1, 50000000]", error);
    }
}
