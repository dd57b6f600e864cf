namespace MmmFixtures.Generators;

/// <summary>Writes an MMM fixture's members: the spec from its attributes, typed rows and typed truth per channel, control and event.</summary>
internal sealed class MmmFixtureEmitter : FixtureEmitter<MmmFixtureModel>
{
    private const string Mmm = "global::MmmFixtures.Mmm";

    protected override FixtureSurface Surface { get; } = new(
        "marketing-mix", $"{Mmm}.MmmSpec", $"{Mmm}.MmmPanel", $"{Mmm}.MmmGenerator.Generate", $"{Mmm}.MmmExporter.Export",
        "Panel", "The generated panel, with every column and the full truth.",
        "Writes data.csv, truth_components.csv, truth.json and manifest.json into <paramref name=\"folder\"/>.", $"{Mmm}.MmmFamily");

    protected override void Constructor(CodeWriter w, MmmFixtureModel model)
    {
        w.Line("Rows = new RowList(data);");
        w.Line("Truth = new TruthSet(data.Truth);");
    }

    protected override void SpecBody(CodeWriter w, MmmFixtureModel model, ulong? defaultSeed)
    {
        if (model.Preset is not null)
        {
            string seed = model.Dataset.FirstOrDefault(a => a.Property == "Seed")?.Literal
                ?? (defaultSeed is ulong s && !model.SeedIsSet ? SeedLiteral(s) : "42UL");
            w.Line($"var spec = {Mmm}.MmmPresets.Get({Mmm}.MmmPreset.{model.Preset}, {seed});");
            Groups(w, "spec", model.Dataset.Where(a => a.Property != "Seed"));
            return;
        }
        w.Line($"var spec = new {Mmm}.MmmSpec();");
        DefaultSeed(w, model.SeedIsSet, defaultSeed);
        Groups(w, "spec", model.Dataset);
        w.Line("spec = spec with");
        w.Line("{");
        w.Line($"    Channels = {FactoryArray($"{Mmm}.ChannelSpec", model.Channels.Count, "Channel")},");
        w.Line($"    Controls = {FactoryArray($"{Mmm}.ControlSpec", model.Controls.Count, "Control")},");
        w.Line($"    Events = {FactoryArray($"{Mmm}.EventSpec", model.Events.Count, "Event")},");
        w.Line("};");
    }

    protected override void SpecFactories(CodeWriter w, MmmFixtureModel model)
    {
        if (model.Preset is not null) return;
        Factories(w, model.Channels, "Channel", $"{Mmm}.ChannelSpec", name => $"new {Mmm}.ChannelSpec {{ Name = {name} }}");
        Factories(w, model.Controls, "Control", $"{Mmm}.ControlSpec", name => $"new {Mmm}.ControlSpec {{ Name = {name} }}");
        // A recurring event is a one-period burst unless its attributes say otherwise.
        Factories(w, model.Events, "Event", $"{Mmm}.EventSpec", name => $"new {Mmm}.EventSpec {{ Name = {name} }}",
            MmmSpecTargets.Recurrence, (writer, recurrence) => writer.Line(
                "e = e with { Recurrence = new global::MmmFixtures.Series.PatternSpec { Kind = global::MmmFixtures.SpendPattern.OnOff, Level = 1d, Volatility = 0d, MinActivePeriods = 1, MaxActivePeriods = 1 } with { "
                + string.Join(", ", recurrence.Select(a => $"{a.Property} = {a.Literal}")) + " } };"));
    }

    protected override void Members(CodeWriter w, MmmFixtureModel model)
    {
        w.Line("/// <summary>One typed row per (date, geo), sorted by date then geo.</summary>");
        w.Line("public global::System.Collections.Generic.IReadOnlyList<Row> Rows { get; }");
        w.Line();
        w.Line("/// <summary>The truth, typed per declared channel and control.</summary>");
        w.Line("public TruthSet Truth { get; }");
        w.Line();
        EmitRow(w, model);
        EmitRowList(w, model);
        EmitTruth(w, model);
    }

