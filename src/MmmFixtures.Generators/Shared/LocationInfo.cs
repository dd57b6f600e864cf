using Microsoft.CodeAnalysis.Text;

namespace MmmFixtures.Generators;

/// <summary>A source location as plain values (a <see cref="Location"/> would pin the compilation in the pipeline).</summary>
internal sealed record LocationInfo(string FilePath, TextSpan Span, LinePositionSpan LineSpan)
{
    /// <summary>The location in its tree when <paramref name="treeOf"/> finds it, else by path and position.</summary>
    public Location ToLocation(Func<string, SyntaxTree?> treeOf) =>
        treeOf(FilePath) is { } tree ? Location.Create(tree, Span) : Location.Create(FilePath, Span, LineSpan);

    public static LocationInfo? From(SyntaxNode? node) => node is null ? null : From(node.GetLocation());

    public static LocationInfo From(SyntaxToken token) => From(token.GetLocation());

    private static LocationInfo From(Location location) =>
        new(location.SourceTree?.FilePath ?? "", location.SourceSpan, location.GetLineSpan().Span);
}
