using System;
using System.Linq;
using System.Text.Json;
using MmmFixtures.Export;
using MmmFixtures.Families;
using MmmFixtures.Sharding;

namespace MmmFixtures.Mmm;

/// <summary>
/// Writes one shard of an MMM export (<c>--shard k/n</c>): the panel of the geos whose stable hash falls in the shard
/// (each geo's rows depend on its own streams only, so they equal the whole panel's), <c>data</c> and
/// <c>truth_components</c> sorted by period then geo like the whole export, the <c>truth.json</c> of those geos and the
/// row index that lets <c>merge</c> put every (period, geo) row back in place. The whole export's <c>truth.json</c>
/// (national ROAS, shares, optimal allocation over every geo) is not a sum of exact per-shard values, so merge
/// regenerates it from the spec.
/// </summary>
internal static class MmmShardExporter
{
    private const string GeoEntity = "geo";

    /// <summary>Writes shard <see cref="DatasetExportOptions.Shard"/> of <paramref name="spec"/> into <paramref name="folder"/>.</summary>
    public static ExportResult Export(MmmSpec spec, string folder, DatasetExportOptions options)
    {
        var shard = options.Shard ?? throw new ArgumentException("The options name no shard.", nameof(options));
        ShardSelection.ThrowIfInvalid(shard);
        if (options.Layouts.Count > 0)
            throw new ExportOptionsException($"An MMM shard writes the canonical tables only; write the layouts ({string.Join(", ", options.Layouts)}) from the merged export.");
        int[] geos = GeosOf(spec, shard);
        // The shard's geos are generated and written streamed, like a whole export (a shard without geos has headers only).
        var generation = geos.Length == 0 ? null : MmmGenerator.Prepare(spec with { Geos = geos.Select(g => spec.Geos[g]).ToArray() }, options.MaxDegreeOfParallelism);

        TableSchema data = MmmColumns.DataTable(spec), components = MmmColumns.ComponentsTable(spec);
        var index = ShardRowIndex.Schema(new[] { data, components });
        var plan = new ShardPlan(shard, GeoEntity);
        using var export = ExportFolder.Open(folder, options.Format);
        MmmValidationReport? report = null;
        ExportedFile[] rows;
        ExportedFile truth;
        if (generation is null)
        {
            rows = export.WriteTable(data, _ => { }).Concat(export.WriteTable(components, _ => { })).ToArray();
            truth = export.WriteFile(MmmExporter.TruthFile, s => WriteEmptyTruth(s, spec));
        }
        else
        {
            (var files, _, report) = MmmStreamedExport.Write(generation, export, data, components, Array.Empty<string>(), options.MaxDegreeOfParallelism);
            (rows, truth) = (files.Take(files.Length - 1).ToArray(), files[files.Length - 1]);
        }
        // The whole panel's row t·G + g is period t of geo g: each of the shard's rows is one block at that position.
        var indexFiles = export.WriteLayoutTable(index, r =>
        {
            for (int t = 0; t < spec.Periods; t++)
                foreach (int g in geos)
                {
                    r.Int64((long)t * spec.Geos.Count + g);
                    r.Int64(1);
                    r.Int64(1);
                    r.EndRow();
                }
        });
        plan.Rows(rows);
        plan.Truth(truth);
        return export.Commit("mmm", spec.Seed, w => MmmSpecJson.Write(w, spec), rows.Append(truth).Concat(indexFiles).ToArray(),
            new[] { data, components, index }, report?.Findings ?? Array.Empty<Validation.ValidationFinding>(), plan);
    }

    /// <summary>The indexes (ascending) of the spec's geos that <paramref name="shard"/> holds.</summary>
    public static int[] GeosOf(MmmSpec spec, ShardSelection shard) =>
        shard.Select(spec.Geos.Count, g => ShardSelection.EntityHash(GeoEntity, spec.Geos[g].Name));

    /// <summary>The whole export's <c>truth.json</c>, regenerated from the spec (its aggregates and optimum span every geo).</summary>
    public static ExportedFile MergeTruth(MmmSpec spec, ExportFolder output)
    {
        // Streamed like a whole export (memory flat in the geos): the rows go to a scratch file the truth reads back.
        return MmmStreamedExport.WriteTruth(MmmGenerator.Prepare(spec, -1), output, -1);
    }

    // A shard that holds no geo has no truth of its own: it says so.
    private static void WriteEmptyTruth(System.IO.Stream stream, MmmSpec spec)
    {
        using var w = new Utf8JsonWriter(stream, JsonFormat.WriterOptions);
        w.WriteStartObject();
        w.WriteNumber("algorithmVersion", GenerationAlgorithm.Version);
        w.WriteNumber("seed", spec.Seed);
        w.WriteStartArray("geos");
        w.WriteEndArray();
        w.WriteEndObject();
        w.Flush();
        stream.WriteByte((byte)'\n');
    }
}
