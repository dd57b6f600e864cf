using System.Collections;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace MmmFixtures.Generators.Tests;

/// <summary>Incrementality: a second run, and a run after an unrelated edit, reuse every step; step outputs hold no Roslyn objects.</summary>
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

    private static readonly string[] Tracked =
        { MmmFixtureGenerator.Steps.Fixtures, MmmFixtureGenerator.Steps.DefaultSeed, MmmFixtureGenerator.Steps.FixturesWithSeed,
          MmmFixtureGenerator.Steps.Clickstreams, MmmFixtureGenerator.Steps.ClickstreamsWithSeed };

    [Fact]
    public void Rerunning_and_an_unrelated_edit_regenerate_nothing()
    {
        var compilation = GeneratorHarness.Compilation(Fixtures, "namespace Demo; public class Other { public int X => 1; }");
        var driver = GeneratorHarness.Driver().RunGenerators(compilation);
        var first = driver.GetRunResult();
        AssertNoRoslynObjects(first);

        var again = driver.RunGenerators(compilation.Clone()).GetRunResult();
        AssertAllCached(again);

        var edited = compilation.ReplaceSyntaxTree(compilation.SyntaxTrees.Last(),
            CSharpSyntaxTree.ParseText("namespace Demo; public class Other { public int X => 2; public int Y => 3; }", new CSharpParseOptions(LanguageVersion.Latest), path: "Fixture1.cs"));
        var afterEdit = driver.RunGenerators(compilation).RunGenerators(edited).GetRunResult();
        AssertAllCached(afterEdit);
        Assert.Equal(first.GeneratedTrees.Select(t => t.ToString()), afterEdit.GeneratedTrees.Select(t => t.ToString()));
    }

    [Fact]
    public void Editing_a_fixture_regenerates_it()
    {
        var compilation = GeneratorHarness.Compilation(Fixtures);
        var driver = GeneratorHarness.Driver().RunGenerators(compilation);
        var edited = compilation.ReplaceSyntaxTree(compilation.SyntaxTrees.First(),
            CSharpSyntaxTree.ParseText(Fixtures.Replace("BaseSpend = 100", "BaseSpend = 200"), new CSharpParseOptions(LanguageVersion.Latest), path: "Fixture0.cs"));
        var result = driver.RunGenerators(edited).GetRunResult();
        var reasons = result.Results.Single().TrackedSteps[MmmFixtureGenerator.Steps.Fixtures].SelectMany(s => s.Outputs).Select(o => o.Reason);
        Assert.Contains(IncrementalStepRunReason.Modified, reasons);
    }

    private static void AssertAllCached(GeneratorDriverRunResult result)
    {
        var steps = result.Results.Single().TrackedSteps;
        foreach (string name in Tracked)
        {
            Assert.True(steps.ContainsKey(name), $"step {name} was not tracked");
            foreach (var step in steps[name])
                foreach (var output in step.Outputs)
                    Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                        $"{name}: {output.Reason}");
        }
    }

    private static void AssertNoRoslynObjects(GeneratorDriverRunResult result)
    {
        foreach (var (name, steps) in result.Results.Single().TrackedSteps.Where(s => Tracked.Contains(s.Key)))
            foreach (var step in steps)
                foreach (var output in step.Outputs)
                    AssertPlain(output.Value, name, 0);
    }

    // Walks the value's fields: nothing may be a symbol, syntax, compilation or location, which would pin
    // whole compilations in memory and defeat caching.
    private static void AssertPlain(object? value, string step, int depth)
    {
        if (value is null || depth > 8 || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum) return;
        Assert.False(value is ISymbol or SyntaxNode or Compilation or SemanticModel or Location,
            $"step {step} holds a {value.GetType().Name}");
        if (value is IEnumerable sequence)
        {
            foreach (object? item in sequence) AssertPlain(item, step, depth + 1);
            return;
        }
        foreach (var field in value.GetType().GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
            AssertPlain(field.GetValue(value), step, depth + 1);
    }
}
