using System.Globalization;
using System.Threading;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using MmmFixtures.Rules;

namespace MmmFixtures.Generators;

/// <summary>
/// What every family's model builder does to a fixture class: check its shape (partial, not generic, inside
/// partial non-generic types, one dataset attribute), read attribute arguments defensively (null arrays,
/// undefined enum values, ranges from the shared rule table) and collect located diagnostics.
/// </summary>
internal sealed class FixtureReader
{
    private readonly ClassDeclarationSyntax _syntax;
    private readonly List<DiagnosticInfo> _diagnostics = new();

    public FixtureReader(INamedTypeSymbol symbol, ClassDeclarationSyntax syntax, AttributeData dataset, CancellationToken cancellationToken)
    {
        Symbol = symbol;
        _syntax = syntax;
        CancellationToken = cancellationToken;
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
        CheckSingleDataset(dataset);
        string? ns = symbol.ContainingNamespace.IsGlobalNamespace ? null : symbol.ContainingNamespace.ToDisplayString();
        string hintName = string.Join(".", new[] { ns }.Concat(containers.Select(c => c.Name)).Concat(new[] { symbol.Name }).Where(s => s is not null)) + ".g.cs";
        Shape = new FixtureShape(hintName, ns, new EquatableArray<ContainingTypeModel>(containers), symbol.Name);
        DatasetSyntax = SyntaxOf(dataset);
    }

    public INamedTypeSymbol Symbol { get; }

    public CancellationToken CancellationToken { get; }

    public FixtureShape Shape { get; }

    public AttributeSyntax? DatasetSyntax { get; }

    public EquatableArray<DiagnosticInfo> Found => new(_diagnostics);

    public void Report(DiagnosticDescriptor descriptor, SyntaxNode? at, params string[] args) =>
        _diagnostics.Add(new DiagnosticInfo(descriptor.Id, new EquatableArray<string>(args), LocationInfo.From(at)));

    public void ReportOnClass(DiagnosticDescriptor descriptor, params string[] args) =>
        _diagnostics.Add(new DiagnosticInfo(descriptor.Id, new EquatableArray<string>(args), LocationInfo.From(_syntax.Identifier)));

    /// <summary>The attribute's syntax, for locating diagnostics.</summary>
    public AttributeSyntax? SyntaxOf(AttributeData attribute) => attribute.ApplicationSyntaxReference?.GetSyntax(CancellationToken) as AttributeSyntax;

    /// <summary>
    /// The named arguments of <paramref name="attribute"/> that can be used: a null array or an undefined enum value is
    /// reported and skipped; a number outside its rule's range is reported and kept, so the spec says what the
    /// attribute says and the runtime rejects it by the same rule.
    /// </summary>
    public IEnumerable<ArgumentValue> Arguments(AttributeData attribute, AttributeSyntax? syntax, string attributeName, string pathPrefix)
    {
        foreach (var argument in attribute.NamedArguments)
        {
            CancellationToken.ThrowIfCancellationRequested();
            var at = (SyntaxNode?)AttributeValues.FindArgument(syntax, argument.Key) ?? syntax;
            string path = $"{pathPrefix}.{argument.Key}";
            var value = argument.Value;
            if (value.Kind == TypedConstantKind.Error) continue; // the compiler reports it
            if (value.IsNull && value.Kind == TypedConstantKind.Array)
            {
                Report(Diagnostics.NullArgument, at, path);
                continue;
            }
            if (value.Kind == TypedConstantKind.Enum && AttributeValues.EnumMemberName(value) is null)
            {
                var members = value.Type!.GetMembers().OfType<IFieldSymbol>().Where(f => f.HasConstantValue).Select(f => f.Name);
                Report(Diagnostics.UndefinedEnumValue, at, path, AttributeValues.Literal(value, forMessage: true), value.Type.Name, string.Join(", ", members));
                continue;
            }
            if (RuleTable.ForAttribute(attributeName, argument.Key) is { } rule && AttributeValues.AsNumber(value) is double number
                && !(rule.Range.Contains(number) && (!rule.IsInteger || Math.Floor(number) == number)))
                Report(Diagnostics.OutOfRange, at, path, AttributeValues.Literal(value, forMessage: true), rule.Range.ToString());
            yield return new ArgumentValue(argument.Key, value, at, path);
        }
    }

