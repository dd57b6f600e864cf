using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace MmmFixtures.Generators;

/// <summary>
/// Everything the emitter needs about one fixture class, as plain equatable values (no symbols, syntax
/// or locations), so an edit elsewhere leaves the pipeline's cached output untouched.
/// </summary>
internal sealed record FixtureModel(
    string HintName,
    string? Namespace,
    EquatableArray<ContainingTypeModel> ContainingTypes,
    string ClassName,
    string? Preset,
    bool SeedIsSet,
    EquatableArray<Assignment> Dataset,
    EquatableArray<EntityModel> Channels,
    EquatableArray<EntityModel> Controls,
    EquatableArray<EntityModel> Events,
    EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>A type that encloses the fixture class: its keyword (class, struct, record) and name.</summary>
internal sealed record ContainingTypeModel(string Keyword, string Name);

/// <summary>A declared channel, control or event with its attribute's explicit settings.</summary>
internal sealed record EntityModel(string Name, EquatableArray<Assignment> Assignments);

/// <summary>One spec property to set: <c>{Group}.{Property} = {Literal}</c> (Group empty for the entity itself).</summary>
internal sealed record Assignment(string Group, string Property, string Literal);

/// <summary>A diagnostic to report, with its location as plain values.</summary>
internal sealed record DiagnosticInfo(string Id, EquatableArray<string> Arguments, LocationInfo? Location)
{
    public Diagnostic ToDiagnostic() =>
        Diagnostic.Create(Diagnostics.ById(Id), Location?.ToLocation() ?? Microsoft.CodeAnalysis.Location.None, Arguments.ToArrayOfObjects());
}

/// <summary>A source location as plain values.</summary>
internal sealed record LocationInfo(string FilePath, TextSpan Span, LinePositionSpan LineSpan)
{
    public Location ToLocation() => Microsoft.CodeAnalysis.Location.Create(FilePath, Span, LineSpan);

    public static LocationInfo? From(SyntaxNode? node) => node is null ? null : From(node.GetLocation());

    public static LocationInfo? From(SyntaxToken token) => From(token.GetLocation());

    private static LocationInfo From(Location location) =>
        new(location.SourceTree?.FilePath ?? "", location.SourceSpan, location.GetLineSpan().Span);
}

internal static class EquatableArrayExtensions
{
    public static object[] ToArrayOfObjects(this EquatableArray<string> array)
    {
        var result = new object[array.Count];
        for (int i = 0; i < array.Count; i++) result[i] = array[i];
        return result;
    }
}
