using System.Collections.Immutable;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace MmmFixtures.Generators.Tests;

/// <summary>Runs the generator over source text against real .NET 10 reference assemblies and the runtime library.</summary>
internal static class GeneratorHarness
{
    private static readonly CSharpParseOptions Parse = new(LanguageVersion.Latest);

    public static CSharpCompilation Compilation(params string[] sources) =>
        CSharpCompilation.Create("Fixtures",
            sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, Parse, path: $"Fixture{i}.cs")),
            Net100.References.All.Append(MetadataReference.CreateFromFile(typeof(MmmFixtures.Mmm.MmmSpec).Assembly.Location)),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable)
                // As the .NET SDK does for every project: reference-version unification is not a problem.
                .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic> { ["CS1701"] = ReportDiagnostic.Suppress, ["CS1702"] = ReportDiagnostic.Suppress }));

    public static GeneratorDriver Driver(string? defaultSeed = null) =>
        CSharpGeneratorDriver.Create(
            new[] { new MmmFixtureGenerator().AsSourceGenerator() },
            parseOptions: Parse,
            optionsProvider: new GlobalOptionsProvider(defaultSeed),
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    public static (GeneratorDriverRunResult Result, Compilation Output, ImmutableArray<Diagnostic> Diagnostics) Run(string source, string? defaultSeed = null)
    {
        var driver = Driver(defaultSeed).RunGeneratorsAndUpdateCompilation(Compilation(source), out var output, out var diagnostics);
        return (driver.GetRunResult(), output, diagnostics);
    }

    /// <summary>The analyzer's diagnostics after the compiler's suppressions (#pragma, diagnostic options), as a build reports them.</summary>
    public static async Task<ImmutableArray<Diagnostic>> AnalyzerDiagnostics(Compilation compilation) =>
        await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new MmmFixturesAnalyzer())).GetAnalyzerDiagnosticsAsync();

    /// <summary>The MSBuild properties the compiler would pass (<c>build_property.*</c>).</summary>
    private sealed class GlobalOptionsProvider(string? defaultSeed) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(defaultSeed);
        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Options(null);
        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => new Options(null);

        private sealed class Options(string? defaultSeed) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, out string value)
            {
                value = defaultSeed ?? "";
                return key == "build_property.MmmFixturesDefaultSeed" && defaultSeed is not null;
            }
        }
    }
}