    /// <summary>
    /// Cross-field lower bounds among one attribute's properties (<c>MaxPrice &gt; MinPrice</c>), checked with the rule
    /// table's ranges and defaults when either side is written: reported as MMMF005 on the upper property (or on
    /// the lower one when only that is written), with the range the runtime applies.
    /// </summary>
    public void CheckLowerBounds(string attributeName, string pathPrefix, IReadOnlyList<ArgumentValue> arguments, IEnumerable<LowerBound> bounds)
    {
        foreach (var bound in bounds)
        {
            var upperRule = RuleTable.ForAttribute(attributeName, bound.Property);
            var lowerRule = RuleTable.ForAttribute(attributeName, bound.Lower);
            var upperArgument = arguments.Where(a => a.Key == bound.Property).Cast<ArgumentValue?>().FirstOrDefault();
            var lowerArgument = arguments.Where(a => a.Key == bound.Lower).Cast<ArgumentValue?>().FirstOrDefault();
            if (upperRule is null || lowerRule is null || (upperArgument ?? lowerArgument) is not { } at) continue;
            if (ValueOf(upperArgument, upperRule) is not double upper || ValueOf(lowerArgument, lowerRule) is not double lower) continue;
            // Each side's own range is reported by Arguments; only the relation is checked here.
            if (!upperRule.Range.Contains(upper) || !lowerRule.Range.Contains(lower)) continue;
            var range = upperRule.Range.WithMin(lower, bound.Inclusive);
            if (!range.Contains(upper))
                Report(Diagnostics.OutOfRange, at.At, $"{pathPrefix}.{bound.Property}", ValueRange.Format(upper), range.ToString());
        }
    }

    /// <summary>A size cap of the rule table (<c>periods × geos</c>), reported as MMMF005 on <paramref name="at"/> when exceeded.</summary>
    public void CheckSize(FieldRule cap, long size, SyntaxNode? at)
    {
        if (!cap.Range.Contains(size)) Report(Diagnostics.OutOfRange, at, cap.Path, size.ToString(CultureInfo.InvariantCulture), cap.Range.ToString());
    }

    /// <summary>
    /// The integer a dataset argument sets, else the rule's documented default; null when the value breaks its own
    /// range (reported already), so size caps only relate values that are each allowed.
    /// </summary>
    public static long? SizeOf(IEnumerable<ArgumentValue> arguments, string key, FieldRule rule) =>
        ValueOf(arguments.Where(a => a.Key == key).Cast<ArgumentValue?>().FirstOrDefault(), rule) is double value && rule.Range.Contains(value)
            ? (long)value
            : null;

    // The written value, else the rule's documented default when it is a number.
    private static double? ValueOf(ArgumentValue? argument, FieldRule rule) =>
        argument is { } written ? AttributeValues.AsNumber(written.Value)
        : double.TryParse(rule.Default, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) ? value : null;

    /// <summary>The attributes of the given kinds (short names, e.g. <c>Channel</c>) on the class, in declaration order.</summary>
    public IEnumerable<EntityAttribute> Entities(params string[] kinds)
    {
        foreach (var attribute in Symbol.GetAttributes())
        {
            string? fullName = attribute.AttributeClass?.ToDisplayString();
            string? kind = kinds.FirstOrDefault(k => fullName == $"MmmFixtures.{k}Attribute");
            if (kind is null) continue;
            CancellationToken.ThrowIfCancellationRequested();
            var syntax = SyntaxOf(attribute);
            string name = attribute.ConstructorArguments.Length > 0 ? attribute.ConstructorArguments[0].Value as string ?? "" : "";
            var nameAt = (SyntaxNode?)syntax?.ArgumentList?.Arguments.FirstOrDefault(a => a.NameEquals is null) ?? syntax;
            yield return new EntityAttribute(kind, name, nameAt, attribute, syntax);
        }
    }

