using System.Text.Json;
using MmmFixtures.Export;
using MmmFixtures.Families;
using MmmFixtures.Rules;
using MmmFixtures.Validation;

namespace MmmFixtures.Tests.Families;

/// <summary>A test-only family, to show that a family is files plus one registration: numbers and their squares.</summary>
/// <param name="Seed">The root seed (recorded; the numbers do not need randomness).</param>
/// <param name="Rows">How many numbers.</param>
public sealed record ToySpec(ulong Seed, int Rows);

/// <summary>The toy family's descriptor: one preset, one table written through the shared export files and manifest.</summary>
public sealed class ToyFamily : DatasetFamily<ToySpec>
{
    public ToyFamily() : base("toy", "Numbers and their squares: numbers.csv, manifest.json.")
    {
    }

    protected override IEnumerable<DatasetPreset<ToySpec>> CreatePresets() =>
        new[] { new DatasetPreset<ToySpec>("Tiny", "10 rows", seed => new ToySpec(seed, 10)) };

    public override ToySpec ReadSpec(string json)
    {
        using var document = JsonDocument.Parse(json);
        return new ToySpec(document.RootElement.GetProperty("seed").GetUInt64(), document.RootElement.GetProperty("rows").GetInt32());
    }

    public override string WriteSpec(ToySpec spec) => $"{{ \"seed\": {spec.Seed}, \"rows\": {spec.Rows} }}\n";

    public override ToySpec WithSeed(ToySpec spec, ulong seed) => spec with { Seed = seed };

    // A family's fields are checked through rules, as the built-in families' are (theirs live in Rules/).
    private static readonly FieldRule RowsRule = new("rows", null, ValueRange.Closed(1, 1_000_000), "10", "How many numbers.", isInteger: true);

    public override IReadOnlyList<SpecError> Validate(ToySpec spec)
    {
        var errors = new SpecErrorCollector();
        errors.Check(RowsRule, spec.Rows);
        return errors.Errors;
    }

    public override OutputEstimate Estimate(ToySpec spec) => new(new[]
    {
        FileEstimate.Table("numbers.csv", spec.Rows, 9, 2 * 7 + 2), FileEstimate.Document(ExportManifest.FileName, 600),
    });

    public override ExportResult Export(ToySpec spec, string folder, DatasetExportOptions options)
    {
        var table = new TableSchema("numbers.csv", new[] { new ColumnSchema("n", ColumnRole.Key), new ColumnSchema("square", ColumnRole.Observable) });
        using var export = ExportFolder.Open(folder);
        var numbers = export.WriteFile(table.FileName, stream =>
        {
            using var csv = CsvFormat.CreateWriter(stream);
            csv.WriteHeader(table.Header);
            for (long n = 1; n <= spec.Rows; n++)
            {
                csv.WriteField(n, default);
                csv.WriteField(n * n, default);
                csv.EndRecord();
            }
        }, spec.Rows);
        return export.Commit(Name, spec.Seed, w => w.WriteRawValue(WriteSpec(spec)), new[] { numbers }, new[] { table }, Array.Empty<ValidationFinding>());
    }

    public override string DescribeExport(ToySpec spec, ExportResult result) => $"{result.Files[0].Rows} numbers";
}
