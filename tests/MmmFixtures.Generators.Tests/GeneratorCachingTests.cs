using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace MmmFixtures.Generators.Tests;

/// <summary>Incrementality over several families at once; editing a fixture regenerates it (every snapshot test also checks caching).</summary>
public class GeneratorCachingTests
{
    private const string Fixtures = """
        using MmmFixtures;
        namespace Demo;
        [MmmDataset(Seed = 1, Periods = 10)]
        [Channel("Tv", BaseSpend = 100)]
        public partial class A;
        [MmmDataset(Preset = MmmFixtures.Mmm.MmmPreset.Basic)]
        public partial class B;
        [ClickstreamDataset(Users = 10)]
        [Persona("Only", Share = 1)]
        public partial class C;
        """;

    [Fact]
    public void Rerunning_and_an_unrelated_edit_regenerate_nothing()
    {
        var compilation = GeneratorHarness.Compilation(Fixtures, GeneratorHarness.Unrelated);
        var driver = GeneratorHarness.Driver().RunGenerators(compilation);
        Assert.Equal(3, driver.GetRunResult().GeneratedTrees.Length);
        Caching.AssertIncremental(driver, compilation);
    }

    [Fact]
    public void Editing_a_fixture_regenerates_it()
    {
        var compilation = GeneratorHarness.Compilation(Fixtures);
        var driver = GeneratorHarness.Driver().RunGenerators(compilation);
        var edited = compilation.ReplaceSyntaxTree(compilation.SyntaxTrees.First(),
            CSharpSyntaxTree.ParseText(Fixtures.Replace("BaseSpend = 100", "BaseSpend = 200"), GeneratorHarness.Parse, path: "Fixture0.cs"));
        var result = driver.RunGenerators(edited).GetRunResult();
        var reasons = result.Results.Single().TrackedSteps[MmmFamily.Registration.FixturesStep].SelectMany(s => s.Outputs).Select(o => o.Reason);
        Assert.Contains(IncrementalStepRunReason.Modified, reasons);
        Assert.Contains("200d", result.GeneratedTrees.Single(t => t.FilePath.EndsWith("Demo.A.g.cs")).ToString());
    }
}
