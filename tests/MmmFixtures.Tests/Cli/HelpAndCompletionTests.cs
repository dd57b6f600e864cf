using MmmFixtures.Cli;
using MmmFixtures.Families;

namespace MmmFixtures.Tests.Cli;

/// <summary>Help names the program mmmfixtures and shows examples; preset names complete.</summary>
public sealed class HelpAndCompletionTests
{
    [Fact]
    public void Root_help_names_the_program_and_shows_examples()
    {
        var (exit, output, _) = CliRun.Run("--help");
        Assert.Equal(0, exit);
        Assert.Contains("Usage:\n  mmmfixtures [command] [options]\n", output.Replace("\r\n", "\n"));
        Assert.DoesNotContain("MmmFixtures.Cli", output);
        Assert.DoesNotContain("testhost", output);
        Assert.Contains("Examples:\n  mmmfixtures presets\n", output.Replace("\r\n", "\n"));
    }

    [Theory]
    [InlineData("mmm", "mmmfixtures mmm --preset Basic --out")]
    [InlineData("clickstream", "mmmfixtures clickstream --preset Small --out")]
    [InlineData("commerce", "mmmfixtures commerce --preset Default --out")]
    [InlineData("presets", "mmmfixtures presets --json")]
    public void Every_command_help_names_the_program_and_shows_examples(string command, string example)
    {
        var (exit, output, _) = CliRun.Run(command, "--help");
        Assert.Equal(0, exit);
        string text = output.Replace("\r\n", "\n");
        Assert.Contains($"Usage:\n  mmmfixtures {command} [options]\n", text);
        Assert.Contains("Examples:\n", text);
        Assert.Contains(example, text);
    }

    [Fact]
    public void Help_wins_over_a_bad_value()
    {
        var (exit, output, error) = CliRun.Run("mmm", "--seed", "abc", "--help");
        Assert.Equal(0, exit);
        Assert.Contains("Usage:", output);
        Assert.Equal("", error);
    }

    [Theory]
    [InlineData("mmm --preset ", new[] { "Basic", "Collinear", "GrowingBusiness", "LargeBusiness", "LongCarryover", "LowSignal", "MediumBusiness", "MultiRegion",
        "NeverSpends", "Saturated", "Seasonal", "SeasonalConfounding", "ShortHistory", "SmallBusiness", "WrongSignal" })]
    [InlineData("mmm --preset Se", new[] { "Seasonal", "SeasonalConfounding" })]
    [InlineData("clickstream --preset ", new[] { "Default", "Large", "Small" })]
    [InlineData("commerce --preset ", new[] { "Default", "Large", "Small" })]
    public void Preset_names_complete_from_the_descriptors(string line, string[] expected)
    {
        var (root, _) = CommandLineApp.Create(DatasetFamilies.BuiltIn, new CliConsole(TextWriter.Null, TextWriter.Null, false));
        var completions = root.Parse(line).GetCompletions().Select(c => c.Label);
        Assert.Equal(expected, completions.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_suggest_directive_lists_the_matching_presets()
    {
        string line = "clickstream --preset La";
        var (exit, output, _) = CliRun.Run($"[suggest:{line.Length}]", line);
        Assert.Equal(0, exit);
        Assert.Equal("Large", output.Trim());
    }
}
