using System.Collections;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace MmmFixtures.Generators.Tests;

/// <summary>Incrementality checks shared by every snapshot test and the caching tests.</summary>
internal static class Caching
{
    /// <summary>Every tracked step of every family, the default seed and the renderer lookup.</summary>
    public static readonly string[] Tracked = FixtureFamilies.All.SelectMany(f => new[] { f.FixturesStep, f.WithSeedStep })
        .Append(DefaultSeed.Step).Append(ReportRenderer.Step).ToArray();

    /// <summary>
    /// <paramref name="driver"/> has run <paramref name="compilation"/> (whose last tree is <see cref="GeneratorHarness.Unrelated"/>):
    /// its step outputs hold no Roslyn objects; a second run, and a run after editing the unrelated file, reuse every tracked step.
    /// </summary>
    public static void AssertIncremental(GeneratorDriver driver, Compilation compilation)
    {
        var first = driver.GetRunResult();
        AssertNoRoslynObjects(first);
        var again = driver.RunGenerators(compilation.Clone()).GetRunResult();
        AssertAllCached(again);
        var unrelated = compilation.SyntaxTrees.Last();
        var edited = compilation.ReplaceSyntaxTree(unrelated, CSharpSyntaxTree.ParseText(
            "namespace Unrelated { public class Other { public int X => 2; public int Y => 3; } }", GeneratorHarness.Parse, path: unrelated.FilePath));
        var afterEdit = driver.RunGenerators(compilation).RunGenerators(edited).GetRunResult();
        AssertAllCached(afterEdit);
        Assert.Equal(first.GeneratedTrees.Select(t => t.ToString()), afterEdit.GeneratedTrees.Select(t => t.ToString()));
    }

    public static void AssertAllCached(GeneratorDriverRunResult result)
    {
        // A family without fixtures in the source has no step runs; the ones that ran must all be reused.
        var steps = result.Results.Single().TrackedSteps;
        Assert.Contains(steps.Keys, name => name.EndsWith(".FixturesWithSeed", StringComparison.Ordinal));
        foreach (string name in Tracked.Where(steps.ContainsKey))
        {
            foreach (var step in steps[name])
                foreach (var output in step.Outputs)
                    Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{name}: {output.Reason}");
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
        Assert.False(value is ISymbol or SyntaxNode or SyntaxToken or Compilation or SemanticModel or Location or AttributeData,
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
