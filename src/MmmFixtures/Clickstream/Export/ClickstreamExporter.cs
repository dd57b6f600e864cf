using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using MmmFixtures.Clickstream.Generation;
using MmmFixtures.Export;
using MmmFixtures.Concurrency;

namespace MmmFixtures.Clickstream;

/// <summary>
/// Writes a clickstream export folder: the observable tables (<c>items.csv</c>, <c>users.csv</c>,
/// <c>events.csv</c>, rows in arrival order per user, so late events come after later ones), the same events
/// in the RetailRocket and REES46 layouts, the truth (<c>truth_users.csv</c>, <c>truth_sessions.csv</c>,
/// <c>truth_items.csv</c>, <c>truth_defects.csv</c>, <c>truth.json</c>) and <c>manifest.json</c> last.
/// Users are formatted in chunks on several threads and written in order, so the bytes do not depend on the
/// number of threads. The folder is replaced as a whole: readers see the previous export or the new one, never a mix.
/// </summary>
public static class ClickstreamExporter
{
    private const int UsersPerChunk = 256;
    private const long FlushToDiskEvery = 16L << 20;

    // The manifest lists the files in this order.
    private static readonly string[] FileOrder =
    {
        "items.csv", "users.csv", "events.csv", "retailrocket_events.csv", "rees46_events.csv",
        "truth_users.csv", "truth_sessions.csv", "truth_items.csv", "truth_defects.csv", "truth.json",
    };

    /// <summary>Writes the export of a generated dataset into <paramref name="folder"/> (created if needed) and returns the files, manifest last.</summary>
    /// <param name="data">The dataset.</param>
    /// <param name="folder">The export folder (created with its parents if needed); a previous export there is replaced as a whole.</param>
    /// <param name="maxDegreeOfParallelism">Formatting threads, or -1 for one per processor; the bytes are the same for any value.</param>
    /// <exception cref="ExportFolderException">Another export is writing the folder; it is a file, a mount point, the current folder or one of its ancestors, or a link leading nowhere; it holds files that are not a previous export's; or the file system failed while preparing or swapping it (the inner exception says why). The previous export is kept.</exception>
    /// <exception cref="System.IO.IOException">Writing failed (e.g. a full disk): the previous export is untouched and nothing staged remains.</exception>
    public static ExportResult Export(ClickstreamDataset data, string folder, int maxDegreeOfParallelism = -1)
    {
        if (data is null) throw new ArgumentNullException(nameof(data));
        CheckArguments(folder, maxDegreeOfParallelism);
        var activity = data.Activity;
        return Write(data.Spec, data.Items, activity.Count, i => activity[i], folder, maxDegreeOfParallelism);
    }

    /// <summary>
    /// Validates <paramref name="spec"/>, generates its clickstream and writes the export chunk of users by chunk of
    /// users, without holding the dataset: memory stays flat whatever the number of events. The files are the bytes
    /// <see cref="Export(ClickstreamDataset, string, int)"/> writes for the generated dataset.
    /// </summary>
    /// <param name="spec">The spec.</param>
    /// <param name="folder">The export folder (created with its parents if needed); a previous export there is replaced as a whole.</param>
    /// <param name="maxDegreeOfParallelism">Generating and formatting threads, or -1 for one per processor; the bytes are the same for any value.</param>
    /// <exception cref="Validation.SpecValidationException">The spec is not valid (nothing is written).</exception>
    /// <exception cref="ExportFolderException">Another export is writing the folder; it is a file, a mount point, the current folder or one of its ancestors, or a link leading nowhere; it holds files that are not a previous export's; or the file system failed while preparing or swapping it (the inner exception says why). The previous export is kept.</exception>
    /// <exception cref="System.IO.IOException">Writing failed (e.g. a full disk): the previous export is untouched and nothing staged remains.</exception>
    public static ExportResult Export(ClickstreamSpec spec, string folder, int maxDegreeOfParallelism = -1)
    {
        if (spec is null) throw new ArgumentNullException(nameof(spec));
        CheckArguments(folder, maxDegreeOfParallelism);
        var simulator = ClickstreamGenerator.CreateSimulator(spec);
        return Write(spec, simulator.Items, spec.Users, i => simulator.Simulate(i + 1), folder, maxDegreeOfParallelism);
    }

    /// <summary>The canonical event type names (lower snake case).</summary>
    public static string EventName(ClickEventType type) => type switch
    {
        ClickEventType.View => "view",
        ClickEventType.Scroll => "scroll",
        ClickEventType.AddToCart => "add_to_cart",
        ClickEventType.RemoveFromCart => "remove_from_cart",
        _ => "purchase",
    };

