using System.Reflection;
using Microsoft.CodeAnalysis;

namespace MmmFixtures.Generators.Tests;

/// <summary>The diagnostic table: lookups are strict, every id has a README anchor, and the analyzer declares what it reports.</summary>
public class DiagnosticsTests
{
    [Fact]
    public void An_unknown_id_throws_instead_of_falling_back()
    {
        Assert.Throws<ArgumentException>(() => Diagnostics.Get("MMMF999"));
        Assert.Equal("MMMF005", Diagnostics.Get("MMMF005").Id);
    }

    [Fact]
    public void Ids_are_a_gapless_sequence_each_linked_to_its_documented_section()
    {
        var all = Diagnostics.All.ToList();
        Assert.Equal(Enumerable.Range(1, all.Count).Select(i => $"MMMF{i:000}"), all.Select(d => d.Id));
        Assert.All(all, d => Assert.Equal($"https://github.com/mmmfixtures/mmmfixtures/blob/main/docs/diagnostics.md#{d.Id.ToLowerInvariant()}", d.HelpLinkUri));
        // Each link's section exists: a heading that is just the id (GitHub's anchor is the id in lower case), and README's table names it.
        string repository = Path.GetFullPath(Path.Combine(typeof(DiagnosticsTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "ProjectDirectory").Value!, "..", ".."));
        var headings = File.ReadLines(Path.Combine(repository, "docs", "diagnostics.md")).Where(l => l.StartsWith("## ", StringComparison.Ordinal)).Select(l => l[3..]);
        Assert.Equal(all.Select(d => d.Id), headings);
        string readme = File.ReadAllText(Path.Combine(repository, "README.md"));
        Assert.All(all, d => Assert.Contains($"| {d.Id} |", readme));
        Assert.All(all, d => Assert.Equal("MmmFixtures", d.Category));
    }

    [Fact]
    public void The_analyzer_supports_every_id_but_the_project_level_seed_warning()
    {
        var supported = new MmmFixturesAnalyzer().SupportedDiagnostics.Select(d => d.Id);
        Assert.Equal(Diagnostics.All.Select(d => d.Id).Where(id => id != "MMMF008"), supported);
    }
}
