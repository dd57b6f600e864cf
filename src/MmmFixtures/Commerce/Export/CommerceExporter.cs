using System;
using System.Collections.Generic;
using System.Linq;
using MmmFixtures.Commerce.Generation;
using MmmFixtures.Export;
using MmmFixtures.Families;
using MmmFixtures.Sharding;
using MmmFixtures.Validation;

namespace MmmFixtures.Commerce;

/// <summary>
/// Writes a commerce export folder: per tenant <c>&lt;tenant&gt;/weather_daily.csv</c>, <c>orders.csv</c>,
/// <c>meta_ads.csv</c>, <c>google_ads.csv</c> and <c>klaviyo_events.csv</c>; at the root the joined
/// <c>daily_panel.csv</c>, the per-day truth <c>truth_daily.csv</c>, the parameters <c>truth.json</c> and
/// <c>manifest.json</c> last; and each requested layout (<see cref="Layouts"/>) in its subfolder. Tenants are
/// generated and written on several threads, one tenant at a time per thread, and the rows of the root tables are
/// appended in tenant order, so memory does not grow with the number of tenants and the bytes do not depend on the
/// number of threads. A tenant's files depend on nothing but its own spec and the seed. The folder is replaced as a
/// whole: readers see the previous export or the new one, never a mix; no wall-clock time is written anywhere.
/// </summary>
public static class CommerceExporter
{
    /// <summary>The joined modelling panel, one row per tenant and day.</summary>
    public const string PanelFile = CommerceTables.PanelFile;
    /// <summary>Every log-demand term per tenant and day.</summary>
    public const string TruthDailyFile = CommerceTables.TruthDailyFile;
    /// <summary>The parameters of every tenant.</summary>
    public const string TruthFile = "truth.json";

    /// <summary>The layouts <see cref="DatasetExportOptions.Layouts"/> may name: <c>shopify</c>, <c>fivetran</c>, <c>google-ads</c>, <c>klaviyo</c>, <c>open-meteo</c>.</summary>
    public static IReadOnlyList<ExportLayout> Layouts { get; } = CommerceLayout.All.Select(l => l.Descriptor).ToArray();

    /// <summary>
    /// Validates <paramref name="spec"/>, then generates and writes it tenant by tenant without holding the dataset.
    /// The files are the bytes <see cref="Export(CommerceDataset, string, DatasetExportOptions)"/> writes for the generated dataset.
    /// </summary>
    /// <param name="spec">The spec.</param>
    /// <param name="folder">The export folder (created with its parents if needed); a previous export there is replaced as a whole.</param>
    /// <param name="options">Threads (never changing the bytes), format and layouts.</param>
    /// <exception cref="SpecValidationException">The spec is not valid (nothing is written).</exception>
    /// <exception cref="ArgumentException">A layout is not one of <see cref="Layouts"/> (nothing is written).</exception>
    /// <exception cref="ExportFolderException">Another export is writing the folder; it is a file, a mount point, the current folder or one of its ancestors, or a link leading nowhere; it holds files that are not a previous export's; or the file system failed while preparing or swapping it (the inner exception says why). The previous export is kept.</exception>
    /// <exception cref="System.IO.IOException">Writing failed (e.g. a full disk): the previous export is untouched and nothing staged remains.</exception>
    public static ExportResult Export(CommerceSpec spec, string folder, DatasetExportOptions options)
    {
        if (spec is null) throw new ArgumentNullException(nameof(spec));
        var layouts = CheckArguments(folder, options);
        CommerceSpecValidator.ThrowIfInvalid(spec);
        return Write(spec, i => TenantGenerator.Generate(spec, i), folder, options, layouts); // validated above, once
    }

