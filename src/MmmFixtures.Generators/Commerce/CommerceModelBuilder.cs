using System.Globalization;
using MmmFixtures.Rules;

namespace MmmFixtures.Generators;

/// <summary>Reads a [CommerceDataset] class and its [Tenant] attributes into a <see cref="CommerceFixtureModel"/>.</summary>
internal static class CommerceModelBuilder
{
    /// <summary>Names the generated members use; a tenant (an enum member and a property of the typed sets) cannot take them.</summary>
    private static readonly HashSet<string> Reserved = new(StringComparer.Ordinal)
    {
        "Tenant", "Tenants", "TenantSet", "Instance", "Dataset", "Rows", "Truth", "TruthSet", "Item", "CreateSpec", "WriteCsv", "Write", "WriteParquet", "value__",
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
        var daysArgument = datasetArguments.Where(a => a.Key == "Days").Cast<ArgumentValue?>().FirstOrDefault();
        // The written days, else the preset's; null when the written value breaks its own range (reported already).
        long? days = daysArgument is not null ? FixtureReader.SizeOf(datasetArguments, "Days", CommerceRules.Days) : period.Days;
        var periodAt = daysArgument?.At ?? datasetArguments.Where(a => a.Key == "StartDate").Select(a => a.At).FirstOrDefault() ?? reader.DatasetSyntax;
        if (days is long length) CheckFits(reader, start ?? period.Start, length, periodAt);

        var tenants = new List<EntityModel>();
        var names = new EntityNameRules(reader, Reserved, "tenants", "tenant names become members of the Tenant enum and of the typed data and truth");
        int declared = 0;
        foreach (var entity in reader.Entities("Tenant"))
        {
            declared++;
            bool accepted = names.Accept(entity.Name, entity.NameAt);
            if (accepted && CommerceCrossRules.IsReservedFolder(entity.Name))
            {
                reader.Report(Diagnostics.InvalidName, entity.NameAt, entity.Name, CommerceCrossRules.ReservedFolderRequirement);
                accepted = false;
            }
            var assignments = new List<Assignment>();
            var arguments = reader.Arguments(entity.Attribute, entity.Syntax, entity.Kind, entity.Path).ToList();
            foreach (var argument in arguments)
            {
                if (CommerceSpecTargets.CampaignSpend.TryGetValue(argument.Key, out string? platform)) assignments.Add(CampaignSpend(platform, argument));
                else FixtureReader.Map(CommerceSpecTargets.Tenant, argument, assignments);
            }
            CheckOrdersPerDay(reader, entity, arguments);
            if (accepted) tenants.Add(new EntityModel(entity.Name, new EquatableArray<Assignment>(assignments)));
        }
        if (declared == 0) tenants.AddRange(period.Tenants.Select(n => new EntityModel(n, default)));
        if (days is long span)
            reader.CheckSize(CommerceRules.TenantDays, CommerceCrossRules.TenantDays(declared > 0 ? declared : period.Tenants.Length, span), periodAt);

        return new CommerceFixtureModel(reader.Shape, preset, seedIsSet, new EquatableArray<Assignment>(datasetAssignments),
            new EquatableArray<EntityModel>(tenants), declared > 0, reader.Found);
    }

    // The rule is per campaign (campaigns[].dailySpend): the property sets every campaign of the platform.
    private static Assignment CampaignSpend(string platform, ArgumentValue argument) =>
        new(platform, "Campaigns", "global::System.Linq.Enumerable.ToArray(global::System.Linq.Enumerable.Select("
            + $"e.{platform}.Campaigns, c => c with {{ DailySpend = {AttributeValues.Literal(argument.Value)} }}))");

    // The period [start, start + days) stays inside the calendar (a start outside it is reported on its own).
    private static void CheckFits(FixtureReader reader, DateTime start, long days, SyntaxNode? at)
    {
        if (CalendarRules.Contains(start) && !CalendarRules.SpanFits(start, days))
            reader.Report(Diagnostics.PastTheCalendar, at, "CommerceDataset.Days", days.ToString(CultureInfo.InvariantCulture),
                CalendarRules.SpanRequirement($"the period from {CalendarRules.Text(start)}"));
    }

    // Orders of a day at base demand (BaseRevenue ÷ AverageOrderValue, written or default) stay within the runtime's cap.
    private static void CheckOrdersPerDay(FixtureReader reader, EntityAttribute entity, List<ArgumentValue> arguments)
    {
        double? Value(FieldRule rule, string key) =>
            arguments.Where(a => a.Key == key).Cast<ArgumentValue?>().FirstOrDefault() is { } written
                ? AttributeValues.AsNumber(written.Value)
                : double.Parse(rule.Default, CultureInfo.InvariantCulture);
        if (Value(CommerceRules.BaseRevenue, "BaseRevenue") is not double revenue || Value(CommerceRules.AverageOrderValue, "AverageOrderValue") is not double aov
            || !CommerceRules.BaseRevenue.Range.Contains(revenue) || !CommerceRules.AverageOrderValue.Range.Contains(aov)) return;
        double orders = CommerceCrossRules.OrdersPerDay(revenue, aov);
        if (CommerceRules.OrdersPerDay.Range.Contains(orders)) return;
        var at = arguments.Where(a => a.Key is "BaseRevenue" or "AverageOrderValue").Select(a => a.At).FirstOrDefault() ?? entity.Syntax;
        reader.Report(Diagnostics.OutOfRange, at, $"{entity.Path}.BaseRevenue ÷ AverageOrderValue", ValueRange.Format(orders), CommerceRules.OrdersPerDay.Range.ToString());
    }
}
