using System.Globalization;

namespace MmmFixtures.Generators;

/// <summary>The <c>MmmFixturesDefaultSeed</c> MSBuild property: the seed of every fixture that sets none.</summary>
internal static class DefaultSeed
{
    /// <summary>Tracking name of the step that reads the property.</summary>
    public const string Step = "DefaultSeed";

    /// <summary>The property's text, reported once per project when it is not a seed.</summary>
    public static IncrementalValueProvider<string?> Register(IncrementalGeneratorInitializationContext context)
    {
        var text = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => options.GlobalOptions.TryGetValue("build_property.MmmFixturesDefaultSeed", out var value) ? value : null)
            .WithTrackingName(Step);
        context.RegisterSourceOutput(text, static (spc, seedText) =>
        {
            if (!string.IsNullOrWhiteSpace(seedText) && Parse(seedText) is null)
                spc.ReportDiagnostic(Diagnostic.Create(Diagnostics.BadDefaultSeed, Location.None, seedText));
        });
        return text;
    }

    public static ulong? Parse(string? text) =>
        text is not null && ulong.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out ulong seed) ? seed : null;
}
