using System.CommandLine;
using MmmFixtures.Cli;
using MmmFixtures.Families;

namespace MmmFixtures.Tests.Cli;

/// <summary>A run builds only the family commands its arguments reach; what it prints does not depend on that.</summary>
public sealed class LazyCommandTreeTests
{
    private static readonly CliConsole Silent = new(TextWriter.Null, TextWriter.Null, false);

    [Theory]
    [InlineData("--help")]
    [InlineData("--version")]
    [InlineData("presets")]
    [InlineData("mmn", "--preset", "Basic")]
    [InlineData("layouts", "--json")]
    public void A_tree_built_for_the_arguments_parses_and_helps_as_the_whole_tree(params string[] args)
    {
        var (whole, _) = CommandLineApp.Create(DatasetFamilies.BuiltIn, Silent);
        var (reduced, _) = CommandLineApp.Create(DatasetFamilies.BuiltIn, Silent, args);
        Assert.Equal(Listed(whole), Listed(reduced));
        Assert.Equal(RootHelp(whole), RootHelp(reduced));
        var (a, b) = (whole.Parse(args), reduced.Parse(args));
        Assert.Equal(a.CommandResult.Command.Name, b.CommandResult.Command.Name);
        Assert.Equal(a.Errors.Select(e => e.Message), b.Errors.Select(e => e.Message));
    }

    [Fact]
    public void Only_the_family_commands_named_in_the_arguments_are_built()
    {
        var (root, _) = CommandLineApp.Create(DatasetFamilies.BuiltIn, Silent, new[] { "clickstream", "--preset", "Small", "--out", "x" });
        var options = root.Subcommands.ToDictionary(c => c.Name, c => c.Options.Count);
        Assert.True(options["clickstream"] > 0);
        Assert.Equal(0, options["mmm"]);
        Assert.Equal(0, options["commerce"]);
    }

    [Theory]
    [InlineData("[suggest:23]", "clickstream --preset La")]
    [InlineData("@args.rsp")]
    [InlineData("MMM")]
    public void Directives_response_files_and_names_in_any_case_build_the_commands_they_may_reach(params string[] args)
    {
        var (root, _) = CommandLineApp.Create(DatasetFamilies.BuiltIn, Silent, args);
        string reached = args[0] == "MMM" ? "mmm" : "clickstream";
        Assert.True(root.Subcommands.Single(c => c.Name == reached).Options.Count > 0);
    }

    private static string[] Listed(RootCommand root) => root.Subcommands.Select(c => $"{c.Name}: {c.Description}").ToArray();

    private static string RootHelp(RootCommand root)
    {
        var output = new StringWriter();
        root.Parse("--help").Invoke(new InvocationConfiguration { Output = output });
        return output.ToString();
    }
}
