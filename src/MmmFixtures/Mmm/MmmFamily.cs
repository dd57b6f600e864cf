using System;
using System.Collections.Generic;
using System.Linq;
using MmmFixtures.Export;
using MmmFixtures.Families;
using MmmFixtures.Mmm.Report;
using MmmFixtures.EnumText;
using MmmFixtures.Reporting;
using MmmFixtures.Validation;

namespace MmmFixtures.Mmm;

/// <summary>The MMM family's descriptor: presets, spec JSON, validation, output estimate and export of marketing-mix panels.</summary>
public sealed class MmmFamily : DatasetFamily<MmmSpec>, Sharding.IShardMerging
{
    private MmmFamily()
        : base("mmm", "Marketing-mix panels with their truth: data.csv, truth_components.csv, truth.json, manifest.json.")
    {
    }

    /// <inheritdoc />
    public override string SpecName => "MMM spec";

    /// <summary>The descriptor.</summary>
    public static MmmFamily Instance { get; } = new();

    /// <inheritdoc />
    protected override IEnumerable<DatasetPreset<MmmSpec>> CreatePresets() =>
        EnumTexts.MmmPresets.Values.Select(p =>
            new DatasetPreset<MmmSpec>(EnumTexts.MmmPresets[p], () => Summarize(MmmPresets.Get(p)), seed => MmmPresets.Get(p, seed)));

    /// <inheritdoc />
    public override MmmSpec ReadSpec(string json) => MmmSpecJson.Read(json);

    /// <inheritdoc />
    public override string WriteSpec(MmmSpec spec) => MmmSpecJson.Write(spec);

    /// <inheritdoc />
    public override MmmSpec WithSeed(MmmSpec spec, ulong seed) => spec with { Seed = seed };

    /// <inheritdoc />
    public override IReadOnlyList<SpecError> Validate(MmmSpec spec) => MmmSpecValidator.Validate(spec);

    /// <inheritdoc />
    public override IReadOnlyList<ExportLayout> Layouts => MmmLayouts.All;

    ExportedFile Sharding.IShardMerging.MergeTruth(object spec, string file, IReadOnlyList<string> shardFolders, ExportFolder output) =>
        MmmShardExporter.MergeTruth((MmmSpec)spec, output);

    /// <inheritdoc />
    public override ExportResult Export(MmmSpec spec, string folder, DatasetExportOptions options)
    {
        if (options.Shard is not null) return MmmShardExporter.Export(spec, folder, options);
        MmmLayouts.ThrowIfInvalid(spec, options.Layouts); // before generating: a refused layout costs nothing
        if (options.Report is not null) MmmReport.FocusGeo(spec, options.Report); // likewise a report focus naming no geo
        // Streamed unless a report is asked for (memory flat in the geos, layouts included); the report draws the held panel.
        if (options.Report is null) return MmmExporter.ExportStreamed(spec, folder, options);
        var panel = MmmGenerator.Generate(spec, options.MaxDegreeOfParallelism);
        var result = MmmExporter.Export(panel, folder, options);
        // The report draws the panel just written: generating it again would cost as much as the export's own generation.
        return result with { Report = MmmReport.Build(panel, options.Report) };
    }

    /// <inheritdoc />
    /// <remarks>A shard's summary counts the geos it holds: <c>shard 1/2: 156 rows (78 periods × 2 of 4 geos, 3 channels)</c>.</remarks>
    public override string DescribeExport(MmmSpec spec, ExportResult result)
    {
        string geos = result.Shard is { } shard
            ? $"{MmmShardExporter.GeosOf(spec, shard).Length} of {CountText.Of(spec.Geos.Count, "geo")}"
            : CountText.Of(spec.Geos.Count, "geo");
        return $"{ShardPrefix(result)}{result.TableRows(System.IO.Path.GetFileNameWithoutExtension(MmmExporter.DataFile))} rows ({spec.Periods} periods × {geos}, {CountText.Of(spec.Channels.Count, "channel")})";
    }

