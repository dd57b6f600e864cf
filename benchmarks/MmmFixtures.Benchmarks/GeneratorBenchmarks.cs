using Basic.Reference.Assemblies;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using MmmFixtures.Generators;

namespace MmmFixtures.Benchmarks;

/// <summary>
/// The generator's cost in a project with 20 fixtures (each 4 channels, a control and an event):
/// a full run, as in a clean build, and a rerun after an unrelated edit, as in the IDE.
/// </summary>
[FastJob]
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private static readonly CSharpParseOptions Parse = new(LanguageVersion.Latest);
    private CSharpCompilation _compilation = null!;
    private CSharpCompilation _edited = null!;
    private GeneratorDriver _warmDriver = null!;

    [GlobalSetup]
    public void Setup()
    {
        var trees = Enumerable.Range(0, 20).Select(i => CSharpSyntaxTree.ParseText($$"""
            using MmmFixtures;
            using MmmFixtures.Mmm;
            namespace Project.Tests;
            [MmmDataset(Seed = {{i}}, Periods = 104, Geos = 3)]
            [Channel("Tv", Pattern = SpendPattern.Seasonal, BaseSpend = 5000, PeakDayOfYear = 330, AdstockAlpha = 0.6, HalfSaturation = 0.5, Beta = 2000)]
            [Channel("Search", Pattern = SpendPattern.LinearTrend, BaseSpend = 3000, SpendTrend = 0.005)]
            [Channel("Social", BaseSpend = 1000, MediaUnit = MediaUnit.Cpm, UnitCost = 6)]
            [Channel("Radio", Pattern = SpendPattern.OnOff, BaseSpend = 800)]
            [Control("Price", BaseValue = 10, Effect = -150)]
            [Event("Sale", Dates = new[] { "2022-11-21" }, Effect = 3000)]
            public partial class Fixture{{i}};
            """, Parse, path: $"Fixture{i}.cs")).ToList();
        trees.Add(CSharpSyntaxTree.ParseText("namespace Project.Tests; public class Other { public int X => 1; }", Parse, path: "Other.cs"));
        _compilation = CSharpCompilation.Create("Project", trees,
            Net100.References.All.Append(MetadataReference.CreateFromFile(typeof(MmmFixtures.Mmm.MmmSpec).Assembly.Location)),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        _edited = _compilation.ReplaceSyntaxTree(trees[^1],
            CSharpSyntaxTree.ParseText("namespace Project.Tests; public class Other { public int X => 2; }", Parse, path: "Other.cs"));
        _warmDriver = NewDriver().RunGenerators(_compilation);
    }

    private static GeneratorDriver NewDriver() =>
        CSharpGeneratorDriver.Create(new[] { new MmmFixtureGenerator().AsSourceGenerator() }, parseOptions: Parse);

    [Benchmark]
    public GeneratorDriver FullRunWith20Fixtures() => NewDriver().RunGenerators(_compilation);

    [Benchmark]
    public GeneratorDriver RerunAfterUnrelatedEdit() => _warmDriver.RunGenerators(_edited);
}
