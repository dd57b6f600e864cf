using System.Globalization;

namespace MmmFixtures.Generators;

/// <summary>A diagnostic to report, with its arguments and location as plain values.</summary>
internal sealed record DiagnosticInfo(string Id, EquatableArray<string> Arguments, LocationInfo? Location)
{
    public Diagnostic ToDiagnostic() =>
        Diagnostic.Create(Diagnostics.Get(Id), Location?.ToLocation() ?? Microsoft.CodeAnalysis.Location.None, Arguments.Cast<object>().ToArray());

    /// <summary>The message as the build prints it, for the exception a broken fixture throws at run time.</summary>
    public string Message =>
        Id + ": " + string.Format(CultureInfo.InvariantCulture, Diagnostics.Get(Id).MessageFormat.ToString(CultureInfo.InvariantCulture), Arguments.Cast<object>().ToArray());
}
