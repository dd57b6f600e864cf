using System.Globalization;
using MmmFixtures.Naming;
using MmmFixtures.Rules;

namespace MmmFixtures.Generators;

/// <summary>Reads a [ClickstreamDataset] class with its [Persona] and [Category] attributes into a <see cref="ClickstreamFixtureModel"/>.</summary>
internal static class ClickstreamModelBuilder
{
    /// <summary>The runtime's default personas (a test checks them against PersonaSpec.Defaults).</summary>
    public static readonly string[] DefaultPersonas = { "Browser", "Researcher", "Buyer" };

    /// <summary>Names the generated members use; an enum member cannot take them either.</summary>
    private static readonly HashSet<string> Reserved = new(StringComparer.Ordinal)
    {
        "Persona", "Instance", "Data", "Events", "Truth", "TruthSet", "CreateSpec", "WriteCsv", "Write", "WriteParquet", "value__",
    };

    public static ClickstreamFixtureModel Build(FixtureReader reader, AttributeData dataset)
    {
        var datasetAssignments = new List<Assignment>();
        bool seedIsSet = false;
        var datasetArguments = reader.Arguments(dataset, reader.DatasetSyntax, "ClickstreamDataset", "ClickstreamDataset").ToList();
        foreach (var argument in datasetArguments)
        {
            seedIsSet |= argument.Key == "Seed";
            if (argument.Key != "StartDate") FixtureReader.Map(ClickstreamSpecTargets.Dataset, argument, datasetAssignments);
            else if (reader.Date(argument, argument.Value) is DateTime start) datasetAssignments.Add(new Assignment("", "StartDate", AttributeValues.DateLiteral(start)));
        }

        var personas = new List<EntityModel>();
        var categories = new List<EntityModel>();
        var personaNames = new EntityNameRules(reader, Reserved, "personas", "persona names become members of the Persona enum");
        var categoryNames = new HashSet<string>(StringComparer.Ordinal);
        var shares = new List<double>();
        SyntaxNode? firstPersona = null;
        foreach (var entity in reader.Entities("Persona", "Category"))
        {
            bool isPersona = entity.Kind == "Persona";
            bool accepted = isPersona ? personaNames.Accept(entity.Name, entity.NameAt) : AcceptCategory(reader, entity, categoryNames);
            firstPersona ??= isPersona ? entity.Syntax : null;
            var assignments = new List<Assignment>();
            double sessionsPerWeek = double.NaN, purchaseRate = double.NaN;
            var arguments = reader.Arguments(entity.Attribute, entity.Syntax, entity.Kind, entity.Path).ToList();
            if (!isPersona) reader.CheckLowerBounds(entity.Kind, entity.Path, arguments, ClickstreamSpecTargets.CategoryBounds);
            foreach (var argument in arguments)
            {
                FixtureReader.Map(isPersona ? ClickstreamSpecTargets.Persona : ClickstreamSpecTargets.Category, argument, assignments);
                if (argument.Value.Value is not double v) continue;
                if (argument.Key == "Share") shares.Add(v);
                if (argument.Key == "SessionsPerWeek") sessionsPerWeek = v;
                if (argument.Key == "PurchaseRate") purchaseRate = v;
            }
            if (isPersona && sessionsPerWeek == 0 && purchaseRate > 0)
                reader.Report(Diagnostics.ImpossibleFunnel, entity.Syntax, EntityNameRules.Display(entity.Name),
                    $"PurchaseRate = {purchaseRate.ToString("R", CultureInfo.InvariantCulture)} but SessionsPerWeek = 0: it can never buy");
            if (accepted) (isPersona ? personas : categories).Add(new EntityModel(entity.Name, new EquatableArray<Assignment>(assignments)));
        }
        if (firstPersona is not null && !ClickstreamCrossRules.SharesSumToOne(shares, out double total))
            reader.Report(Diagnostics.SharesNotOne, firstPersona, ValueRange.Format(Math.Round(total, 12)));

        CheckItemsCoverCategories(reader, datasetArguments, reader.Entities("Category").Count());
        if (FixtureReader.SizeOf(datasetArguments, "Users", ClickstreamRules.Users) is long users
            && FixtureReader.SizeOf(datasetArguments, "Days", ClickstreamRules.Days) is long days)
            reader.CheckSize(ClickstreamRules.UserDays, ClickstreamCrossRules.UserDays(users, days),
                datasetArguments.Where(a => a.Key == "Users").Select(a => a.At).FirstOrDefault() ?? reader.DatasetSyntax);

        bool defaults = firstPersona is null;
        if (defaults) personas.AddRange(DefaultPersonas.Select(n => new EntityModel(n, default)));
        return new ClickstreamFixtureModel(reader.Shape, seedIsSet, new EquatableArray<Assignment>(datasetAssignments),
            new EquatableArray<EntityModel>(personas), defaults, new EquatableArray<EntityModel>(categories), reader.Found);
    }

    // The runtime gives every category an item: items ≥ categories (declared, or the default catalog's).
    private static void CheckItemsCoverCategories(FixtureReader reader, List<ArgumentValue> datasetArguments, int declared)
    {
        var written = datasetArguments.Where(a => a.Key == "Items").Cast<ArgumentValue?>().FirstOrDefault();
        double categories = declared > 0 ? declared : double.Parse(ClickstreamRules.Categories.Default, CultureInfo.InvariantCulture);
        double items = written is { } argument ? AttributeValues.AsNumber(argument.Value) ?? 0 : double.Parse(ClickstreamRules.Items.Default, CultureInfo.InvariantCulture);
        var range = ClickstreamRules.Items.Range.WithMin(categories, inclusive: true);
        if (ClickstreamRules.Items.Range.Contains(items) && !range.Contains(items))
            reader.Report(Diagnostics.OutOfRange, written?.At ?? reader.DatasetSyntax, "ClickstreamDataset.Items", ValueRange.Format(items), range.ToString());
    }

    // Category names are values in the CSV, not members: the runtime's value-name rule, and unique.
    private static bool AcceptCategory(FixtureReader reader, EntityAttribute entity, HashSet<string> seen)
    {
        if (EntityNames.ValueNameProblem(entity.Name) is { } problem)
        {
            reader.Report(Diagnostics.InvalidName, entity.NameAt, EntityNameRules.Display(entity.Name), problem);
            return false;
        }
        if (seen.Add(entity.Name)) return true;
        reader.Report(Diagnostics.DuplicateName, entity.NameAt, EntityNameRules.Display(entity.Name));
        return false;
    }
}
