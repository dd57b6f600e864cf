using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MmmFixtures.Generators;

/// <summary>
/// What every family's model builder does to a fixture class: check its shape (partial, not generic, inside
/// partial non-generic types), collect located diagnostics, check entity names, and map attribute
/// arguments onto spec properties with their ranges.
/// </summary>
internal sealed class FixtureReader
{
    private readonly INamedTypeSymbol _symbol;
    private readonly ClassDeclarationSyntax _syntax;
    private readonly List<DiagnosticInfo> _diagnostics = new();

    public FixtureReader(INamedTypeSymbol symbol, ClassDeclarationSyntax syntax, CancellationToken cancellationToken)
    {
        _symbol = symbol;
        _syntax = syntax;
        CancellationToken = cancellationToken;
        if (!syntax.Modifiers.Any(SyntaxKind.PartialKeyword)) ReportOnClass(Generators.Diagnostics.ClassNotPartial, symbol.Name);
        if (symbol.IsGenericType) ReportOnClass(Generators.Diagnostics.UnsupportedContainer, symbol.Name, "is generic");
        var containers = new List<ContainingTypeModel>();
        for (var outer = symbol.ContainingType; outer is not null; outer = outer.ContainingType)
        {
            var outerSyntax = outer.DeclaringSyntaxReferences.Select(r => r.GetSyntax(cancellationToken)).OfType<TypeDeclarationSyntax>().FirstOrDefault();
            if (outer.IsGenericType)
                ReportOnClass(Generators.Diagnostics.UnsupportedContainer, symbol.Name, $"is nested in the generic type '{outer.Name}'");
            else if (outerSyntax is null || !outerSyntax.Modifiers.Any(SyntaxKind.PartialKeyword))
                ReportOnClass(Generators.Diagnostics.UnsupportedContainer, symbol.Name, $"is nested in '{outer.Name}', which is not partial");
            containers.Insert(0, new ContainingTypeModel(KeywordOf(outerSyntax), outer.Name));
        }
        Containers = new EquatableArray<ContainingTypeModel>(containers);
        Namespace = symbol.ContainingNamespace.IsGlobalNamespace ? null : symbol.ContainingNamespace.ToDisplayString();
        HintName = string.Join(".", new[] { Namespace }.Concat(containers.Select(c => c.Name)).Concat(new[] { symbol.Name }).Where(s => s is not null)) + ".g.cs";
    }

    public CancellationToken CancellationToken { get; }

    public string? Namespace { get; }

    public EquatableArray<ContainingTypeModel> Containers { get; }

    public string HintName { get; }

    public EquatableArray<DiagnosticInfo> Found => new(_diagnostics);

    public void Report(DiagnosticDescriptor descriptor, SyntaxNode? at, params string[] args) =>
        _diagnostics.Add(new DiagnosticInfo(descriptor.Id, new EquatableArray<string>(args), LocationInfo.From(at)));

    public void ReportOnClass(DiagnosticDescriptor descriptor, params string[] args) =>
        _diagnostics.Add(new DiagnosticInfo(descriptor.Id, new EquatableArray<string>(args), LocationInfo.From(_syntax.Identifier)));

    /// <summary>The attribute's syntax, for locating diagnostics.</summary>
    public AttributeSyntax? SyntaxOf(AttributeData attribute) => attribute.ApplicationSyntaxReference?.GetSyntax(CancellationToken) as AttributeSyntax;

    /// <summary>The entity name (first constructor argument) of an attribute, and where it is written.</summary>
    public static (string Name, SyntaxNode? At) NameOf(AttributeData attribute, AttributeSyntax? syntax) =>
        (attribute.ConstructorArguments.Length > 0 ? attribute.ConstructorArguments[0].Value as string ?? "" : "",
         (SyntaxNode?)syntax?.ArgumentList?.Arguments.FirstOrDefault(a => a.NameEquals is null) ?? syntax);

    /// <summary>Checks that a name can become a generated member: an identifier, not reserved, not the class's name, unique.</summary>
    public void CheckName(string name, SyntaxNode? at, ISet<string> seen, ISet<string> reserved, string role)
    {
        if (!SyntaxFacts.IsValidIdentifier(name) || SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None)
            Report(Generators.Diagnostics.InvalidName, at, name, $"is not a valid C# identifier; {role}");
        else if (reserved.Contains(name) || name == _symbol.Name)
            Report(Generators.Diagnostics.InvalidName, at, name, "collides with a generated member; choose another name");
        else if (!seen.Add(name))
            Report(Generators.Diagnostics.DuplicateName, at, name);
    }

    /// <summary>Adds the spec assignment for an attribute argument, or reports it when out of range.</summary>
    public void AddMapped(IReadOnlyDictionary<string, AttributeMapping.Target> mapping, string key, TypedConstant value, string path,
        SyntaxNode? at, List<Assignment> assignments)
    {
        if (!mapping.TryGetValue(key, out var target)) return;
        if (target.Range is { } range && value.Value is IConvertible number && value.Kind == TypedConstantKind.Primitive && value.Value is not bool
            && !range.Contains(number.ToDouble(CultureInfo.InvariantCulture)))
        {
            Report(Generators.Diagnostics.OutOfRange, at, path, AttributeValues.Literal(value, forMessage: true), range.ToString());
            return;
        }
        assignments.Add(new Assignment(target.Group, target.Property, AttributeValues.Literal(value)));
    }

    private static string KeywordOf(TypeDeclarationSyntax? syntax) => syntax switch
    {
        RecordDeclarationSyntax r => r.ClassOrStructKeyword.IsKind(SyntaxKind.StructKeyword) ? "record struct" : "record",
        StructDeclarationSyntax => "struct",
        InterfaceDeclarationSyntax => "interface",
        _ => "class",
    };
}
