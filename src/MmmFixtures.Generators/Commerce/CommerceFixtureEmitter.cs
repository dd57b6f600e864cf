namespace MmmFixtures.Generators;

/// <summary>
/// Writes a commerce fixture's members: a <c>Tenant</c> enum of the tenants, the spec from the attributes, each
/// tenant's daily rows and tables, and its truth, typed per tenant.
/// </summary>
internal sealed class CommerceFixtureEmitter : FixtureEmitter<CommerceFixtureModel>
{
    private const string Cm = "global::MmmFixtures.Commerce";
    private const string List = "global::System.Collections.Generic.IReadOnlyList";

    protected override FixtureSurface Surface { get; } = new(
        "multi-tenant commerce", $"{Cm}.CommerceSpec", $"{Cm}.CommerceDataset", $"{Cm}.CommerceGenerator.Generate", $"{Cm}.CommerceExporter.Export",
        "Dataset", "The generated dataset: every tenant's weather, orders, ads, e-mail, daily panel and truth.",
        "Writes every tenant's tables, the daily panel, truth and manifest into <paramref name=\"folder\"/>, as CSV.",
        $"{Cm}.CommerceFamily", "new global::MmmFixtures.Families.DatasetExportOptions()");

    protected override void Constructor(CodeWriter w, CommerceFixtureModel model)
    {
        w.Line("Tenants = new TenantSet(data);");
        w.Line("Truth = new TruthSet(data);");
    }

    protected override void SpecBody(CodeWriter w, CommerceFixtureModel model, ulong? defaultSeed)
    {
        w.Line(model.Preset is null ? $"var spec = new {Cm}.CommerceSpec();" : $"var spec = {Cm}.CommercePresets.{model.Preset};");
        DefaultSeed(w, model.SeedIsSet, defaultSeed);
        Groups(w, "spec", model.Dataset);
        if (model.DeclaredTenants)
            w.Line($"spec = spec with {{ Tenants = {FactoryArray($"{Cm}.TenantSpec", model.Tenants.Count, "Tenant")} }};");
    }

    protected override void SpecFactories(CodeWriter w, CommerceFixtureModel model)
    {
        if (model.DeclaredTenants) Factories(w, model.Tenants, "Tenant", $"{Cm}.TenantSpec", name => $"new {Cm}.TenantSpec({name})");
    }

    protected override void Members(CodeWriter w, CommerceFixtureModel model)
    {
        EntityEnum(w, "Tenant", "The fixture's tenants, in spec order (the index into the dataset's tenants).", model.Tenants);
        w.Line("/// <summary>The daily panel rows of <paramref name=\"tenant\"/>: net revenue, orders, spend, sends and weather, one per day.</summary>");
        w.Line($"public {List}<{Cm}.TenantDay> Rows(Tenant tenant) => Dataset.Tenants[(int)tenant].Daily;");
        w.Line();
        w.Line("/// <summary>Each tenant's tables (weather, orders, ads, e-mail, daily panel), typed per tenant.</summary>");
        w.Line("public TenantSet Tenants { get; }");
        w.Line();
        w.Line("/// <summary>Each tenant's truth (elasticities, weather and media parameters, every log-demand term per day), typed per tenant.</summary>");
        w.Line("public TruthSet Truth { get; }");
        w.Line();
        TypedSet(w, model, "TenantSet", "The tenants' tables, typed per tenant.", $"{Cm}.TenantDataset", "", "tables");
        w.Line();
        TypedSet(w, model, "TruthSet", "The tenants' truth, typed per tenant.", $"{Cm}.TenantTruth", ".Truth", "truth");
    }

    // A class with one property per tenant and an indexer by Tenant, reading Dataset.Tenants[i]{suffix}.
    private static void TypedSet(CodeWriter w, CommerceFixtureModel model, string name, string summary, string type, string suffix, string what)
    {
        w.Line($"/// <summary>{summary}</summary>");
        w.Open($"public sealed class {name}");
        w.Line($"internal {name}({Cm}.CommerceDataset data) => Dataset = data;");
        w.Line();
        w.Line($"private {Cm}.CommerceDataset Dataset {{ get; }}");
        w.Line();
        w.Line($"/// <summary>The {what} of <paramref name=\"tenant\"/>.</summary>");
        w.Line($"public {type} this[Tenant tenant] => Dataset.Tenants[(int)tenant]{suffix};");
        for (int i = 0; i < model.Tenants.Count; i++)
        {
            w.Line($"/// <summary>The {what} of tenant {model.Tenants[i].Name}.</summary>");
            w.Line($"public {type} {model.Tenants[i].Name} => Dataset.Tenants[{i}]{suffix};");
        }
        w.Close();
    }
}
