using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace MmmFixtures.Generators;

/// <summary>
/// Turns every class marked <c>[MmmDataset]</c> into a typed fixture. The pipeline carries only equatable
/// models, so editing unrelated code regenerates nothing; each step has a tracking name for the caching tests.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class MmmFixtureGenerator : IIncrementalGenerator
{
    /// <summary>Tracking names of the pipeline's steps.</summary>
    public static class Steps
    {
        /// <summary>One model per fixture class.</summary>
        public const string Fixtures = "Fixtures";
        /// <summary>The MmmFixturesDefaultSeed MSBuild property.</summary>
        public const string DefaultSeed = "DefaultSeed";
        /// <summary>Fixtures paired with the default seed.</summary>
        public const string FixturesWithSeed = "FixturesWithSeed";
        /// <summary>One model per clickstream fixture class.</summary>
        public const string Clickstreams = "Clickstreams";
        /// <summary>Clickstream fixtures paired with the default seed.</summary>
        public const string ClickstreamsWithSeed = "ClickstreamsWithSeed";
    }

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var fixtures = context.SyntaxProvider.ForAttributeWithMetadataName(
                "MmmFixtures.MmmDatasetAttribute",
                static (node, _) => node is ClassDeclarationSyntax,
                static (ctx, ct) => FixtureModelBuilder.Build(ctx, ct))
            .WithTrackingName(Steps.Fixtures);

        var defaultSeed = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => options.GlobalOptions.TryGetValue("build_property.MmmFixturesDefaultSeed", out var value) ? value : null)
            .WithTrackingName(Steps.DefaultSeed);

        // A bad MmmFixturesDefaultSeed is reported once per project, not once per fixture.
        context.RegisterSourceOutput(defaultSeed, static (spc, seedText) =>
        {
            if (!string.IsNullOrWhiteSpace(seedText) && ParseSeed(seedText) is null)
                spc.ReportDiagnostic(Diagnostic.Create(Diagnostics.BadDefaultSeed, Location.None, seedText));
        });

        var clickstreams = context.SyntaxProvider.ForAttributeWithMetadataName(
                "MmmFixtures.ClickstreamDatasetAttribute",
                static (node, _) => node is ClassDeclarationSyntax,
                static (ctx, ct) => ClickstreamModelBuilder.Build(ctx, ct))
            .WithTrackingName(Steps.Clickstreams);
        context.RegisterSourceOutput(clickstreams.Combine(defaultSeed).WithTrackingName(Steps.ClickstreamsWithSeed), static (spc, pair) =>
        {
            var (model, seedText) = pair;
            if (model.Diagnostics.Any(d => Diagnostics.IsStructural(d.Id))) return;
            spc.AddSource(model.HintName, SourceText.From(ClickstreamFixtureEmitter.Emit(model, ParseSeed(seedText)), System.Text.Encoding.UTF8));
        });

        var combined = fixtures.Combine(defaultSeed).WithTrackingName(Steps.FixturesWithSeed);
        context.RegisterSourceOutput(combined, static (spc, pair) =>
        {
            var (model, seedText) = pair;
            // The diagnostics themselves come from MmmFixturesAnalyzer, where #pragma and .editorconfig reach them
            // (the compiler does not apply suppressions to generator diagnostics).
            bool structural = false;
            foreach (var diagnostic in model.Diagnostics) structural |= Diagnostics.IsStructural(diagnostic.Id);
            ulong? seed = ParseSeed(seedText);
            // A class whose shape or names are wrong gets no members: the one clear error beats a cascade of
            // compile errors. Value errors still generate (the bad setting is left out, and the runtime
            // validator rejects the spec too), so suppressing one never breaks the build.
            if (structural) return;
            spc.AddSource(model.HintName, SourceText.From(FixtureEmitter.Emit(model, seed), System.Text.Encoding.UTF8));
        });
    }

    private static ulong? ParseSeed(string? text) =>
        text is not null && ulong.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out ulong seed) ? seed : null;
}
