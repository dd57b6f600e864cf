using System.Reflection;
using System.Text.RegularExpressions;

namespace MmmFixtures.DocsTests;

/// <summary>
/// Every C# block of README.md is compiled: the build's catalog is checked against this test's own reading
/// of the README, so a block the extractor missed (a new fence style, an odd indent) fails here.
/// </summary>
public sealed partial class ReadmeCoverageTests
{
    private static readonly string Readme = typeof(ReadmeCoverageTests).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "ReadmePath").Value!;

    [GeneratedRegex(@"^\s*(```|~~~)\s*(csharp|cs|c#)\b(?<rest>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex CSharpFence();

    [Fact]
    public void Every_csharp_block_is_compiled_unless_marked_no_compile()
    {
        string[] lines = File.ReadAllLines(Readme);
        var opened = lines.Select((line, index) => (Match: CSharpFence().Match(line), FirstLine: index + 2))
                          .Where(f => f.Match.Success).ToList();
        int[] expected = opened.Where(f => !f.Match.Groups["rest"].Value.Contains("no-compile")).Select(f => f.FirstLine).ToArray();

        Assert.NotEmpty(expected);
        Assert.Equal(expected, ReadmeBlockCatalog.Compiled.Select(b => b.Line).ToArray());
        Assert.Equal(opened.Count - expected.Length, ReadmeBlockCatalog.Skipped);
    }

    [Fact]
    public void Every_statements_block_has_a_test_that_runs_it()
    {
        Assembly docs = typeof(ReadmeCoverageTests).Assembly;
        foreach (var (line, _) in ReadmeBlockCatalog.Compiled.Where(b => b.Runs))
        {
            Type? wrapper = docs.GetType("ReadmeBlock" + line);
            Assert.NotNull(wrapper);
            Assert.NotNull(wrapper.GetMethod("Runs_as_written")?.GetCustomAttribute<FactAttribute>());
        }
        Assert.Contains(ReadmeBlockCatalog.Compiled, b => b.Runs);
    }
}