    /// <summary>
    /// Generates and validates the panel and reports it: the spec with each channel's transforms, every validation check
    /// with its numbers, the channels' truth, and charts of spend (national and the <see cref="ReportOptions.Focus"/> geo,
    /// default the first), the decomposition of y, ROAS and marginal ROAS, response curves and ROAS by geo × channel.
    /// </summary>
    /// <exception cref="ArgumentException">The focus names no geo of the spec (the message lists the geos).</exception>
    public override DatasetReport Report(MmmSpec spec, ReportOptions options) => MmmReport.Build(spec, options ?? new ReportOptions());

    /// <summary>
    /// Rows = periods × geos in both tables. A data row is the date, the geo name and one typical number per population, y, revenue per KPI,
    /// spend, exposure and control column (events are 0/1); a components row one number per contribution, intercept,
    /// trend, seasonality, control, noise and clamp column. truth.json is about 2 KB, plus 3 KB per channel and
    /// 1.25 KB per channel × geo (parameters by geo); the manifest holds the spec (about 650 bytes per channel). The rows are
    /// spilled to scratch space while the tables are written (<see cref="SpilledRows.ScratchBytes"/>).
    /// </summary>
    public override OutputEstimate Estimate(MmmSpec spec)
    {
        double rows = (double)spec.Periods * spec.Geos.Count;
        double geoName = spec.Geos.Average(g => (double)g.Name.Length);
        int channels = spec.Channels.Count, controls = spec.Controls.Count, events = spec.Events.Count;
        int exposures = spec.Channels.Count(c => c.Unit != MediaUnit.None);
        string[] data = MmmColumns.Data(spec).ToArray(), components = MmmColumns.Components(spec).ToArray();
        int population = (MmmColumns.HasPopulation(spec) ? 1 : 0) + (spec.KpiType == KpiType.Conversions ? 1 : 0);
        double dataRow = TypicalWidths.Date + geoName + TypicalWidths.Number * (1 + population + channels + exposures + controls) + events + data.Length;
        double componentsRow = TypicalWidths.Date + geoName + events + components.Length
            + TypicalWidths.Number * (channels + 3 + controls + 1 + (spec.ClampNegativeY ? 1 : 0));
        double truth = 2_000 + channels * (3_000 + 1_250.0 * spec.Geos.Count) + 300.0 * (controls + events) + 70.0 * spec.Geos.Count;
        double specJson = 600 + 650.0 * channels + 250.0 * (controls + events) + 40.0 * spec.Geos.Count;
        return new OutputEstimate(new[]
        {
            FileEstimate.Table(MmmExporter.DataFile, rows, TypicalWidths.Header(data), dataRow).ByEntity(),
            FileEstimate.Table(MmmExporter.ComponentsFile, rows, TypicalWidths.Header(components), componentsRow).ByEntity(),
            // A shard's truth.json holds its own geos' truth, which outweighs the national part once there are a few geos.
            FileEstimate.Document(MmmExporter.TruthFile, truth).ByEntity(),
            FileEstimate.Document(ExportManifest.FileName, specJson + 4 * TypicalWidths.ManifestPerFile),
        }) { ScratchBytes = SpilledRows.ScratchBytes(spec) };
    }

    private static string Summarize(MmmSpec spec)
    {
        string unit = spec.Frequency == Frequency.Weekly ? "weeks" : "days";
        string names = string.Join(", ", spec.Channels.Select(c => c.Name));
        if (names.Length > 60) names = names.Substring(0, 59) + "…";
        string controls = spec.Controls.Count == 0 ? "no controls" : CountText.Of(spec.Controls.Count, "control");
        string pathology = spec.Pathology is { } label ? $"; pathology: {label.Name}" : "";
        return $"{spec.Periods} {unit} × {CountText.Of(spec.Geos.Count, "geo")}, {CountText.Of(spec.Channels.Count, "channel")} ({names}), {controls}{pathology}";
    }
}
