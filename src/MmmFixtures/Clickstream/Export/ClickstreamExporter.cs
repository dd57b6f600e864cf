using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.ExceptionServices;
using System.Threading.Tasks;
using MmmFixtures.Clickstream.Generation;
using MmmFixtures.Export;

namespace MmmFixtures.Clickstream;

/// <summary>
/// Writes a clickstream export folder: the observable tables (<c>items.csv</c>, <c>users.csv</c>,
/// <c>events.csv</c>, rows in arrival order per user, so late events come after later ones), the same events
/// in the RetailRocket and REES46 layouts, the truth (<c>truth_users.csv</c>, <c>truth_sessions.csv</c>,
/// <c>truth_items.csv</c>, <c>truth_defects.csv</c>, <c>truth.json</c>) and <c>manifest.json</c> last.
/// Users are formatted in chunks on several threads and written in order, so the bytes do not depend on the
/// number of threads; every file is written atomically.
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
    /// <param name="folder">The export folder; files of the same names in it are replaced.</param>
    /// <param name="maxDegreeOfParallelism">Formatting threads, or -1 for one per processor; the bytes are the same for any value.</param>
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
    /// <param name="folder">The export folder (created if needed); files of the same names in it are replaced.</param>
    /// <param name="maxDegreeOfParallelism">Generating and formatting threads, or -1 for one per processor; the bytes are the same for any value.</param>
    /// <exception cref="Validation.SpecValidationException">The spec is not valid (nothing is written).</exception>
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
        Directory.CreateDirectory(folder);
        var tables = ClickstreamTables.UserTables(spec, items);
        var open = new List<AtomicFile>();
        Task<ExportedFile[]>? catalogFiles = null;
        try
        {
            // The catalog tables need no users: they are written while the users are.
            catalogFiles = Task.Run(() => new[] { WriteItems(spec, items, folder, truth: false), WriteItems(spec, items, folder, truth: true) });
            foreach (var table in tables)
            {
                open.Add(AtomicFile.Create(Path.Combine(folder, table.FileName)));
                using var header = CsvFormat.CreateWriter(open[open.Count - 1].Content);
                header.WriteHeader(table.Header);
            }
            var (rows, aggregates) = WriteUserTables(spec, tables, users, userAt, open, maxDegreeOfParallelism);
            var written = new ExportedFile[tables.Length];
            Parallel.For(0, tables.Length, t => written[t] = open[t].Commit(rows[t])); // the last flushes to disk overlap
            var files = written.Concat(catalogFiles.GetAwaiter().GetResult())
                .Append(AtomicFileWriter.Write(Path.Combine(folder, "truth.json"), s => ClickstreamTruthJson.Write(s, spec, aggregates)))
                .OrderBy(f => Array.IndexOf(FileOrder, f.Name)).ToList();
            files.Add(ExportManifest.Write(folder, "clickstream", spec.Seed, w => ClickstreamSpecJson.Write(w, spec), files));
            return new ExportResult(Path.GetFullPath(folder), files, Array.Empty<Validation.ValidationFinding>());
        }
        catch (AggregateException ex) when (ex.InnerExceptions.Count > 0)
        {
            ExceptionDispatchInfo.Capture(ex.InnerExceptions[0]).Throw();
            throw;
        }
        finally
        {
            foreach (var file in open) file.Dispose(); // removes the files that were not committed
            // Never return while a writer runs; its own failure, if any, is reported above or lost to the first one.
            catalogFiles?.ContinueWith(_ => { }, TaskScheduler.Default).Wait();
        }
    }

    // Chunks of users are generated (if need be) and formatted on worker threads, and appended here in order.
    private static (long[] Rows, ClickstreamAggregates Aggregates) WriteUserTables(ClickstreamSpec spec, UserTable[] tables, int users,
        Func<int, UserActivity> userAt, List<AtomicFile> files, int maxDegreeOfParallelism)
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

    private static ExportedFile WriteItems(ClickstreamSpec spec, IReadOnlyList<CatalogItem> items, string folder, bool truth) =>
        AtomicFileWriter.Write(Path.Combine(folder, truth ? "truth_items.csv" : "items.csv"), stream =>
        {
            using var csv = CsvFormat.CreateWriter(stream);
            csv.WriteHeader(ClickstreamTables.ItemHeader(truth));
            ClickstreamTables.WriteItems(csv, spec, items, truth);
        }, items.Count);
}