    /// <summary>Writes the export of a generated dataset (its spec is validated first).</summary>
    /// <param name="dataset">The dataset, one entry per tenant of its spec.</param>
    /// <param name="folder">The export folder (created with its parents if needed); a previous export there is replaced as a whole.</param>
    /// <param name="options">Threads (never changing the bytes), format and layouts.</param>
    /// <exception cref="SpecValidationException">The dataset's spec is not valid (nothing is written).</exception>
    /// <exception cref="ArgumentException">A layout is not one of <see cref="Layouts"/>, or the dataset does not hold one entry per tenant of its spec (nothing is written).</exception>
    /// <exception cref="ExportFolderException">The folder may not be replaced (see <see cref="Export(CommerceSpec, string, DatasetExportOptions)"/>).</exception>
    /// <exception cref="System.IO.IOException">Writing failed (e.g. a full disk): the previous export is untouched and nothing staged remains.</exception>
    public static ExportResult Export(CommerceDataset dataset, string folder, DatasetExportOptions options)
    {
        if (dataset is null) throw new ArgumentNullException(nameof(dataset));
        var layouts = CheckArguments(folder, options);
        CommerceSpecValidator.ThrowIfInvalid(dataset.Spec);
        var tenants = dataset.Tenants;
        if (tenants.Count != dataset.Spec.Tenants.Count || tenants.Where((t, i) => t.Spec.Name != dataset.Spec.Tenants[i].Name).Any())
            throw new ArgumentException($"The dataset holds {tenants.Count} tenants that are not its spec's {dataset.Spec.Tenants.Count}, in order.", nameof(dataset));
        return Write(dataset.Spec, i => tenants[i], folder, options, layouts);
    }

    private static IReadOnlyList<CommerceLayout> CheckArguments(string folder, DatasetExportOptions options)
    {
        if (folder is null) throw new ArgumentNullException(nameof(folder));
        if (options is null) throw new ArgumentNullException(nameof(options));
        if (options.MaxDegreeOfParallelism is 0 or < -1)
            throw new ArgumentOutOfRangeException(nameof(options), options.MaxDegreeOfParallelism, "MaxDegreeOfParallelism must be -1 (one per processor) or at least 1");
        ShardSelection.ThrowIfInvalid(options.Shard);
        return CommerceLayout.Select(options.Layouts);
    }

    private static ExportResult Write(CommerceSpec spec, Func<int, TenantDataset> tenantAt, string folder, DatasetExportOptions options,
        IReadOnlyList<CommerceLayout> layouts)
    {
        // A shard writes only its tenants (by the stable hash of tenant/<name>): their folders and their rows of the root tables.
        var plan = options.Shard is ShardSelection shard ? new ShardPlan(shard, TenantEntity) : null;
        var tenants = plan?.Shard.Select(spec.Tenants.Count, i => ShardSelection.EntityHash(TenantEntity, spec.Tenants[i].Name))
            ?? Enumerable.Range(0, spec.Tenants.Count).ToArray();
                using var export = ExportFolder.Open(folder, options, CommerceTables.Canonical);
        using var panel = export.OpenTable(CommerceTables.Panel);
        using var truthDaily = export.OpenTable(CommerceTables.TruthDaily);
        var indexSchema = plan is null ? null : ShardRowIndex.Schema(new[] { CommerceTables.Panel, CommerceTables.TruthDaily });
        using var index = indexSchema is null ? null : export.OpenLayoutTable(indexSchema);
        var tenantFiles = new List<ExportedFile>();
        var tenantTables = new List<TableSchema>();
        var truths = new List<(TenantSpec, TenantTruth)>();
        var chunks = new List<TableChunk>();
        try
        {
            OrderedChunkPipeline.Run(tenants.Length, options.MaxDegreeOfParallelism,
                () =>
                {
                    var worker = new RootChunks(panel.NewChunk(), truthDaily.NewChunk(), index?.NewChunk());
                    worker.Recorder = worker.Index is null ? null : new ShardRowIndex.Recorder(worker.Index, new[] { worker.Panel, worker.TruthDaily });
                    lock (chunks) chunks.AddRange(new[] { worker.Panel, worker.TruthDaily, worker.Index }.OfType<TableChunk>());
                    return worker;
                },
                (worker, t) => WriteTenant(export, tenants[t], tenantAt(tenants[t]), spec.Seed, layouts, worker),
                written =>
                {
                    panel.Append(written.Panel);
                    truthDaily.Append(written.TruthDaily);
                    if (written.Index is not null) index!.Append(written.Index);
                    plan?.Entity(written.Entity, written.Files.Files);
                    tenantFiles.AddRange(written.Files.Files);
                    tenantTables.AddRange(written.Files.Tables);
                    truths.Add((written.Spec, written.Truth));
                },
                written =>
                {
                    panel.HashAhead(written.Panel);
                    truthDaily.HashAhead(written.TruthDaily);
                });
        }
        finally
        {
            foreach (var chunk in chunks) chunk.Dispose();
        }
        var rows = panel.Complete().Concat(truthDaily.Complete()).ToArray();
        var truth = export.WriteFile(TruthFile, s => CommerceTruthJson.Write(s, spec, truths));
        var files = rows.Append(truth).Concat(tenantFiles).ToList();
        var tables = new[] { CommerceTables.Panel, CommerceTables.TruthDaily }.Concat(tenantTables).ToList();
        if (plan is not null)
        {
            // A shard's truth.json lists its tenants: merge puts every shard's tenants back in spec order.
            plan.Rows(rows);
            plan.Truth(truth);
            files.AddRange(index!.Complete());
            tables.Add(indexSchema!);
        }
        return export.Commit("commerce", spec.Seed, w => CommerceSpecJson.Write(w, spec), files, tables, Array.Empty<ValidationFinding>(), plan);
    }

