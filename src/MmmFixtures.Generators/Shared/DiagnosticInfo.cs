using System.Globalization;

namespace MmmFixtures.Generators;

/// <summary>A diagnostic to report, with its arguments and location as plain values.</summary>
internal sealed record DiagnosticInfo(string Id, EquatableArray<string> Arguments, LocationInfo? Location)
{
    /// <summary>
    /// The diagnostic, located in its syntax tree (found by <paramref name="treeOf"/>), so that <c>#pragma warning disable</c>
    /// and per-file <c>.editorconfig</c> severities reach it; a location outside every tree would escape both.
    /// </summary>
    public Diagnostic ToDiagnostic(Func<string, SyntaxTree?> treeOf) =>
        Diagnostic.Create(Diagnostics.Get(Id), Location?.ToLocation(treeOf) ?? Microsoft.CodeAnalysis.Location.None, Arguments.Cast<object>().ToArray());

    /// <summary>The message as the build prints it, for the exception a broken fixture throws at run time.</summary>
    public string Message =>
        Id + ": " + string.Format(CultureInfo.InvariantCulture, Diagnostics.Get(Id).MessageFormat.ToString(CultureInfo.InvariantCulture), Arguments.Cast<object>().ToArray());
}
