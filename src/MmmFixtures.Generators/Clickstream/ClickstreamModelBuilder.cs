using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MmmFixtures.Generators;

/// <summary>Reads a [ClickstreamDataset] class with its [Persona] and [Category] attributes into a <see cref="ClickstreamFixtureModel"/>.</summary>
internal static class ClickstreamModelBuilder
{
    private const string PersonaAttribute = "MmmFixtures.PersonaAttribute";
    private const string CategoryAttribute = "MmmFixtures.CategoryAttribute";

    /// <summary>The runtime's default personas (a test checks them against PersonaSpec.Defaults).</summary>
    public static readonly string[] DefaultPersonas = { "Browser", "Researcher", "Buyer" };

    /// <summary>Names the generated members use; an enum member cannot take them either.</summary>
    private static readonly HashSet<string> Reserved = new(StringComparer.Ordinal)
    {
        "Persona", "Instance", "Data", "Events", "Truth", "TruthSet", "CreateSpec", "WriteCsv", "value__",
    };

    public static ClickstreamFixtureModel Build(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken) =>
        Build((INamedTypeSymbol)context.TargetSymbol, (ClassDeclarationSyntax)context.TargetNode, context.Attributes[0], cancellationToken);

    public static ClickstreamFixtureModel Build(INamedTypeSymbol symbol, ClassDeclarationSyntax syntax, AttributeData dataset, CancellationToken cancellationToken)
    {
        var reader = new FixtureReader(symbol, syntax, cancellationToken);
        var datasetSyntax = reader.SyntaxOf(dataset);
        var datasetAssignments = new List<Assignment>();
        bool seedIsSet = false;
        foreach (var argument in dataset.NamedArguments)
        {
            var at = (SyntaxNode?)AttributeValues.FindArgument(datasetSyntax, argument.Key) ?? datasetSyntax;
            string path = $"ClickstreamDataset.{argument.Key}";
            if (argument.Key == "StartDate")
            {
                if (AttributeValues.TryParseDate(argument.Value.Value as string, out var date)) datasetAssignments.Add(new Assignment("", "StartDate", AttributeValues.DateLiteral(date)));
                else reader.Report(Diagnostics.BadDate, at, path, argument.Value.Value as string ?? "");
                continue;
            }
            seedIsSet |= argument.Key == "Seed";
            reader.AddMapped(AttributeMapping.ClickstreamDataset, argument.Key, argument.Value, path, at, datasetAssignments);
        }

        var personas = new List<EntityModel>();
        var categories = new List<EntityModel>();
        var personaNames = new HashSet<string>(StringComparer.Ordinal);
        var categoryNames = new HashSet<string>(StringComparer.Ordinal);
        double shares = 0;
        SyntaxNode? firstPersona = null;
        foreach (var attribute in symbol.GetAttributes())
        {
            string? kind = attribute.AttributeClass?.ToDisplayString();
            if (kind is not (PersonaAttribute or CategoryAttribute)) continue;
            var attributeSyntax = reader.SyntaxOf(attribute);
            var (name, nameAt) = FixtureReader.NameOf(attribute, attributeSyntax);
            bool isPersona = kind == PersonaAttribute;
            if (isPersona)
            {
                firstPersona ??= attributeSyntax;
                reader.CheckName(name, nameAt, personaNames, Reserved, "persona names become members of the Persona enum");
            }
            else if (string.IsNullOrWhiteSpace(name) || name.IndexOfAny(new[] { ',', '"', '\n', '\r' }) >= 0)
            {
                reader.Report(Diagnostics.InvalidName, nameAt, name, "is not a usable category name: give non-empty text without commas, quotes or line breaks");
            }
            else if (!categoryNames.Add(name))
            {
                reader.Report(Diagnostics.DuplicateName, nameAt, name);
            }

            var assignments = new List<Assignment>();
            double sessionsPerWeek = double.NaN, purchaseRate = double.NaN;
            foreach (var argument in attribute.NamedArguments)
            {
                var at = (SyntaxNode?)AttributeValues.FindArgument(attributeSyntax, argument.Key) ?? attributeSyntax;
                string path = $"{(isPersona ? "Persona" : "Category")}(\"{name}\").{argument.Key}";
                reader.AddMapped(isPersona ? AttributeMapping.Persona : AttributeMapping.Category, argument.Key, argument.Value, path, at, assignments);
                if (argument.Value.Value is double v)
                {
                    if (argument.Key == "Share") shares += v;
                    if (argument.Key == "SessionsPerWeek") sessionsPerWeek = v;
                    if (argument.Key == "PurchaseRate") purchaseRate = v;
                }
            }
            if (isPersona && sessionsPerWeek == 0 && purchaseRate > 0)
                reader.Report(Diagnostics.ImpossibleFunnel, attributeSyntax, name,
                    $"PurchaseRate = {purchaseRate.ToString("R", CultureInfo.InvariantCulture)} but SessionsPerWeek = 0: it can never buy");
            (isPersona ? personas : categories).Add(new EntityModel(name, new EquatableArray<Assignment>(assignments)));
        }
        if (personas.Count > 0 && Math.Abs(shares - 1) > 1e-9)
            reader.Report(Diagnostics.SharesNotOne, firstPersona, Math.Round(shares, 12).ToString("R", CultureInfo.InvariantCulture));

        bool defaults = personas.Count == 0;
        if (defaults) personas.AddRange(DefaultPersonas.Select(n => new EntityModel(n, default)));
        return new ClickstreamFixtureModel(reader.HintName, reader.Namespace, reader.Containers, symbol.Name, seedIsSet,
            new EquatableArray<Assignment>(datasetAssignments), new EquatableArray<EntityModel>(personas), defaults,
            new EquatableArray<EntityModel>(categories), reader.Found);
    }
}