    /// <summary>The whole export's <c>truth.json</c> from the shards' (<paramref name="shardFolders"/>): each tenant's entry as its shard wrote it, in spec order.</summary>
    internal static ExportedFile MergeTruth(CommerceSpec spec, IReadOnlyList<string> shardFolders, ExportFolder output)
    {
        var documents = shardFolders.Select(f => System.Text.Json.JsonDocument.Parse(System.IO.File.ReadAllBytes(System.IO.Path.Combine(f, TruthFile)))).ToArray();
        try
        {
            var order = spec.Tenants.Select((t, i) => (t.Name, i)).ToDictionary(t => t.Name, t => t.i, StringComparer.Ordinal);
            var tenants = documents.SelectMany(d => d.RootElement.GetProperty("tenants").EnumerateArray())
                .OrderBy(t => order[t.GetProperty("tenant").GetString()!]).ToArray();
            return output.WriteFile(TruthFile, s => CommerceTruthJson.Write(s, spec, w =>
            {
                foreach (var tenant in tenants) tenant.WriteTo(w);
            }));
        }
        finally
        {
            foreach (var document in documents) document.Dispose();
        }
    }

    private const string TenantEntity = "tenant";

    // On a worker: the tenant's own files and layouts are written whole; its rows of the root tables are detached for the consumer to append in order.
    private static WrittenTenant WriteTenant(ExportFolder export, int entity, TenantDataset tenant, ulong seed, IReadOnlyList<CommerceLayout> layouts, RootChunks chunks)
    {
        var files = new TenantFiles(export, tenant.Spec.Name);
        CommerceTables.WriteTenantFiles(files, tenant);
        foreach (var layout in layouts) layout.Write(files.InLayout(layout.Descriptor.Name), tenant, seed);
        CommerceTables.WritePanel(chunks.Panel, tenant.Daily);
        CommerceTables.WriteTruthDaily(chunks.TruthDaily, tenant.Spec.Name, tenant.Truth.Days);
        chunks.Recorder?.EndEntity(entity);
        // Only the parameters are kept for truth.json: the days are in truth_daily.csv already.
        var truth = tenant.Truth with { Days = Array.Empty<DemandDay>() };
        return new WrittenTenant(entity, files, chunks.Panel.Detach(), chunks.TruthDaily.Detach(), chunks.Index?.Detach(), tenant.Spec, truth);
    }

    private sealed record RootChunks(TableChunk Panel, TableChunk TruthDaily, TableChunk? Index)
    {
        // A shard's row index: counts each tenant's rows of the root tables.
        public ShardRowIndex.Recorder? Recorder { get; set; }
    }

    private sealed record WrittenTenant(int Entity, TenantFiles Files, TableContent Panel, TableContent TruthDaily, TableContent? Index, TenantSpec Spec, TenantTruth Truth);
}
