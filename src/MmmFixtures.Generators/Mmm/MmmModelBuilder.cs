using System.Globalization;

namespace MmmFixtures.Generators;

/// <summary>Reads a [MmmDataset] class and its [Channel], [Control] and [Event] attributes into a <see cref="MmmFixtureModel"/>.</summary>
internal static class MmmModelBuilder
{
    private const string Mmm = "global::MmmFixtures.Mmm";

    /// <summary>Names the generated code uses itself, which entities therefore cannot take.</summary>
    private static readonly HashSet<string> Reserved = new(StringComparer.Ordinal)
    {
        "Date", "Geo", "Y", "Row", "Rows", "RowList", "Truth", "TruthSet", "All", "Instance", "Panel", "CreateSpec", "WriteCsv",
        "Equals", "GetHashCode", "ToString", "GetType",
    };

    public static MmmFixtureModel Build(FixtureReader reader, AttributeData dataset)
    {
        var datasetAssignments = new List<Assignment>();
        var panel = new PanelDates();
        string? preset = null;
        bool seedIsSet = false;
        foreach (var argument in reader.Arguments(dataset, reader.DatasetSyntax, "MmmDataset", "MmmDataset"))
        {
            seedIsSet |= argument.Key == "Seed";
            switch (argument.Key)
            {
                case "Preset":
                    preset = AttributeValues.EnumMemberName(argument.Value);
                    break;
                case "StartDate":
                    panel.Start = reader.Date(argument, argument.Value);
                    if (panel.Start is DateTime start) datasetAssignments.Add(new Assignment("", "StartDate", AttributeValues.DateLiteral(start)));
                    panel.StartAt = argument.At;
                    break;
                case "Geos":
                    datasetAssignments.Add(new Assignment("", "Geos", $"{Mmm}.MmmSpec.GeoNames({AttributeValues.Literal(argument.Value)})"));
                    break;
                case "GeoNames":
                    if (GeoNames(reader, argument) is { } geos) datasetAssignments.Add(geos);
                    break;
                default:
                    panel.Read(argument);
                    FixtureReader.Map(MmmSpecTargets.Dataset, argument, datasetAssignments);
                    break;
            }
        }
        panel.CheckWeekStart(reader);

        var channels = new List<EntityModel>();
        var controls = new List<EntityModel>();
        var events = new List<EntityModel>();
        var names = new EntityNameRules(reader, Reserved, uniqueByColumn: true, "entity names become members of the typed row and truth");
        EntityAttribute? firstEntity = null;
        foreach (var entity in reader.Entities("Channel", "Control", "Event"))
        {
            firstEntity ??= entity;
            bool accepted = names.Accept(entity.Name, entity.NameAt);
            var targets = entity.Kind switch { "Channel" => MmmSpecTargets.Channel, "Control" => MmmSpecTargets.Control, _ => MmmSpecTargets.Event };
            var assignments = new List<Assignment>();
            bool hasDates = false;
            foreach (var argument in reader.Arguments(entity.Attribute, entity.Syntax, entity.Kind, entity.Path))
            {
                if (argument.Key == "Dates")
                {
                    var dates = argument.Value.Values.Select(v => (Value: v, Date: reader.Date(argument, v))).ToList();
                    hasDates = dates.Count > 0;
                    foreach (var (value, date) in dates)
                        if (date is DateTime d) panel.CheckInside(reader, argument, entity.Name, d);
                    assignments.Add(new Assignment("", "Dates",
                        "new global::System.DateTime[] { " + string.Join(", ", dates.Where(d => d.Date is not null).Select(d => AttributeValues.DateLiteral(d.Date!.Value))) + " }"));
                }
                else if (argument.Key == "Pattern" && AttributeValues.EnumMemberName(argument.Value) == "Custom")
                {
                    reader.Report(Diagnostics.CustomPatternInAttribute, argument.At, argument.Path);
                }
                else
                {
                    FixtureReader.Map(targets, argument, assignments);
                }
            }
            bool nullDates = entity.Attribute.NamedArguments.Any(a => a.Key == "Dates" && a.Value.IsNull); // already reported
            if (entity.Kind == "Event" && !nullDates) CheckOccurs(reader, entity, hasDates, assignments.Any(a => a.Group == MmmSpecTargets.Recurrence));
            if (!accepted) continue; // left out of the members; CreateSpec() throws the name's diagnostic
            var model = new EntityModel(entity.Name, new EquatableArray<Assignment>(assignments));
            (entity.Kind == "Channel" ? channels : entity.Kind == "Control" ? controls : events).Add(model);
        }

        if (preset is not null)
        {
            if (firstEntity is { } first) reader.Report(Diagnostics.PresetWithEntities, first.Syntax, preset, first.Kind);
            else if (PresetCatalog.Presets.TryGetValue(preset, out var presetNames))
            {
                channels.AddRange(presetNames.Channels.Select(n => new EntityModel(n, default)));
                controls.AddRange(presetNames.Controls.Select(n => new EntityModel(n, default)));
            }
        }

        return new MmmFixtureModel(reader.Shape, preset, seedIsSet,
            new EquatableArray<Assignment>(datasetAssignments), new EquatableArray<EntityModel>(channels),
            new EquatableArray<EntityModel>(controls), new EquatableArray<EntityModel>(events), reader.Found);
    }