    private static void EmitRow(CodeWriter w, MmmFixtureModel model)
    {
        var members = Columns(model).ToList();
        w.Line("/// <summary>One (date, geo) row: the KPI, each channel's spend, each control's value and each event's 0/1 indicator.</summary>");
        w.Open("public readonly struct Row");
        w.Line("/// <summary>Creates a row.</summary>");
        string parameters = string.Join(", ", new[] { "global::System.DateTime @Date", "string @Geo", "double @Y" }.Concat(members.Select(m => $"double @{m.Name}")));
        w.Open($"public Row({parameters})");
        foreach (string name in new[] { "Date", "Geo", "Y" }.Concat(members.Select(m => m.Name))) w.Line($"this.{name} = @{name};");
        w.Close();
        w.Line();
        w.Line("/// <summary>The period's date.</summary>");
        w.Line("public global::System.DateTime Date { get; }");
        w.Line("/// <summary>The geo's name.</summary>");
        w.Line("public string Geo { get; }");
        w.Line("/// <summary>The KPI.</summary>");
        w.Line("public double Y { get; }");
        foreach (var (name, doc, _) in members)
        {
            w.Line($"/// <summary>{doc}</summary>");
            w.Line($"public double {name} {{ get; }}");
        }
        w.Close();
        w.Line();
    }

    private static void EmitRowList(CodeWriter w, MmmFixtureModel model)
    {
        w.Open("private sealed class RowList : global::System.Collections.Generic.IReadOnlyList<Row>");
        w.Line($"private readonly {Mmm}.MmmPanel _panel;");
        w.Line();
        w.Line($"public RowList({Mmm}.MmmPanel panel) => _panel = panel;");
        w.Line();
        w.Line("public int Count => _panel.RowCount;");
        w.Line();
        w.Open("public Row this[int index]");
        w.Open("get");
        w.Line("if ((uint)index >= (uint)_panel.RowCount) throw new global::System.ArgumentOutOfRangeException(nameof(index), index, \"must be a row index\");");
        var arguments = new[] { "_panel.Dates[index / _panel.GeoCount]", "_panel.GeoNames[index % _panel.GeoCount]", "_panel.Y[index]" }
            .Concat(Columns(model).Select(m => m.Accessor));
        w.Line($"return new Row({string.Join(", ", arguments)});");
        w.Close();
        w.Close();
        w.Line();
        w.Open("public global::System.Collections.Generic.IEnumerator<Row> GetEnumerator()");
        w.Line("for (int i = 0; i < _panel.RowCount; i++) yield return this[i];");
        w.Close();
        w.Line();
        w.Line("global::System.Collections.IEnumerator global::System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();");
        w.Close();
        w.Line();
    }

    private static void EmitTruth(CodeWriter w, MmmFixtureModel model)
    {
        w.Line("/// <summary>The fixture's truth, typed per declared channel and control.</summary>");
        w.Open("public sealed class TruthSet");
        w.Line($"internal TruthSet({Mmm}.MmmTruth truth) => All = truth;");
        w.Line();
        w.Line("/// <summary>The complete truth: per-row components, geos, seasonality.</summary>");
        w.Line($"public {Mmm}.MmmTruth All {{ get; }}");
        w.Line("/// <summary>The optimal national allocation of the realised budget on the true curves, with its certificate.</summary>");
        w.Line($"public {Mmm}.Decisions.OptimalAllocation OptimalAllocation => All.OptimalAllocation;");
        for (int i = 0; i < model.Channels.Count; i++)
        {
            w.Line($"/// <summary>Channel {model.Channels[i].Name}: parameters by geo, contribution per row, ROAS, response curve.</summary>");
            w.Line($"public {Mmm}.ChannelTruth {model.Channels[i].Name} => All.Channels[{i}];");
        }
        for (int i = 0; i < model.Controls.Count; i++)
        {
            w.Line($"/// <summary>Control {model.Controls[i].Name}: its effect γ and effect per row.</summary>");
            w.Line($"public {Mmm}.EffectTruth {model.Controls[i].Name} => All.Controls[{i}];");
        }
        for (int i = 0; i < model.Events.Count; i++)
        {
            w.Line($"/// <summary>Event {model.Events[i].Name}: its effect δ and effect per row.</summary>");
            w.Line($"public {Mmm}.EffectTruth {model.Events[i].Name} => All.Events[{i}];");
        }
        w.Close();
    }

    private static IEnumerable<(string Name, string Doc, string Accessor)> Columns(MmmFixtureModel model) =>
        model.Channels.Select((c, i) => (c.Name, $"Spend of channel {c.Name}.", $"_panel.Spend({i})[index]"))
            .Concat(model.Controls.Select((c, i) => (c.Name, $"Value of control {c.Name}.", $"_panel.ControlValue({i})[index]")))
            .Concat(model.Events.Select((e, i) => (e.Name, $"1 when event {e.Name} is on, else 0.", $"_panel.EventIndicator({i})[index]")));
}
