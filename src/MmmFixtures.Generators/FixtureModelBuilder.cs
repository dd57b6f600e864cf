using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MmmFixtures.Generators;

/// <summary>Reads a [MmmDataset] class and its entity attributes into a <see cref="FixtureModel"/>, checking what can be checked at build time.</summary>
internal static class FixtureModelBuilder
{
    private const string ChannelAttribute = "MmmFixtures.ChannelAttribute";
    private const string ControlAttribute = "MmmFixtures.ControlAttribute";
    private const string EventAttribute = "MmmFixtures.EventAttribute";

    /// <summary>Names the generated code uses itself, which entities therefore cannot take.</summary>
    private static readonly HashSet<string> Reserved = new(StringComparer.Ordinal)
    {
        "Date", "Geo", "Y", "Row", "Rows", "RowList", "Truth", "TruthSet", "All", "Instance", "Panel", "CreateSpec", "WriteCsv",
        "Equals", "GetHashCode", "ToString", "GetType",
    };

    public static FixtureModel Build(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken) =>
        Build((INamedTypeSymbol)context.TargetSymbol, (ClassDeclarationSyntax)context.TargetNode, context.Attributes[0], cancellationToken);

    public static FixtureModel Build(INamedTypeSymbol symbol, ClassDeclarationSyntax syntax, AttributeData dataset, CancellationToken cancellationToken)
    {
        var diagnostics = new List<DiagnosticInfo>();
        void Report(DiagnosticDescriptor descriptor, SyntaxNode? at, params string[] args) =>
            diagnostics.Add(new DiagnosticInfo(descriptor.Id, new EquatableArray<string>(args), LocationInfo.From(at)));
        void ReportOnClass(DiagnosticDescriptor descriptor, params string[] args) =>
            diagnostics.Add(new DiagnosticInfo(descriptor.Id, new EquatableArray<string>(args), LocationInfo.From(syntax.Identifier)));

        if (!syntax.Modifiers.Any(SyntaxKind.PartialKeyword)) ReportOnClass(Diagnostics.ClassNotPartial, symbol.Name);
        if (symbol.IsGenericType) ReportOnClass(Diagnostics.UnsupportedContainer, symbol.Name, "is generic");
        var containers = new List<ContainingTypeModel>();
        for (var outer = symbol.ContainingType; outer is not null; outer = outer.ContainingType)
        {
            var outerSyntax = outer.DeclaringSyntaxReferences.Select(r => r.GetSyntax(cancellationToken)).OfType<TypeDeclarationSyntax>().FirstOrDefault();
            if (outer.IsGenericType)
                ReportOnClass(Diagnostics.UnsupportedContainer, symbol.Name, $"is nested in the generic type '{outer.Name}'");
            else if (outerSyntax is null || !outerSyntax.Modifiers.Any(SyntaxKind.PartialKeyword))
                ReportOnClass(Diagnostics.UnsupportedContainer, symbol.Name, $"is nested in '{outer.Name}', which is not partial");
            containers.Insert(0, new ContainingTypeModel(KeywordOf(outerSyntax), outer.Name));
        }

        var datasetSyntax = dataset.ApplicationSyntaxReference?.GetSyntax(cancellationToken) as AttributeSyntax;
        var datasetAssignments = new List<Assignment>();
        string? preset = null;
        bool seedIsSet = false;
        foreach (var argument in dataset.NamedArguments)
        {
            var at = (SyntaxNode?)FindArgument(datasetSyntax, argument.Key) ?? datasetSyntax;
            string path = $"MmmDataset.{argument.Key}";
            switch (argument.Key)
            {
                case "Preset":
                    preset = EnumMemberName(argument.Value);
                    break;
                case "StartDate":
                    if (TryParseDate(argument.Value.Value as string, out var date)) datasetAssignments.Add(new Assignment("", "StartDate", DateLiteral(date)));
                    else Report(Diagnostics.BadDate, at, path, argument.Value.Value as string ?? "");
                    break;
                case "Geos":
                    int geos = (int)argument.Value.Value!;
                    if (geos < 1 || geos > 100_000) Report(Diagnostics.OutOfRange, at, path, Literal(argument.Value), "[1, 100000]");
                    else datasetAssignments.Add(new Assignment("", "Geos", $"global::MmmFixtures.Mmm.MmmSpec.GeoNames({geos})"));
                    break;
                case "GeoNames":
                    var names = argument.Value.Values.Select(v => v.Value as string ?? "").ToArray();
                    if (names.Length == 0 || names.Any(string.IsNullOrWhiteSpace)) Report(Diagnostics.OutOfRange, at, path, "[…]", "non-empty names");
                    else datasetAssignments.Add(new Assignment("", "Geos",
                        "new global::MmmFixtures.Mmm.GeoSpec[] { " + string.Join(", ", names.Select(n => $"new global::MmmFixtures.Mmm.GeoSpec({StringLiteral(n)})")) + " }"));
                    break;
                default:
                    if (argument.Key == "Seed") seedIsSet = true;
                    AddMapped(AttributeMapping.Dataset, argument.Key, argument.Value, path, at, datasetAssignments, Report);
                    break;
            }
        }

        var channels = new List<EntityModel>();
        var controls = new List<EntityModel>();
        var events = new List<EntityModel>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        SyntaxNode? firstEntity = null;
        string? firstEntityKind = null;
        foreach (var attribute in symbol.GetAttributes())
        {
            string? kind = attribute.AttributeClass?.ToDisplayString();
            if (kind is not (ChannelAttribute or ControlAttribute or EventAttribute)) continue;
            cancellationToken.ThrowIfCancellationRequested();
            var attributeSyntax = attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) as AttributeSyntax;
            string shortKind = kind.Substring("MmmFixtures.".Length, kind.Length - "MmmFixtures.".Length - "Attribute".Length);
            firstEntity ??= attributeSyntax;
            firstEntityKind ??= shortKind;
            string name = attribute.ConstructorArguments.Length > 0 ? attribute.ConstructorArguments[0].Value as string ?? "" : "";
            SyntaxNode? nameAt = (SyntaxNode?)attributeSyntax?.ArgumentList?.Arguments.FirstOrDefault(a => a.NameEquals is null) ?? attributeSyntax;
            if (!SyntaxFacts.IsValidIdentifier(name) || SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None)
                Report(Diagnostics.InvalidName, nameAt, name, "is not a valid C# identifier; entity names become members of the typed row and truth");
            else if (Reserved.Contains(name) || name == symbol.Name)
                Report(Diagnostics.InvalidName, nameAt, name, "collides with a generated member; choose another name");
            else if (!seen.Add(name))
                Report(Diagnostics.DuplicateName, nameAt, name);

            var assignments = new List<Assignment>();
            var mapping = kind == ChannelAttribute ? AttributeMapping.Channel : kind == ControlAttribute ? AttributeMapping.Control : AttributeMapping.Event;
            foreach (var argument in attribute.NamedArguments)
            {
                var at = (SyntaxNode?)FindArgument(attributeSyntax, argument.Key) ?? attributeSyntax;
                string path = $"{shortKind}(\"{name}\").{argument.Key}";
                if (argument.Key == "Dates")
                {
                    var dates = new List<string>();
                    foreach (var value in argument.Value.Values)
                    {
                        if (TryParseDate(value.Value as string, out var date)) dates.Add(DateLiteral(date));
                        else Report(Diagnostics.BadDate, at, path, value.Value as string ?? "");
                    }
                    assignments.Add(new Assignment("", "Dates", "new global::System.DateTime[] { " + string.Join(", ", dates) + " }"));
                    continue;
                }
                if (argument.Key == "Pattern" && EnumMemberName(argument.Value) == "Custom")
                {
                    Report(Diagnostics.CustomPatternInAttribute, at, path);
                    continue;
                }
                AddMapped(mapping, argument.Key, argument.Value, path, at, assignments, Report);
            }
            var entity = new EntityModel(name, new EquatableArray<Assignment>(assignments));
            (kind == ChannelAttribute ? channels : kind == ControlAttribute ? controls : events).Add(entity);
        }

