namespace MmmFixtures.Generators;

/// <summary>
/// Whether the project references the <c>MmmFixtures.Reports</c> renderer: only then does a fixture get
/// <c>WriteReport(folder)</c>, so the core package needs no graphics library and a project without the renderer
/// sees no member it cannot call.
/// </summary>
internal static class ReportRenderer
{
    /// <summary>Tracking name of the step that looks for the renderer.</summary>
    public const string Step = "ReportRenderer";

    /// <summary>The renderer's entry point, looked up by metadata name.</summary>
    public const string TypeName = "MmmFixtures.Reports.HtmlReport";

    /// <summary>True when the compilation can see <see cref="TypeName"/> (a bool, so edits elsewhere leave the fixtures cached).</summary>
    public static IncrementalValueProvider<bool> Register(IncrementalGeneratorInitializationContext context) =>
        context.CompilationProvider
            .Select(static (compilation, _) => compilation.GetTypeByMetadataName(TypeName) is not null)
            .WithTrackingName(Step);
}