    private static Assignment? GeoNames(FixtureReader reader, ArgumentValue argument)
    {
        var names = argument.Value.Values.Select(v => v.Value as string ?? "").ToArray();
        if (names.Length == 0 || names.Any(string.IsNullOrWhiteSpace))
        {
            reader.Report(Diagnostics.InvalidName, argument.At, argument.Path, "is an empty list or holds an empty name: give non-empty geo names");
            return null;
        }
        var duplicate = names.GroupBy(n => n, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            reader.Report(Diagnostics.DuplicateName, argument.At, EntityNameRules.Display(duplicate.Key));
            return null;
        }
        return new Assignment("", "Geos",
            $"new {Mmm}.GeoSpec[] {{ " + string.Join(", ", names.Select(n => $"new {Mmm}.GeoSpec({AttributeValues.StringLiteral(n)})")) + " }");
    }

    // The runtime requires an event to have dates or a recurrence, not both.
    private static void CheckOccurs(FixtureReader reader, EntityAttribute entity, bool hasDates, bool recurs)
    {
        string name = EntityNameRules.Display(entity.Name);
        if (!hasDates && !recurs)
            reader.Report(Diagnostics.EventNeverInPanel, entity.Syntax, name, "has no Dates and no recurrence (ActivationProbability): give one or the other");
        else if (hasDates && recurs)
            reader.Report(Diagnostics.EventNeverInPanel, entity.Syntax, name, "has Dates and a recurrence (ActivationProbability, Min/MaxActivePeriods): give one or the other");
    }

    /// <summary>The panel's calendar as far as the attributes state it, for the constant-only date checks.</summary>
    private sealed class PanelDates
    {
        public DateTime? Start;
        public SyntaxNode? StartAt;
        private int? _periods;
        private bool _daily;
        private DayOfWeek? _weekStart;

        public void Read(ArgumentValue argument)
        {
            if (argument.Key == "Periods" && argument.Value.Value is int periods) _periods = periods;
            if (argument.Key == "Frequency") _daily = AttributeValues.EnumMemberName(argument.Value) == "Daily";
            if (argument.Key == "WeekStart" && argument.Value.Value is int day) _weekStart = (DayOfWeek)day;
        }

        private int Periods => _periods ?? int.Parse(Rules.MmmRules.Periods.Default, CultureInfo.InvariantCulture);

        // A weekly panel starts on its week start (the runtime's rule; Monday unless WeekStart says otherwise).
        public void CheckWeekStart(FixtureReader reader)
        {
            if (Start is not DateTime start || _daily) return;
            var weekStart = _weekStart ?? DayOfWeek.Monday;
            if (start.DayOfWeek != weekStart)
                reader.Report(Diagnostics.StartNotOnWeekStart, StartAt, start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), start.DayOfWeek.ToString(), weekStart.ToString());
        }

        // An event date must fall inside [start, start + periods); checked when the attributes state the start date.
        public void CheckInside(FixtureReader reader, ArgumentValue argument, string eventName, DateTime date)
        {
            if (Start is not DateTime start || Periods < 1) return;
            DateTime end = start.AddDays((_daily ? 1.0 : 7.0) * Periods);
            if (date < start || date >= end)
                reader.Report(Diagnostics.EventNeverInPanel, argument.At, EntityNameRules.Display(eventName),
                    $"the date {date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} falls outside the panel [{start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}, {end.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)})");
        }
    }
}
