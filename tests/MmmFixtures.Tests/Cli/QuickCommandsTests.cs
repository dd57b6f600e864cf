using MmmFixtures.Cli;
using MmmFixtures.Families;

namespace MmmFixtures.Tests.Cli;

/// <summary>The commands answered without the full parser print exactly what the full parser prints.</summary>
public sealed class QuickCommandsTests : TempFolder
{
    [Theory]
    [InlineData("presets")]
    [InlineData("presets", "--json")]
    public void A_quick_listing_is_the_full_parsers_output(params string[] args)
    {
        var quick = new StringWriter();
        Assert.True(QuickCommands.TryRun(args, quick));
        var (exit, full, error) = CliRun.Run(args);
        Assert.Equal((0, ""), (exit, error));
        Assert.Equal(full, quick.ToString());
    }

    [Fact]
    public void The_written_out_preset_rows_are_the_summaries_computed_from_the_specs()
    {
        // Fails when a preset changes without its row in BuiltInPresetListing: copy the computed row there.
        var computed = DatasetFamilies.BuiltIn.SelectMany(f => f.Presets.Select(p => $"{f.Name} | {p.Name} | {p.Summary}"));
        Assert.Equal(computed, BuiltInPresetListing.Rows.Select(r => string.Join(" | ", r)));
    }

    [Fact]
    public void The_quick_version_is_the_full_parsers_version_of_the_tool()
    {
        // Only the tool as its own process has its version (in-process, System.CommandLine reads the test host's): the
        // full parser is reached through a response file holding --version, which the quick commands do not read.
        string responseFile = Path.Combine(Folder, "version.rsp");
        File.WriteAllText(responseFile, "--version\n");
        string quick = Output("--version"), full = Output("@" + responseFile);
        Assert.Matches(@"^\d+\.\d+\.\d+\S*\n$", quick);
        Assert.Equal(full, quick);
    }

    [Theory]
    [InlineData("presets", "--json", "--json")]
    [InlineData("presets", "extra")]
    [InlineData("--version", "presets")]
    [InlineData("Presets")]
    [InlineData("--help")]
    [InlineData]
    public void Anything_else_goes_to_the_full_parser(params string[] args)
    {
        var output = new StringWriter();
        Assert.False(QuickCommands.TryRun(args, output));
        Assert.Equal("", output.ToString());
    }

    private static string Output(params string[] args)
    {
        using var process = MmmFixtures.Tests.Export.Cli.Start(args);
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        return output;
    }
}
