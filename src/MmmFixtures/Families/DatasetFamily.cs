using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using MmmFixtures.Export;
using MmmFixtures.Reporting;
using MmmFixtures.Validation;

namespace MmmFixtures.Families;

/// <summary>
/// The typed base of a family descriptor: a family implements its members over its own spec type, and this base
/// gives the untyped <see cref="IDatasetFamily"/> the shared mechanisms (CLI, estimates, registry) use.
/// </summary>
/// <typeparam name="TSpec">The family's spec type.</typeparam>
public abstract class DatasetFamily<TSpec> : IDatasetFamily where TSpec : class
{
    private readonly Lazy<IReadOnlyList<DatasetPreset<TSpec>>> _presets;

    /// <summary>Creates the descriptor.</summary>
    /// <param name="name">The family's lower-case name, e.g. <c>mmm</c>.</param>
    /// <param name="description">One line saying what the family generates.</param>
    protected DatasetFamily(string name, string description)
    {
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Description = description ?? throw new ArgumentNullException(nameof(description));
        // Presets are built on first use: a CLI run that needs none does not pay for them.
        _presets = new Lazy<IReadOnlyList<DatasetPreset<TSpec>>>(() => CreatePresets().ToArray());
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public string Description { get; }

    /// <inheritdoc />
    public virtual string SpecName => $"{Name} spec";

    /// <inheritdoc />
    public Type SpecType => typeof(TSpec);

    /// <summary>The ready-made specs, in the order they are listed.</summary>
    public IReadOnlyList<DatasetPreset<TSpec>> Presets => _presets.Value;

    IReadOnlyList<IDatasetPreset> IDatasetFamily.Presets => _presets.Value;

    /// <inheritdoc />
    public virtual IReadOnlyList<ExportLayout> Layouts => Array.Empty<ExportLayout>();

    /// <summary>Makes the presets (called once).</summary>
    protected abstract IEnumerable<DatasetPreset<TSpec>> CreatePresets();

    /// <summary>Reads a spec from JSON text; throws a <see cref="SpecValidationException"/> listing every syntax, type or unknown-property problem.</summary>
    public abstract TSpec ReadSpec(string json);

    /// <summary>The spec as indented JSON text.</summary>
    public abstract string WriteSpec(TSpec spec);

    /// <summary>The spec with another root seed.</summary>
    public abstract TSpec WithSeed(TSpec spec, ulong seed);

    /// <summary>Every problem of the spec with its path and allowed range (empty when it is valid).</summary>
    public abstract IReadOnlyList<SpecError> Validate(TSpec spec);

    /// <summary>The files a valid spec's export would write, computed from the spec alone.</summary>
    public abstract OutputEstimate Estimate(TSpec spec);

    /// <summary>
    /// Generates a valid spec's dataset and writes its export folder. When <see cref="DatasetExportOptions.Report"/> is set, a
    /// family that holds the generated dataset may return its report too (<see cref="ExportResult.Report"/>), built from that
    /// dataset; when it does not, the untyped <see cref="IDatasetFamily.Export"/> adds <see cref="Report"/> of the spec.
    /// </summary>
    public abstract ExportResult Export(TSpec spec, string folder, DatasetExportOptions options);

    /// <summary>One phrase saying what an export holds.</summary>
    public abstract string DescribeExport(TSpec spec, ExportResult result);

    /// <summary>
    /// What a person should see of the spec's dataset. This base lists the spec's top-level JSON values and has no
    /// checks, truth or charts; families override it with their own.
    /// </summary>
    public virtual DatasetReport Report(TSpec spec, ReportOptions options)
    {
        using var json = JsonDocument.Parse(WriteSpec(spec));
        var facts = json.RootElement.EnumerateObject()
            .Select(p => new ReportFact(p.Name, p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()! : p.Value.GetRawText()))
            .ToArray();
        return new DatasetReport($"{Name} dataset", Description, facts, Array.Empty<ReportCheck>(), Array.Empty<ReportTable>(), Array.Empty<Chart>());
    }

    object IDatasetFamily.ReadSpec(string json) => ReadSpec(json);

    DatasetReport IDatasetFamily.Report(object spec, ReportOptions options) => Report(Typed(spec), options ?? new ReportOptions());

    string IDatasetFamily.WriteSpec(object spec) => WriteSpec(Typed(spec));

    object IDatasetFamily.WithSeed(object spec, ulong seed) => WithSeed(Typed(spec), seed);

    IReadOnlyList<SpecError> IDatasetFamily.Validate(object spec) => Validate(Typed(spec));

    OutputEstimate IDatasetFamily.Estimate(object spec) => Estimate(Typed(spec));

    ExportResult IDatasetFamily.Export(object spec, string folder, DatasetExportOptions options)
    {
        var typed = Typed(spec);
        var result = Export(typed, folder, options);
        // A family that keeps its generated dataset in memory reports it in its Export; for the others the report generates it again.
        return options.Report is { } report && result.Report is null ? result with { Report = Report(typed, report) } : result;
    }

    string IDatasetFamily.DescribeExport(object spec, ExportResult result) => DescribeExport(Typed(spec), result);

    /// <summary><c>shard k/n: </c> when <paramref name="result"/> holds one shard, so its summary is not read as the whole export's; else empty.</summary>
    private protected static string ShardPrefix(ExportResult result) => result.Shard is { } shard ? $"shard {shard}: " : "";

    private TSpec Typed(object spec) => spec as TSpec ?? throw new ArgumentException(
        $"The {Name} family takes a {typeof(TSpec).Name}, not {(spec is null ? "null" : "a " + spec.GetType().Name)}.", nameof(spec));
}
