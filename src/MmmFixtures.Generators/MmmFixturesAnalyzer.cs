using System.Collections.Immutable;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace MmmFixtures.Generators;

/// <summary>
/// Reports the problems of every family's fixture classes on the offending class or attribute argument, by
/// running each family's model builder. An analyzer rather than the generator, because the compiler applies
/// <c>#pragma warning disable</c> and <c>.editorconfig</c> severities to analyzer diagnostics only.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MmmFixturesAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        Diagnostics.All.Where(d => d.Id != Diagnostics.BadDefaultSeed.Id).ToImmutableArray();

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
        foreach (var attribute in symbol.GetAttributes())
        {
            var family = FixtureFamilies.All.FirstOrDefault(f => f.AttributeName == attribute.AttributeClass?.ToDisplayString());
            var reference = attribute.ApplicationSyntaxReference;
            if (family is null || reference is null) continue;
            // The declaration that carries this attribute (a partial class may have several).
            var syntax = reference.GetSyntax(context.CancellationToken).FirstAncestorOrSelf<ClassDeclarationSyntax>();
            if (syntax is null) continue;
            SyntaxTree? TreeOf(string path) => syntax.SyntaxTree.FilePath == path
                ? syntax.SyntaxTree
                : context.Compilation.SyntaxTrees.FirstOrDefault(t => t.FilePath == path);
            foreach (var diagnostic in family.Build(symbol, syntax, attribute, context.CancellationToken).Diagnostics)
                context.ReportDiagnostic(diagnostic.ToDiagnostic(TreeOf));
        }
    }
}
