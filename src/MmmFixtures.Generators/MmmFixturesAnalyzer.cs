using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace MmmFixtures.Generators;

/// <summary>
/// Reports the problems of [MmmDataset] classes (MMMF001–MMMF007, MMMF009) on the offending class or
/// attribute argument. An analyzer rather than the generator, because the compiler applies
/// <c>#pragma warning disable</c> and <c>.editorconfig</c> severities to analyzer diagnostics only.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MmmFixturesAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Diagnostics.ClassNotPartial, Diagnostics.UnsupportedContainer, Diagnostics.DuplicateName, Diagnostics.InvalidName,
        Diagnostics.OutOfRange, Diagnostics.BadDate, Diagnostics.PresetWithEntities, Diagnostics.CustomPatternInAttribute);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterSymbolAction(AnalyzeType, SymbolKind.NamedType);
    }

    private static void AnalyzeType(SymbolAnalysisContext context)
    {
        var symbol = (INamedTypeSymbol)context.Symbol;
        var dataset = symbol.GetAttributes().FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == "MmmFixtures.MmmDatasetAttribute");
        if (dataset is null) return;
        var syntax = symbol.DeclaringSyntaxReferences.Select(r => r.GetSyntax(context.CancellationToken)).OfType<ClassDeclarationSyntax>()
            .FirstOrDefault(c => c.AttributeLists.SelectMany(l => l.Attributes).Any(a => a.SyntaxTree == dataset.ApplicationSyntaxReference?.SyntaxTree
                && a.Span == dataset.ApplicationSyntaxReference.Span));
        if (syntax is null) return;
        foreach (var diagnostic in FixtureModelBuilder.Build(symbol, syntax, dataset, context.CancellationToken).Diagnostics)
            context.ReportDiagnostic(diagnostic.ToDiagnostic());
    }
}
