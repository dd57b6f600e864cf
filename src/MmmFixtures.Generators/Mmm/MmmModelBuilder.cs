using System.Globalization;
using MmmFixtures.Naming;
using MmmFixtures.Rules;

namespace MmmFixtures.Generators;

/// <summary>Reads a [MmmDataset] class and its [Channel], [Control] and [Event] attributes into a <see cref="MmmFixtureModel"/>.</summary>
internal static class MmmModelBuilder
{
    private const string Mmm = "global::MmmFixtures.Mmm";

    /// <summary>Names the generated code uses itself, which entities therefore cannot take.</summary>
    private static readonly HashSet<string> Reserved = new(StringComparer.Ordinal)
    {
        "Date", "Geo", "Y", "Row", "Rows", "RowList", "Truth", "TruthSet", "All", "OptimalAllocation", "Instance", "Panel", "CreateSpec", "WriteCsv", "Write", "WriteParquet",
        "Equals", "GetHashCode", "ToString", "GetType",
    };

    public static MmmFixtureModel Build(FixtureReader reader, AttributeData dataset)
    {
        var datasetAssignments = new List<Assignment>();
        var panel = new PanelDates();
        string? preset = null;
        bool seedIsSet = false;
        var datasetArguments = reader.Arguments(dataset, reader.DatasetSyntax, "MmmDataset", "MmmDataset").ToList();
        foreach (var argument in datasetArguments)
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
        panel.CheckFits(reader);

        var channels = new List<EntityModel>();
        var controls = new List<EntityModel>();
        var events = new List<EntityModel>();
        var names = new EntityNameRules(reader, Reserved, "channels, controls and events", "entity names become members of the typed row and truth");
        EntityAttribute? firstEntity = null;
        foreach (var entity in reader.Entities("Channel", "Control", "Event"))
        {
            firstEntity ??= entity;
            bool accepted = names.Accept(entity.Name, entity.NameAt);
            var targets = entity.Kind switch { "Channel" => MmmSpecTargets.Channel, "Control" => MmmSpecTargets.Control, _ => MmmSpecTargets.Event };
            var assignments = new List<Assignment>();
            int dateCount = 0;
            var arguments = reader.Arguments(entity.Attribute, entity.Syntax, entity.Kind, entity.Path).ToList();
            if (MmmSpecTargets.Bounds.TryGetValue(entity.Kind, out var bounds)) reader.CheckLowerBounds(entity.Kind, entity.Path, arguments, bounds);
            foreach (var argument in arguments)
            {
                if (argument.Key == "Dates")
                {
                    var dates = argument.Value.Values.Select(v => reader.Date(argument, v)).ToList();
                    dateCount = dates.Count;
                    for (int i = 0; i < dates.Count; i++)
                        if (dates[i] is DateTime date) panel.CheckInside(reader, argument, entity.Name, i, date);
                    assignments.Add(new Assignment("", "Dates",
                        "new global::System.DateTime[] { " + string.Join(", ", dates.OfType<DateTime>().Select(AttributeValues.DateLiteral)) + " }"));
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
            if (entity.Kind == "Event" && !nullDates) CheckSchedule(reader, entity, dateCount, assignments.Any(a => a.Group == MmmSpecTargets.Recurrence));
            if (!accepted) continue; // left out of the members; CreateSpec() throws the name's diagnostic
            var model = new EntityModel(entity.Name, new EquatableArray<Assignment>(assignments));
            (entity.Kind == "Channel" ? channels : entity.Kind == "Control" ? controls : events).Add(model);
        }

        if (preset is null) CheckSizes(reader, datasetArguments, channels.Count, controls.Count, events.Count);

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

    // The panel's size caps (rows, and values of the per-cell series), before anything is allocated at run time.
    private static void CheckSizes(FixtureReader reader, List<ArgumentValue> datasetArguments, int channels, int controls, int events)
    {
        var geoNames = datasetArguments.Where(a => a.Key == "GeoNames").Cast<ArgumentValue?>().FirstOrDefault();
        long? geos = geoNames is { } names ? names.Value.Values.Length : FixtureReader.SizeOf(datasetArguments, "Geos", MmmRules.Geos);
        if (FixtureReader.SizeOf(datasetArguments, "Periods", MmmRules.Periods) is not long periods || geos is not long g) return;
        var at = datasetArguments.Where(a => a.Key == "Periods").Select(a => a.At).FirstOrDefault() ?? reader.DatasetSyntax;
        reader.CheckSize(MmmRules.Cells, MmmCrossRules.Cells(periods, g), at);
        if (MmmRules.Cells.Range.Contains(MmmCrossRules.Cells(periods, g)))
            reader.CheckSize(MmmRules.SeriesCells, MmmCrossRules.SeriesCells(periods, g, channels, controls, events), at);
    }

    private static Assignment? GeoNames(FixtureReader reader, ArgumentValue argument)
    {
        var names = argument.Value.Values.Select(v => v.Value as string ?? "").ToArray();
        if (names.Length == 0)
        {
            reader.Report(Diagnostics.InvalidName, argument.At, argument.Path, "is an empty list: give at least one geo name");
            return null;
        }
        if (names.Select(n => (Name: n, Problem: EntityNames.ValueNameProblem(n))).FirstOrDefault(x => x.Problem is not null) is { Problem: { } problem } bad)
        {
            reader.Report(Diagnostics.InvalidName, argument.At, EntityNameRules.Display(bad.Name), problem);
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

    // The runtime's schedule rule: dates or a recurrence, exactly one.
    private static void CheckSchedule(FixtureReader reader, EntityAttribute entity, int dateCount, bool recurs)
    {
        // The decision is the shared rule's; the words are the attribute's (its recurrence is three properties).
        if (MmmCrossRules.EventSchedule(dateCount, recurs) is not null)
            reader.Report(Diagnostics.EventSchedule, entity.Syntax, EntityNameRules.Display(entity.Name), recurs
                ? "give either Dates or a recurrence (ActivationProbability, MinActivePeriods, MaxActivePeriods), not both"
                : "give Dates, or ActivationProbability (with MinActivePeriods, MaxActivePeriods) for a recurring event");
    }

    /// <summary>
    /// The panel's calendar as the attributes state it, for the constant-only checks of the shared cross rules.
    /// Unset calendar fields take MmmSpec's defaults: weekly, from Monday 2022-01-03, the periods rule's default.
    /// </summary>
    private sealed class PanelDates
    {
        private static readonly DateTime DefaultStart = new(2022, 1, 3);

        public DateTime? Start;
        public SyntaxNode? StartAt;
        private int? _periods;
        private SyntaxNode? _periodsAt;
        private bool _weekly = true;
        private DayOfWeek _weekStart = DayOfWeek.Monday;

        public void Read(ArgumentValue argument)
        {
            if (argument.Key == "Periods" && argument.Value.Value is int periods) (_periods, _periodsAt) = (periods, argument.At);
            if (argument.Key == "Frequency") _weekly = AttributeValues.EnumMemberName(argument.Value) != "Daily";
            if (argument.Key == "WeekStart" && argument.Value.Value is int day) _weekStart = (DayOfWeek)day;
        }

        private DateTime First => Start ?? DefaultStart;

        private int Periods => _periods ?? int.Parse(MmmRules.Periods.Default, CultureInfo.InvariantCulture);

        // Only a panel whose own fields are in range is related to the calendar (the ranges are reported on their own).
        private bool Checkable => CalendarRules.Contains(First) && MmmRules.Periods.Range.Contains(Periods);

        public void CheckWeekStart(FixtureReader reader)
        {
            if (Start is DateTime start && _weekly && !CalendarRules.StartsOnWeekStart(start, _weekStart))
                reader.Report(Diagnostics.StartNotOnWeekStart, StartAt, CalendarRules.Text(start), CalendarRules.WeekStartRequirement(start, _weekStart));
        }

        public void CheckFits(FixtureReader reader)
        {
            if (Checkable && !MmmCrossRules.PanelFits(First, Periods, _weekly))
                reader.Report(Diagnostics.PastTheCalendar, _periodsAt ?? StartAt, "MmmDataset.Periods", Periods.ToString(CultureInfo.InvariantCulture),
                    CalendarRules.SpanRequirement($"the panel from {CalendarRules.Text(First)}"));
        }

        // An event date falls inside the panel [start, end).
        public void CheckInside(FixtureReader reader, ArgumentValue argument, string eventName, int index, DateTime date)
        {
            if (!Checkable || !MmmCrossRules.PanelFits(First, Periods, _weekly)) return;
            if (MmmCrossRules.EventDate(date, First, MmmCrossRules.PanelEnd(First, Periods, _weekly)) is { } requirement)
                reader.Report(Diagnostics.EventSchedule, argument.At, EntityNameRules.Display(eventName),
                    $"Dates[{index}] = {CalendarRules.Text(date)} {requirement}");
        }
    }
}
