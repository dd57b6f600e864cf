using System.Globalization;
using MmmFixtures.Rules;

namespace MmmFixtures.Generators;

/// <summary>Reads a [CommerceDataset] class and its [Tenant] attributes into a <see cref="CommerceFixtureModel"/>.</summary>
internal static class CommerceModelBuilder
{
    /// <summary>Names the generated members use; a tenant (an enum member and a property of the typed sets) cannot take them.</summary>
    private static readonly HashSet<string> Reserved = new(StringComparer.Ordinal)
    {
        "Tenant", "Tenants", "TenantSet", "Instance", "Dataset", "Rows", "Truth", "TruthSet", "Item", "CreateSpec", "WriteCsv", "value__",
        "Equals", "GetHashCode", "ToString", "GetType",
    };

    public static CommerceFixtureModel Build(FixtureReader reader, AttributeData dataset)
    {
        var datasetAssignments = new List<Assignment>();
        string? preset = null;
        bool seedIsSet = false;
        DateTime? start = null;
        var datasetArguments = reader.Arguments(dataset, reader.DatasetSyntax, "CommerceDataset", "CommerceDataset").ToList();
        foreach (var argument in datasetArguments)
        {
            seedIsSet |= argument.Key == "Seed";
            if (argument.Key == "Preset") preset = AttributeValues.EnumMemberName(argument.Value);
            else if (argument.Key != "StartDate") FixtureReader.Map(CommerceSpecTargets.Dataset, argument, datasetAssignments);
            else if ((start = reader.Date(argument, argument.Value)) is DateTime date) datasetAssignments.Add(new Assignment("", "StartDate", AttributeValues.DateLiteral(date)));
        }
        var period = preset is not null && CommercePresetCatalog.Presets.TryGetValue(preset, out var known) ? known : CommercePresetCatalog.NoPreset;
        CheckFits(reader, datasetArguments, start ?? period.Start, period.Days);

        var tenants = new List<EntityModel>();
        var names = new EntityNameRules(reader, Reserved, "tenants", "tenant names become members of the Tenant enum and of the typed data and truth");
        bool declared = false;
        foreach (var entity in reader.Entities("Tenant"))
        {
            declared = true;
            bool accepted = names.Accept(entity.Name, entity.NameAt);
            var assignments = new List<Assignment>();
            foreach (var argument in reader.Arguments(entity.Attribute, entity.Syntax, entity.Kind, entity.Path))
                FixtureReader.Map(CommerceSpecTargets.Tenant, argument, assignments);
            if (accepted) tenants.Add(new EntityModel(entity.Name, new EquatableArray<Assignment>(assignments)));
        }
        if (!declared) tenants.AddRange(period.Tenants.Select(n => new EntityModel(n, default)));

        return new CommerceFixtureModel(reader.Shape, preset, seedIsSet, new EquatableArray<Assignment>(datasetAssignments),
            new EquatableArray<EntityModel>(tenants), declared, reader.Found);
    }

    // The period [start, start + days) stays inside the calendar; only values that are each allowed are related.
    private static void CheckFits(FixtureReader reader, List<ArgumentValue> datasetArguments, DateTime start, int presetDays)
    {
        var written = datasetArguments.Where(a => a.Key == "Days").Cast<ArgumentValue?>().FirstOrDefault();
        double days = written is { } argument ? AttributeValues.AsNumber(argument.Value) ?? 0 : presetDays;
        if (!CalendarRules.Contains(start) || (RuleTable.ForAttribute("CommerceDataset", "Days") is { } rule && !rule.Range.Contains(days))) return;
        if (!CalendarRules.SpanFits(start, (long)days))
            reader.Report(Diagnostics.PastTheCalendar, written?.At ?? datasetArguments.FirstOrDefault(a => a.Key == "StartDate").At ?? reader.DatasetSyntax,
                "CommerceDataset.Days", ((long)days).ToString(CultureInfo.InvariantCulture),
                CalendarRules.SpanRequirement($"the period from {CalendarRules.Text(start)}"));
    }
}
