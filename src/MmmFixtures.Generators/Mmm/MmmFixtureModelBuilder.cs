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
        var reader = new FixtureReader(symbol, syntax, cancellationToken);
        void Report(DiagnosticDescriptor descriptor, SyntaxNode? at, params string[] args) => reader.Report(descriptor, at, args);

        var datasetSyntax = dataset.ApplicationSyntaxReference?.GetSyntax(cancellationToken) as AttributeSyntax;
        var datasetAssignments = new List<Assignment>();
        string? preset = null;
        bool seedIsSet = false;
        foreach (var argument in dataset.NamedArguments)
        {
            var at = (SyntaxNode?)AttributeValues.FindArgument(datasetSyntax, argument.Key) ?? datasetSyntax;
            string path = $"MmmDataset.{argument.Key}";
            switch (argument.Key)
            {
                case "Preset":
                    preset = AttributeValues.EnumMemberName(argument.Value);
                    break;
                case "StartDate":
                    if (AttributeValues.TryParseDate(argument.Value.Value as string, out var date)) datasetAssignments.Add(new Assignment("", "StartDate", AttributeValues.DateLiteral(date)));
                    else Report(Diagnostics.BadDate, at, path, argument.Value.Value as string ?? "");
                    break;
                case "Geos":
                    int geos = (int)argument.Value.Value!;
                    if (geos < 1 || geos > 100_000) Report(Diagnostics.OutOfRange, at, path, AttributeValues.Literal(argument.Value), "[1, 100000]");
                    else datasetAssignments.Add(new Assignment("", "Geos", $"global::MmmFixtures.Mmm.MmmSpec.GeoNames({geos})"));
                    break;
                case "GeoNames":
                    var names = argument.Value.Values.Select(v => v.Value as string ?? "").ToArray();
                    if (names.Length == 0 || names.Any(string.IsNullOrWhiteSpace)) Report(Diagnostics.OutOfRange, at, path, "[…]", "non-empty names");
                    else datasetAssignments.Add(new Assignment("", "Geos",
                        "new global::MmmFixtures.Mmm.GeoSpec[] { " + string.Join(", ", names.Select(n => $"new global::MmmFixtures.Mmm.GeoSpec({AttributeValues.StringLiteral(n)})")) + " }"));
                    break;
                default:
                    if (argument.Key == "Seed") seedIsSet = true;
                    reader.AddMapped(AttributeMapping.Dataset, argument.Key, argument.Value, path, at, datasetAssignments);
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
            var attributeSyntax = reader.SyntaxOf(attribute);
            string shortKind = kind.Substring("MmmFixtures.".Length, kind.Length - "MmmFixtures.".Length - "Attribute".Length);
            firstEntity ??= attributeSyntax;
            firstEntityKind ??= shortKind;
            var (name, nameAt) = FixtureReader.NameOf(attribute, attributeSyntax);
            reader.CheckName(name, nameAt, seen, Reserved, "entity names become members of the typed row and truth");

            var assignments = new List<Assignment>();
            var mapping = kind == ChannelAttribute ? AttributeMapping.Channel : kind == ControlAttribute ? AttributeMapping.Control : AttributeMapping.Event;
            foreach (var argument in attribute.NamedArguments)
            {
                var at = (SyntaxNode?)AttributeValues.FindArgument(attributeSyntax, argument.Key) ?? attributeSyntax;
                string path = $"{shortKind}(\"{name}\").{argument.Key}";
                if (argument.Key == "Dates")
                {
                    var dates = new List<string>();
                    foreach (var value in argument.Value.Values)
                    {
                        if (AttributeValues.TryParseDate(value.Value as string, out var date)) dates.Add(AttributeValues.DateLiteral(date));
                        else Report(Diagnostics.BadDate, at, path, value.Value as string ?? "");
                    }
                    assignments.Add(new Assignment("", "Dates", "new global::System.DateTime[] { " + string.Join(", ", dates) + " }"));
                    continue;
                }
                if (argument.Key == "Pattern" && AttributeValues.EnumMemberName(argument.Value) == "Custom")
                {
                    Report(Diagnostics.CustomPatternInAttribute, at, path);
                    continue;
                }
                reader.AddMapped(mapping, argument.Key, argument.Value, path, at, assignments);
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

        return new FixtureModel(reader.HintName, reader.Namespace, reader.Containers, symbol.Name, preset, seedIsSet,
            new EquatableArray<Assignment>(datasetAssignments), new EquatableArray<EntityModel>(channels),
            new EquatableArray<EntityModel>(controls), new EquatableArray<EntityModel>(events),
            reader.Found);
    }
}