        if (preset is not null)
        {
            if (firstEntity is not null) Report(Diagnostics.PresetWithEntities, firstEntity, preset, firstEntityKind!);
            else if (PresetCatalog.Presets.TryGetValue(preset, out var names))
            {
                channels.AddRange(names.Channels.Select(n => new EntityModel(n, default)));
                controls.AddRange(names.Controls.Select(n => new EntityModel(n, default)));
            }
        }

        string? ns = symbol.ContainingNamespace.IsGlobalNamespace ? null : symbol.ContainingNamespace.ToDisplayString();
        string hintName = string.Join(".", new[] { ns }.Concat(containers.Select(c => c.Name)).Concat(new[] { symbol.Name }).Where(s => s is not null)) + ".g.cs";
        return new FixtureModel(hintName, ns, new EquatableArray<ContainingTypeModel>(containers), symbol.Name, preset, seedIsSet,
            new EquatableArray<Assignment>(datasetAssignments), new EquatableArray<EntityModel>(channels),
            new EquatableArray<EntityModel>(controls), new EquatableArray<EntityModel>(events),
            new EquatableArray<DiagnosticInfo>(diagnostics));
    }

    private static void AddMapped(IReadOnlyDictionary<string, AttributeMapping.Target> mapping, string key, TypedConstant value, string path,
        SyntaxNode? at, List<Assignment> assignments, Action<DiagnosticDescriptor, SyntaxNode?, string[]> report)
    {
        if (!mapping.TryGetValue(key, out var target)) return;
        if (target.Range is { } range && value.Value is IConvertible number && value.Kind == TypedConstantKind.Primitive && value.Value is not bool
            && !range.Contains(number.ToDouble(CultureInfo.InvariantCulture)))
        {
            report(Diagnostics.OutOfRange, at, new[] { path, Literal(value, forMessage: true), range.ToString() });
            return;
        }
        assignments.Add(new Assignment(target.Group, target.Property, Literal(value)));
    }

    private static string KeywordOf(TypeDeclarationSyntax? syntax) => syntax switch
    {
        RecordDeclarationSyntax r => r.ClassOrStructKeyword.IsKind(SyntaxKind.StructKeyword) ? "record struct" : "record",
        StructDeclarationSyntax => "struct",
        InterfaceDeclarationSyntax => "interface",
        _ => "class",
    };

    private static AttributeArgumentSyntax? FindArgument(AttributeSyntax? attribute, string name) =>
        attribute?.ArgumentList?.Arguments.FirstOrDefault(a => a.NameEquals?.Name.Identifier.ValueText == name);

    private static bool TryParseDate(string? text, out DateTime date) =>
        DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    private static string DateLiteral(DateTime d) => $"new global::System.DateTime({d.Year}, {d.Month}, {d.Day})";

    private static string StringLiteral(string s) => SymbolDisplay.FormatLiteral(s, quote: true);

    private static string? EnumMemberName(TypedConstant value) =>
        value.Type?.GetMembers().OfType<IFieldSymbol>().FirstOrDefault(f => f.HasConstantValue && Equals(f.ConstantValue, value.Value))?.Name;

    /// <summary>The constant as C# source: invariant, round-trip doubles with a <c>d</c> suffix, enums by name.</summary>
    private static string Literal(TypedConstant value, bool forMessage = false)
    {
        if (value.Kind == TypedConstantKind.Enum)
        {
            string? member = EnumMemberName(value);
            string type = value.Type!.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
            return forMessage ? member ?? value.Value?.ToString() ?? "" : member is null ? $"({type}){value.Value}" : $"{type}.{member}";
        }
        return value.Value switch
        {
            double d when double.IsNaN(d) => forMessage ? "NaN" : "double.NaN",
            double d when double.IsPositiveInfinity(d) => forMessage ? "∞" : "double.PositiveInfinity",
            double d when double.IsNegativeInfinity(d) => forMessage ? "-∞" : "double.NegativeInfinity",
            double d => d.ToString("R", CultureInfo.InvariantCulture) + (forMessage ? "" : "d"),
            ulong u => u.ToString(CultureInfo.InvariantCulture) + (forMessage ? "" : "UL"),
            bool b => b ? "true" : "false",
            string s => forMessage ? s : StringLiteral(s),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => "default",
        };
    }
}