    /// <summary>Adds the spec assignment of an argument that <paramref name="targets"/> maps.</summary>
    public static void Map(IReadOnlyDictionary<string, SpecTarget> targets, ArgumentValue argument, List<Assignment> assignments)
    {
        if (targets.TryGetValue(argument.Key, out var target))
            assignments.Add(new Assignment(target.Group, target.Property, AttributeValues.Literal(argument.Value)));
    }

    /// <summary>
    /// Parses a "yyyy-MM-dd" argument (an element of it for arrays), reporting it when it is not a date, or when it
    /// is outside the calendar every spec lives in (kept: the runtime rejects it by the same rule).
    /// </summary>
    public DateTime? Date(ArgumentValue argument, TypedConstant value)
    {
        if (!AttributeValues.TryParseDate(value.Value as string, out var date))
        {
            Report(Diagnostics.BadDate, argument.At, argument.Path, value.Value as string ?? "");
            return null;
        }
        if (!CalendarRules.Contains(date))
            Report(Diagnostics.OutOfRange, argument.At, argument.Path, CalendarRules.Text(date),
                $"[{CalendarRules.Text(CalendarRules.MinDate)}, {CalendarRules.Text(CalendarRules.MaxDate)}]");
        return date;
    }

    // A class is one fixture: the dataset attribute written first wins, every later one is reported.
    private void CheckSingleDataset(AttributeData dataset)
    {
        var datasets = Symbol.GetAttributes().Where(a => FixtureFamilies.IsDatasetAttribute(a.AttributeClass?.ToDisplayString())).ToList();
        var first = datasets.OrderBy(a => a.ApplicationSyntaxReference?.Span.Start ?? 0).First();
        if (ReferenceEquals(first, dataset) || first.ApplicationSyntaxReference?.Span == dataset.ApplicationSyntaxReference?.Span) return;
        Report(Diagnostics.SecondDataset, SyntaxOf(dataset), Symbol.Name, ShortName(first), ShortName(dataset));
    }

    private static string ShortName(AttributeData attribute)
    {
        string name = attribute.AttributeClass?.Name ?? "";
        return name.EndsWith("Attribute", StringComparison.Ordinal) ? name.Substring(0, name.Length - "Attribute".Length) : name;
    }

    private static string KeywordOf(TypeDeclarationSyntax? syntax) => syntax switch
    {
        RecordDeclarationSyntax r => r.ClassOrStructKeyword.IsKind(SyntaxKind.StructKeyword) ? "record struct" : "record",
        StructDeclarationSyntax => "struct",
        InterfaceDeclarationSyntax => "interface",
        _ => "class",
    };
}

/// <summary>A property that must be above (or at, when <see cref="Inclusive"/>) another property of the same attribute.</summary>
internal sealed record LowerBound(string Property, string Lower, bool Inclusive);

/// <summary>A usable named argument: its property name, value, where it is written and its path for messages.</summary>
internal readonly record struct ArgumentValue(string Key, TypedConstant Value, SyntaxNode? At, string Path);

/// <summary>An entity attribute (<c>[Channel("Tv", …)]</c>): its kind, name, where the name is written, the attribute and its syntax.</summary>
internal readonly record struct EntityAttribute(string Kind, string Name, SyntaxNode? NameAt, AttributeData Attribute, AttributeSyntax? Syntax)
{
    /// <summary>The path prefix of its arguments in messages, e.g. <c>Channel("Tv")</c>.</summary>
    public string Path => $"{Kind}(\"{EntityNameRules.Display(Name)}\")";
}
