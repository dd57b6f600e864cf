using System.CommandLine;
using MmmFixtures.Cli;
using MmmFixtures.Export;
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
        var (quick, quickError) = (new StringWriter(), new StringWriter());
        Assert.True(QuickCommands.TryRun(args, new CliConsole(quick, quickError, false), out int quickExit));
        var (exit, full, error) = CliRun.Run(args);
        Assert.Equal((0, ""), (exit, error));
        Assert.Equal((0, ""), (quickExit, quickError.ToString()));
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
    [InlineData("mmm", "--help")]
    [InlineData("MMM", "--preset", "Basic")]
    [InlineData("mmm", "--preset")]
    [InlineData("mmm", "--preset", "Basic", "--preset", "Seasonal")]
    [InlineData("mmm", "--quiet", "--quiet")]
    [InlineData("mmm", "--preset=Basic")]
    [InlineData("mmm", "--preset", "Basic", "extra")]
    [InlineData("mmm", "--out", "--quiet")]
    [InlineData("mmm", "--out", "-o")]
    [InlineData("mmm", "--out", "")]
    [InlineData("mmm", "--out", "@args.rsp")]
    [InlineData("mmm", "--out", "/?")]
    [InlineData("mmm", "--out", "presets")]
    [InlineData("mmm", "--out", "Clickstream")]
    [InlineData("mmm", "--seed", "-1")]
    [InlineData("mmm", "--seed", "+1")]
    [InlineData("mmm", "--seed", "1e3")]
    [InlineData("mmm", "--seed", "18446744073709551616")]
    [InlineData("mmm", "--threads", "0")]
    [InlineData("mmm", "--threads", "1025")]
    [InlineData("mmm", "--format", "csv")]
    [InlineData("mmm", "--layout", "meridian")]
    [InlineData("mmm", "--preset", "Basic", "--", "x")]
    public void Anything_else_goes_to_the_full_parser(params string[] args)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        Assert.False(QuickCommands.TryRun(args, new CliConsole(output, error, false), out _));
        Assert.Equal(("", ""), (output.ToString(), error.ToString()));
    }

    [Fact]
    public void A_quick_family_command_line_is_the_request_the_full_parser_makes()
    {
        // Random orders and subsets of everything the quick path reads, values included that look unusual but are plain.
        var random = new Random(21);
        var pieces = new[]
        {
            new[] { "--preset", "Basic" }, new[] { "--preset", "basic" }, new[] { "--spec", "spec.json" }, new[] { "--spec", "/h/x" },
            new[] { "--seed", "0" }, new[] { "--seed", "18446744073709551615" }, new[] { "--seed", "007" }, new[] { "--out", "out dir" },
            new[] { "--out", "/tmp/a=b" }, new[] { "--out", "x:y" }, new[] { "--out", "./d" }, new[] { "--threads", "1" },
            new[] { "--threads", "+4" }, new[] { "--threads", "1024" }, new[] { "--quiet" }, new[] { "--print-spec" }, new[] { "--dry-run" },
        };
        foreach (var family in DatasetFamilies.BuiltIn)
            for (int trial = 0; trial < 200; trial++)
            {
                var chosen = pieces.Where(_ => random.Next(3) == 0).OrderBy(_ => random.Next()).GroupBy(p => p[0]).Select(g => g.First());
                string[] args = chosen.SelectMany(p => p).Prepend(family.Name).ToArray();
                var quick = QuickCommands.FamilyRequest(args, DatasetFamilies.BuiltIn);
                Assert.NotNull(quick);
                Assert.Same(family, quick.Value.Family);
                Assert.Equal(Normalised(FullRequest(family, args)), Normalised(quick.Value.Request));
            }
    }

    [Fact]
    public void A_quick_family_command_refuses_in_the_full_parsers_words()
    {
        string[] args = { "mmm", "--preset", "Huge", "--out", Path.Combine(Folder, "x") };
        var (output, error) = (new StringWriter(), new StringWriter());
        Assert.True(QuickCommands.TryRun(args, new CliConsole(output, error, false), out int exit));
        Assert.Equal(CliRun.Run(args), (exit, output.ToString(), error.ToString()));
        Assert.Equal(2, exit);
    }

    [Fact]
    public void A_quick_export_writes_what_the_full_parser_writes()
    {
        string quickFolder = Path.Combine(Folder, "quick"), fullFolder = Path.Combine(Folder, "full");
        var (output, error) = (new StringWriter(), new StringWriter());
        Assert.True(QuickCommands.TryRun(new[] { "mmm", "--preset", "Basic", "--quiet", "--out", quickFolder }, new CliConsole(output, error, false), out int exit));
        Assert.Equal((0, ""), (exit, error.ToString()));
        Assert.Equal(0, CliRun.Run("mmm", "--preset", "Basic", "--quiet", "--out", fullFolder).Exit);
        var files = Directory.GetFiles(fullFolder).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(files, Directory.GetFiles(quickFolder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        foreach (string file in files!)
            Assert.Equal(HashingStream.Sha256Of(Path.Combine(fullFolder, file!)), HashingStream.Sha256Of(Path.Combine(quickFolder, file!)));
    }

    private static FamilyCommand.Request FullRequest(IDatasetFamily family, string[] args)
    {
        FamilyCommand.Request? parsed = null;
        var root = new RootCommand { FamilyCommand.Create(family, new HelpText(), request => { parsed = request; return 0; }) };
        var result = root.Parse(args);
        Assert.Empty(result.Errors);
        Assert.Equal(0, result.Invoke());
        return parsed!;
    }

    // Records compare arrays by reference: the layouts (none on a quick command line) are compared by content.
    private static FamilyCommand.Request Normalised(FamilyCommand.Request request)
    {
        Assert.Empty(request.Layouts);
        return request with { Layouts = Array.Empty<string>() };
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
