using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace MmmFixtures.Generators.Tests;

/// <summary>The commerce family's pipeline is incremental: a rerun and an unrelated edit reuse every step; editing a tenant regenerates its fixture only.</summary>
public class CommerceCachingTests
{
    private const string Fixtures = """
        using MmmFixtures;
        using MmmFixtures.Commerce;
        namespace Demo;
        [CommerceDataset(Days = 30)]
        [Tenant("Fashion", BaseRevenue = 5_000)]
        public partial class A;
        [CommerceDataset(Preset = CommercePreset.Small)]
        public partial class B;
        """;

    [Fact]
    public void Rerunning_and_an_unrelated_edit_regenerate_nothing()
    {
        var compilation = GeneratorHarness.Compilation(Fixtures, GeneratorHarness.Unrelated);
        var driver = GeneratorHarness.Driver().RunGenerators(compilation);
        Assert.Equal(2, driver.GetRunResult().GeneratedTrees.Length);
        Caching.AssertIncremental(driver, compilation);
    }

    [Fact]
    public void Editing_a_tenant_regenerates_its_fixture_and_leaves_the_other_cached()
    {
        var compilation = GeneratorHarness.Compilation(Fixtures);
        var driver = GeneratorHarness.Driver().RunGenerators(compilation);
        var edited = compilation.ReplaceSyntaxTree(compilation.SyntaxTrees.First(),
            CSharpSyntaxTree.ParseText(Fixtures.Replace("BaseRevenue = 5_000", "BaseRevenue = 6_000"), GeneratorHarness.Parse, path: "Fixture0.cs"));
        var result = driver.RunGenerators(edited).GetRunResult();
        var reasons = result.Results.Single().TrackedSteps[CommerceFamily.Registration.FixturesStep].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        Assert.Equal(new[] { IncrementalStepRunReason.Modified, IncrementalStepRunReason.Unchanged }, reasons);
        Assert.Contains("BaseRevenue = 6000d", result.GeneratedTrees.Single(t => t.FilePath.EndsWith("Demo.A.g.cs")).ToString());
    }
}
