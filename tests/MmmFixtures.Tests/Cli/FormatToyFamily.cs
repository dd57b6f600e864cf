using MmmFixtures.Export;
using MmmFixtures.Families;
using MmmFixtures.Validation;

namespace MmmFixtures.Tests.Cli;

/// <summary>The spec of <see cref="FormatToyFamily"/>.</summary>
/// <param name="Rows">How many numbers.</param>
public sealed record NumbersSpec(int Rows);

/// <summary>
/// A test-only family writing its one table through the export floor in the requested format, with two layouts that
/// each write a copy of it into their subfolder: what the CLI's <c>--format</c> and <c>--layout</c> drive in every family.
/// </summary>
public sealed class FormatToyFamily : DatasetFamily<NumbersSpec>
{
    private static readonly TableSchema Numbers = new("numbers.csv", new ColumnSchema[]
    {
        new("n", ColumnRole.Key, Type: ColumnType.Int64), new("day", ColumnRole.Time, Type: ColumnType.Date), new("half", ColumnRole.Observable),
    });

    public FormatToyFamily() : base("numbers", "Numbers, their days and halves.")
    {
    }

    public override IReadOnlyList<ExportLayout> Layouts { get; } = new[] { new ExportLayout("flat", "A flat copy."), new ExportLayout("wide", "A wide copy.") };

    protected override IEnumerable<DatasetPreset<NumbersSpec>> CreatePresets() => new[] { new DatasetPreset<NumbersSpec>("Ten", "10 rows", _ => new NumbersSpec(10)) };

    public override NumbersSpec ReadSpec(string json) => new(int.Parse(json, System.Globalization.CultureInfo.InvariantCulture));

    public override string WriteSpec(NumbersSpec spec) => $"{spec.Rows}\n";

    public override NumbersSpec WithSeed(NumbersSpec spec, ulong seed) => spec;

    public override IReadOnlyList<SpecError> Validate(NumbersSpec spec) => Array.Empty<SpecError>();

    public override OutputEstimate Estimate(NumbersSpec spec) => new(new[] { FileEstimate.Table("numbers.csv", spec.Rows, 12, 16), FileEstimate.Document(ExportManifest.FileName, 600) });

    public override ExportResult Export(NumbersSpec spec, string folder, DatasetExportOptions options)
    {
        var layouts = LayoutSelection.Resolve(Name, Layouts, options.Layouts);
        using var export = ExportFolder.Open(folder, options.Format);
        var tables = new[] { Numbers }.Concat(layouts.Select(l => Numbers with { FileName = $"{l.Name}/numbers.csv" })).ToArray();
        var files = tables.SelectMany(table => export.WriteTable(table, rows =>
        {
            for (int n = 1; n <= spec.Rows; n++)
            {
                rows.Int64(n);
                rows.Date(new DateTime(2024, 1, n));
                rows.Double(n / 2.0);
                rows.EndRow();
            }
        })).ToArray();
        return export.Commit(Name, 0, w => w.WriteNumberValue(spec.Rows), files, tables, Array.Empty<ValidationFinding>());
    }

    public override string DescribeExport(NumbersSpec spec, ExportResult result) => $"{spec.Rows} numbers";
}
