namespace MmmFixtures.Generators;

/// <summary>
/// Writes a clickstream fixture's members: a <c>Persona</c> enum of the declared personas, the spec from the
/// attributes, the typed events and a typed truth.
/// </summary>
internal sealed class ClickstreamFixtureEmitter : FixtureEmitter<ClickstreamFixtureModel>
{
    private const string Cs = "global::MmmFixtures.Clickstream";

    protected override FixtureSurface Surface { get; } = new(
        "clickstream", $"{Cs}.ClickstreamSpec", $"{Cs}.ClickstreamDataset", $"{Cs}.ClickstreamGenerator.Generate", $"{Cs}.ClickstreamExporter.Export",
        "Data", "The generated dataset: items, users, events, sessions and truth.",
        "Writes every table, layout and truth file into <paramref name=\"folder\"/>.", $"{Cs}.ClickstreamFamily");

    protected override void Constructor(CodeWriter w, ClickstreamFixtureModel model) => w.Line("Truth = new TruthSet(data);");

    protected override void SpecBody(CodeWriter w, ClickstreamFixtureModel model, ulong? defaultSeed)
    {
        w.Line($"var spec = new {Cs}.ClickstreamSpec();");
        DefaultSeed(w, model.SeedIsSet, defaultSeed);
        Groups(w, "spec", model.Dataset);
        if (!model.DefaultPersonas)
            w.Line($"spec = spec with {{ Personas = {FactoryArray($"{Cs}.PersonaSpec", model.Personas.Count, "Persona")} }};");
        if (model.Categories.Count > 0)
            w.Line($"spec = spec with {{ Catalog = spec.Catalog with {{ Categories = {FactoryArray($"{Cs}.CategorySpec", model.Categories.Count, "Category")} }} }};");
    }

    protected override void SpecFactories(CodeWriter w, ClickstreamFixtureModel model)
    {
        if (!model.DefaultPersonas) Factories(w, model.Personas, "Persona", $"{Cs}.PersonaSpec", name => $"new {Cs}.PersonaSpec({name})");
        Factories(w, model.Categories, "Category", $"{Cs}.CategorySpec", name => $"new {Cs}.CategorySpec({name})");
    }

    protected override void Members(CodeWriter w, ClickstreamFixtureModel model)
    {
        EntityEnum(w, "Persona", "The fixture's personas, in declaration order (the truth's persona index).", model.Personas);
        w.Line("/// <summary>Every event, by user then time.</summary>");
        w.Line($"public global::System.Collections.Generic.IReadOnlyList<{Cs}.ClickEvent> Events => Data.Events;");
        w.Line();
        w.Line("/// <summary>The truth, with personas typed as <see cref=\"Persona\"/>.</summary>");
        w.Line("public TruthSet Truth { get; }");
        w.Line();
        w.Line("/// <summary>The fixture's truth, with personas typed.</summary>");
        w.Open("public sealed class TruthSet");
        w.Line($"private readonly {Cs}.ClickstreamDataset _data;");
        w.Line();
        w.Line($"internal TruthSet({Cs}.ClickstreamDataset data) => _data = data;");
        w.Line();
        w.Line("/// <summary>The persona of user <paramref name=\"userId\"/> (1-based).</summary>");
        w.Line("public Persona PersonaOf(int userId) => (Persona)_data.UserTruth[userId - 1].PersonaIndex;");
        w.Line();
        w.Line("/// <summary>Per user: persona index, latent rates, category affinities, bot flag.</summary>");
        w.Line($"public global::System.Collections.Generic.IReadOnlyList<{Cs}.UserTruth> Users => _data.UserTruth;");
        w.Line();
        w.Line("/// <summary>Per session: intended and realised purchase, true purchase probability.</summary>");
        w.Line($"public global::System.Collections.Generic.IReadOnlyList<{Cs}.SessionTruth> Sessions => _data.Sessions;");
        w.Line();
        w.Line("/// <summary>The funnel of <paramref name=\"persona\"/>, counted from the rows.</summary>");
        w.Line($"public {Cs}.PersonaFunnel FunnelOf(Persona persona) => _data.Aggregates.FunnelByPersona[(int)persona];");
        w.Line();
        w.Line("/// <summary>Event mix, funnels and conversion by hour and weekday.</summary>");
        w.Line($"public {Cs}.ClickstreamAggregates Aggregates => _data.Aggregates;");
        w.Close();
    }
}