    private static void CheckArguments(string folder, int maxDegreeOfParallelism)
    {
        if (folder is null) throw new ArgumentNullException(nameof(folder));
        if (maxDegreeOfParallelism is 0 or < -1)
            throw new ArgumentOutOfRangeException(nameof(maxDegreeOfParallelism), maxDegreeOfParallelism, "must be -1 (one per processor) or at least 1");
    }

    private static ExportResult Write(ClickstreamSpec spec, IReadOnlyList<CatalogItem> items, int users,
        Func<int, UserActivity> userAt, string folder, int maxDegreeOfParallelism)
    {
        var tables = ClickstreamTables.UserTables(spec, items);
        using var export = ExportFolder.Open(folder);
        var open = new List<StagedFile>();
        Task<ExportedFile[]>? catalogFiles = null;
        try
        {
            return FirstFailure.Unwrap(() =>
            {
                // The catalog tables need no users: they are written while the users are.
                catalogFiles = Task.Run(() => new[] { WriteItems(export, spec, items, truth: false), WriteItems(export, spec, items, truth: true) });
                foreach (var table in tables)
                {
                    open.Add(export.CreateFile(table.Schema.FileName));
                    using var header = CsvFormat.CreateWriter(open[open.Count - 1].Content);
                    header.WriteHeader(table.Schema.Header);
                }
                var (rows, aggregates) = WriteUserTables(spec, tables, users, userAt, open, maxDegreeOfParallelism);
                var written = new ExportedFile[tables.Length];
                Parallel.For(0, tables.Length, t => written[t] = open[t].Commit(rows[t])); // the last flushes to disk overlap
                var files = written.Concat(catalogFiles.GetAwaiter().GetResult())
                    .Append(export.WriteFile("truth.json", s => ClickstreamTruthJson.Write(s, spec, aggregates)))
                    .OrderBy(f => Array.IndexOf(FileOrder, f.Name)).ToList();
                var schemas = tables.Select(t => t.Schema).Concat(new[] { ClickstreamTables.ItemTable(truth: false), ClickstreamTables.ItemTable(truth: true) }).ToArray();
                return export.Commit("clickstream", spec.Seed, w => ClickstreamSpecJson.Write(w, spec), files, schemas, Array.Empty<Validation.ValidationFinding>());
            });
        }
        finally
        {
            // Never leave (and remove the staging folder) while a writer runs; its own failure, if any, is reported above or lost to the first one.
            catalogFiles?.ContinueWith(_ => { }, TaskScheduler.Default).Wait();
        }
    }

    // Chunks of users are generated (if need be) and formatted on worker threads, and appended here in order.
    private static (long[] Rows, ClickstreamAggregates Aggregates) WriteUserTables(ClickstreamSpec spec, UserTable[] tables, int users,
        Func<int, UserActivity> userAt, List<StagedFile> files, int maxDegreeOfParallelism)
    {
        var pool = new BlockPool();
        var formatters = new List<ClickstreamChunkFormatter>();
        var rows = new long[tables.Length];
        var flushedBytes = new long[tables.Length];
        try
        {
            OrderedChunkPipeline.Run((users + UsersPerChunk - 1) / UsersPerChunk, maxDegreeOfParallelism,
                () =>
                {
                    var formatter = new ClickstreamChunkFormatter(tables, pool, spec.Personas.Count);
                    lock (formatters) formatters.Add(formatter);
                    return formatter;
                },
                (formatter, chunk) => formatter.Format(Enumerable.Range(chunk * UsersPerChunk, Math.Min(UsersPerChunk, users - chunk * UsersPerChunk)).Select(userAt)),
                chunk =>
                {
                    for (int t = 0; t < tables.Length; t++)
                    {
                        chunk.Content[t].WriteTo(files[t].Content);
                        rows[t] += chunk.Rows[t];
                        if (files[t].Content.Length - flushedBytes[t] >= FlushToDiskEvery)
                        {
                            files[t].FlushToDisk(); // the disk catches up while the workers go on
                            flushedBytes[t] = files[t].Content.Length;
                        }
                    }
                });
        }
        finally
        {
            foreach (var formatter in formatters) formatter.Dispose();
        }
        var counter = new ClickstreamAggregateCounter(spec.Personas.Count);
        foreach (var formatter in formatters) counter.Add(formatter.Counter);
        return (rows, counter.ToAggregates(spec));
    }

    private static ExportedFile WriteItems(ExportFolder export, ClickstreamSpec spec, IReadOnlyList<CatalogItem> items, bool truth) =>
        export.WriteFile(ClickstreamTables.ItemTable(truth).FileName, stream =>
        {
            using var csv = CsvFormat.CreateWriter(stream);
            csv.WriteHeader(ClickstreamTables.ItemTable(truth).Header);
            ClickstreamTables.WriteItems(csv, spec, items, truth);
        }, items.Count);
}
