using MmmFixtures.Cli;
using MmmFixtures.Export;
using MmmFixtures.Families;
using MmmFixtures.Validation;

namespace MmmFixtures.Tests.Cli;

/// <summary>Progress goes to a terminal's standard error only, for exports of a second or more, and --quiet turns it off.</summary>
public sealed class ProgressTests : TempFolder
{
    private static readonly ExportResult FourFiles = new("/x", new[]
    {
        new ExportedFile("a.csv", 1_000_000, new string('0', 64), 10), new ExportedFile("b.csv", 1_048_576, new string('0', 64), 10),
        new ExportedFile("c.json", 1_000, new string('0', 64)), new ExportedFile("manifest.json", 48_576, new string('0', 64)),
    }, Array.Empty<ValidationFinding>());

    [Fact]
    public void The_final_line_gives_files_size_and_time()
    {
        Assert.Equal("wrote 4 files, 2.0 MiB in 2.5 s", ExportProgress.FinalLine(4, 2 << 20, TimeSpan.FromSeconds(2.5)));
    }

    [Fact]
    public void An_export_of_a_second_or_more_ends_with_the_final_line()
    {
        var error = new StringWriter();
        using (var progress = ExportProgress.Start(error, "writing", enabled: true)) progress.Finish(FourFiles, TimeSpan.FromSeconds(2.5));
        Assert.Contains("wrote 4 files, 2.0 MiB in 2.5 s", error.ToString());
    }

    [Fact]
    public void A_quick_export_or_a_disabled_progress_writes_no_final_line()
    {
        var error = new StringWriter();
        using (var progress = ExportProgress.Start(error, "writing", enabled: true)) progress.Finish(FourFiles, TimeSpan.FromSeconds(0.5));
        using (var progress = ExportProgress.Start(error, "writing", enabled: false)) progress.Finish(FourFiles, TimeSpan.FromSeconds(5));
        Assert.DoesNotContain("wrote", error.ToString());
    }

    [Theory]
    [InlineData(true, "--quiet")]
    [InlineData(false, null)]
    public void Quiet_or_a_redirected_standard_error_gets_no_progress(bool errorIsTerminal, string? quiet)
    {
        var args = new List<string> { "mmm", "--preset", "Basic", "--out", Path.Combine(Folder, "o") };
        if (quiet is not null) args.Add(quiet);
        var (exit, output, error) = CliRun.Run(DatasetFamilies.BuiltIn, errorIsTerminal, args.ToArray());
        Assert.Equal(0, exit);
        Assert.Contains("Wrote 52 rows", output);
        Assert.Equal("", error);
    }
}
