using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace MmmFixtures.Generators;

/// <summary>
/// Reports the problems of [MmmDataset] and [ClickstreamDataset] classes (MMMF001–MMMF011 but 008) on the offending class or
/// attribute argument. An analyzer rather than the generator, because the compiler applies
/// <c>#pragma warning disable</c> and <c>.editorconfig</c> severities to analyzer diagnostics only.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MmmFixturesAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Diagnostics.ClassNotPartial, Diagnostics.UnsupportedContainer, Diagnostics.DuplicateName, Diagnostics.InvalidName,
        Diagnostics.OutOfRange, Diagnostics.BadDate, Diagnostics.PresetWithEntities, Diagnostics.CustomPatternInAttribute,
        Diagnostics.SharesNotOne, Diagnostics.ImpossibleFunnel);

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
        var dataset = symbol.GetAttributes().FirstOrDefault(a => a.AttributeClass?.ToDisplayString() is "MmmFixtures.MmmDatasetAttribute" or "MmmFixtures.ClickstreamDatasetAttribute");
        if (dataset is null) return;
        var syntax = symbol.DeclaringSyntaxReferences.Select(r => r.GetSyntax(context.CancellationToken)).OfType<ClassDeclarationSyntax>()
            .FirstOrDefault(c => c.AttributeLists.SelectMany(l => l.Attributes).Any(a => a.SyntaxTree == dataset.ApplicationSyntaxReference?.SyntaxTree
                && a.Span == dataset.ApplicationSyntaxReference.Span));
        if (syntax is null) return;
        var found = dataset.AttributeClass!.Name == "MmmDatasetAttribute"
            ? FixtureModelBuilder.Build(symbol, syntax, dataset, context.CancellationToken).Diagnostics
            : ClickstreamModelBuilder.Build(symbol, syntax, dataset, context.CancellationToken).Diagnostics;
        foreach (var diagnostic in found) context.ReportDiagnostic(diagnostic.ToDiagnostic());
    }
}
