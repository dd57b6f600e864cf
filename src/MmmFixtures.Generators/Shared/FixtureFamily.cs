using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace MmmFixtures.Generators;

/// <summary>What the generator and the analyzer need of a family, whatever its model type.</summary>
internal interface IFixtureFamily
{
    /// <summary>The family's name, prefixing its tracking names (<c>Mmm</c>, <c>Clickstream</c>).</summary>
    string Name { get; }

    /// <summary>The dataset attribute's metadata name, e.g. <c>MmmFixtures.MmmDatasetAttribute</c>.</summary>
    string AttributeName { get; }

    /// <summary>Tracking name of the step that reads each fixture class into a model.</summary>
    string FixturesStep { get; }

    /// <summary>Tracking name of the step that pairs each model with the default seed.</summary>
    string WithSeedStep { get; }

    /// <summary>Reads a class carrying the dataset attribute (the analyzer reports the model's diagnostics).</summary>
    FixtureModel Build(INamedTypeSymbol symbol, ClassDeclarationSyntax syntax, AttributeData dataset, CancellationToken cancellationToken);

    /// <summary>Adds the family's pipeline to the generator; <paramref name="reports"/> says whether the project references the report renderer.</summary>
    void Register(IncrementalGeneratorInitializationContext context, IncrementalValueProvider<string?> defaultSeed, IncrementalValueProvider<bool> reports);
}

/// <summary>
/// One family's registration: its dataset attribute, its model builder and its emitter. The generator and the
/// analyzer loop over <see cref="FixtureFamilies.All"/>, so a family is a folder plus one line there.
/// </summary>
internal sealed class FixtureFamily<TModel> : IFixtureFamily where TModel : FixtureModel
{
    private readonly Func<FixtureReader, AttributeData, TModel> _build;
    private readonly FixtureEmitter<TModel> _emitter;

    public FixtureFamily(string name, string attributeName, Func<FixtureReader, AttributeData, TModel> build, FixtureEmitter<TModel> emitter)
    {
        Name = name;
        AttributeName = attributeName;
        _build = build;
        _emitter = emitter;
    }

    public string Name { get; }

    public string AttributeName { get; }

    public string FixturesStep => Name + ".Fixtures";

    public string WithSeedStep => Name + ".FixturesWithSeed";

    public FixtureModel Build(INamedTypeSymbol symbol, ClassDeclarationSyntax syntax, AttributeData dataset, CancellationToken cancellationToken) =>
        BuildModel(symbol, syntax, dataset, cancellationToken);

    public void Register(IncrementalGeneratorInitializationContext context, IncrementalValueProvider<string?> defaultSeed, IncrementalValueProvider<bool> reports)
    {
        var fixtures = context.SyntaxProvider.ForAttributeWithMetadataName(
                AttributeName,
                static (node, _) => node is ClassDeclarationSyntax,
                (ctx, ct) => BuildModel((INamedTypeSymbol)ctx.TargetSymbol, (ClassDeclarationSyntax)ctx.TargetNode, ctx.Attributes[0], ct))
            .WithTrackingName(FixturesStep);
        // The diagnostics themselves come from MmmFixturesAnalyzer, where #pragma and .editorconfig reach them
        // (the compiler does not apply suppressions to generator diagnostics).
        context.RegisterSourceOutput(fixtures.Combine(defaultSeed.Combine(reports)).WithTrackingName(WithSeedStep), (spc, pair) =>
        {
            var (model, (seedText, withReport)) = pair;
            if (model.CanEmit)
                spc.AddSource(model.Shape.HintName, SourceText.From(_emitter.Emit(model, DefaultSeed.Parse(seedText), withReport), Encoding.UTF8));
        });
    }

    private TModel BuildModel(INamedTypeSymbol symbol, ClassDeclarationSyntax syntax, AttributeData dataset, CancellationToken cancellationToken) =>
        _build(new FixtureReader(symbol, syntax, dataset, cancellationToken), dataset);
}
