using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using MmmFixtures.Clickstream.Generation;
using MmmFixtures.Clickstream.Layouts;
using MmmFixtures.Export;
using MmmFixtures.Concurrency;
using MmmFixtures.Families;
using MmmFixtures.Sharding;

namespace MmmFixtures.Clickstream;

/// <summary>
/// Writes a clickstream export folder: the observable tables (<c>items</c>, <c>users</c>, <c>events</c>, rows in
/// arrival order per user, so late events come after later ones), the truth (<c>truth_users</c>,
/// <c>truth_sessions</c>, <c>truth_items</c>, <c>truth_defects</c>, <c>truth.json</c>), in the export's format
/// (<c>.csv</c>, <c>.parquet</c>), the requested consumer layouts each in its subfolder (<c>retailrocket/</c>,
/// <c>rees46/</c>, <c>recbole/</c>, text as the consumer reads it) and <c>manifest.json</c> last.
/// Users are formatted in chunks on several threads and written in order, so the bytes do not depend on the
/// number of threads. The folder is replaced as a whole: readers see the previous export or the new one, never a mix.
/// </summary>
public static class ClickstreamExporter
{
    private const int UsersPerChunk = 128;
    private const string TruthFile = "truth.json", UserEntity = "user";
    private const string PartialFile = ShardPlan.Folder + "truth_counts.json"; // a shard's aggregate counts, which merge adds up

    // The manifest lists the files in this order (by name without extension, whatever the format).
    private static readonly string[] FileOrder =
    {
        "items", "users", "events", "truth_users", "truth_sessions", "truth_items", "truth_defects", "truth",
    };

    /// <summary>Writes the export of a generated dataset into <paramref name="folder"/> (created if needed) and returns the files, manifest last.</summary>
    /// <param name="data">The dataset.</param>
    /// <param name="folder">The export folder (created with its parents if needed); a previous export there is replaced as a whole.</param>
    /// <param name="maxDegreeOfParallelism">Formatting threads, or -1 for one per processor; the bytes are the same for any value.</param>
    /// <exception cref="ExportFolderException">Another export is writing the folder; it is a file, a mount point, the current folder or one of its ancestors, or a link leading nowhere; it holds files that are not a previous export's; or the file system failed while preparing or swapping it (the inner exception says why). The previous export is kept.</exception>
    /// <exception cref="System.IO.IOException">Writing failed (e.g. a full disk): the previous export is untouched and nothing staged remains.</exception>
    public static ExportResult Export(ClickstreamDataset data, string folder, int maxDegreeOfParallelism = -1) =>
        Export(data, folder, new DatasetExportOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism });

    /// <summary>Writes the export of a generated dataset into <paramref name="folder"/> in the options' format, with the layouts they name, and returns the files, manifest last.</summary>
    /// <param name="data">The dataset.</param>
    /// <param name="folder">The export folder (created with its parents if needed); a previous export there is replaced as a whole.</param>
    /// <param name="options">Threads (which never change the bytes), the tables' format and the consumer layouts (see <see cref="ClickstreamFamily.Layouts"/>).</param>
    /// <exception cref="ArgumentException">The options name an unknown layout or a thread count below -1 or 0.</exception>
    /// <exception cref="ExportFolderException">Another export is writing the folder; it is a file, a mount point, the current folder or one of its ancestors, or a link leading nowhere; it holds files that are not a previous export's; or the file system failed while preparing or swapping it (the inner exception says why). The previous export is kept.</exception>
    /// <exception cref="System.IO.IOException">Writing failed (e.g. a full disk): the previous export is untouched and nothing staged remains.</exception>
    public static ExportResult Export(ClickstreamDataset data, string folder, DatasetExportOptions options)
    {
        if (data is null) throw new ArgumentNullException(nameof(data));
        CheckArguments(folder, options);
        var activity = data.Activity;
        return Write(data.Spec, data.Items, activity.Count, i => activity[i], folder, options);
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
    public static ExportResult Export(ClickstreamSpec spec, string folder, int maxDegreeOfParallelism = -1) =>
        Export(spec, folder, new DatasetExportOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism });

    /// <summary>
    /// Validates <paramref name="spec"/>, generates its clickstream and writes the export in the options' format, with
    /// the layouts they name, chunk of users by chunk of users: memory stays flat whatever the number of events. The
    /// files are the bytes <see cref="Export(ClickstreamDataset, string, DatasetExportOptions)"/> writes for the generated dataset.
    /// </summary>
    /// <param name="spec">The spec.</param>
    /// <param name="folder">The export folder (created with its parents if needed); a previous export there is replaced as a whole.</param>
    /// <param name="options">Threads (which never change the bytes), the tables' format and the consumer layouts (see <see cref="ClickstreamFamily.Layouts"/>).</param>
    /// <exception cref="ArgumentException">The options name an unknown layout or a thread count below -1 or 0.</exception>
    /// <exception cref="Validation.SpecValidationException">The spec is not valid (nothing is written).</exception>
    /// <exception cref="ExportFolderException">Another export is writing the folder; it is a file, a mount point, the current folder or one of its ancestors, or a link leading nowhere; it holds files that are not a previous export's; or the file system failed while preparing or swapping it (the inner exception says why). The previous export is kept.</exception>
    /// <exception cref="System.IO.IOException">Writing failed (e.g. a full disk): the previous export is untouched and nothing staged remains.</exception>
    public static ExportResult Export(ClickstreamSpec spec, string folder, DatasetExportOptions options)
    {
        if (spec is null) throw new ArgumentNullException(nameof(spec));
        CheckArguments(folder, options);
        var simulator = ClickstreamGenerator.CreateSimulator(spec);
        // Each worker writes a user out before it simulates the next, so the rows can stay in its reusable buffers.
        return Write(spec, simulator.Items, spec.Users, i => simulator.SimulateInPlace(i + 1), folder, options);
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

    private static void CheckArguments(string folder, DatasetExportOptions options)
    {
        if (folder is null) throw new ArgumentNullException(nameof(folder));
        if (options is null) throw new ArgumentNullException(nameof(options));
        if (options.MaxDegreeOfParallelism is 0 or < -1)
            throw new ArgumentOutOfRangeException("maxDegreeOfParallelism", options.MaxDegreeOfParallelism, "must be -1 (one per processor) or at least 1");
        ShardSelection.ThrowIfInvalid(options.Shard);
    }

    private static ExportResult Write(ClickstreamSpec spec, IReadOnlyList<CatalogItem> items, int users,
        Func<int, UserActivity> userAt, string folder, DatasetExportOptions options)
    {
        // A shard writes only its users (user i + 1 has index i); the catalog tables are global, the same in every shard.
        var plan = options.Shard is ShardSelection shard ? new ShardPlan(shard, UserEntity) : null;
        if (plan is not null)
        {
            var chosen = plan.Shard.Select(users, i => ShardSelection.EntityHash(UserEntity, i + 1));
            var whole = userAt;
            (users, userAt) = (chosen.Length, i => whole(chosen[i]));
        }
        var layouts = ClickstreamLayout.Resolve(options.Layouts);
        var catalog = layouts.Length == 0 ? null : new LayoutCatalog(spec, items);
        // A layout's tables are text in its consumer's dialect (null: the export's format).
        var userTables = ClickstreamTables.UserTables(spec).Select(t => (Table: t, Text: (char?)null))
            .Concat(layouts.SelectMany(l => l.UserTables(spec, catalog!).Select(t => (Table: t, Text: (char?)l.Separator)))).ToArray();
        var catalogTables = ClickstreamTables.CatalogTables(spec, items).Select(t => (Table: t, Text: (char?)null))
            .Concat(layouts.SelectMany(l => l.CatalogTables(spec, items, catalog!).Select(t => (Table: t, Text: (char?)l.Separator)))).ToArray();
        var schemas = userTables.Select(t => t.Table.Schema).Concat(catalogTables.Select(t => t.Table.Schema)).ToArray();
        var index = plan is null ? null : ShardRowIndex.Schema(userTables.Select(t => t.Table.Schema));
                var canonical = userTables.Where(t => t.Text is null).Select(t => t.Table.Schema).Concat(catalogTables.Where(t => t.Text is null).Select(t => t.Table.Schema));
        using var export = ExportFolder.Open(folder, options, canonical);
        var files = new List<TableFile>();
        Task<ExportedFile[]>? catalogFiles = null;
        try
        {
            return FirstFailure.Unwrap(() =>
            {
                // The catalog tables need no users: they are written while the users are.
                catalogFiles = CallingThread.StartAlongside(() => catalogTables.SelectMany(t => t.Text is char separator
                    ? WriteText(export, t.Table, separator)
                    : export.WriteTable(t.Table.Schema, t.Table.WriteRows)).ToArray());
                files.AddRange(userTables.Select(t => t.Text is char separator
                    ? export.OpenLayoutTable(t.Table.Schema, separator)
                    : export.OpenTable(t.Table.Schema)));
                if (index is not null) files.Add(export.OpenLayoutTable(index)); // last: the formatter counts the other tables' rows into it
                var counter = WriteUserTables(spec, userTables.Select(t => t.Table).ToArray(), files, users, userAt, options.MaxDegreeOfParallelism);
                var written = new IReadOnlyList<ExportedFile>[files.Count];
                Parallel.For(0, files.Count, CallingThread.Options(), t => written[t] = files[t].Complete()); // the last flushes to disk overlap
                var truth = export.WriteFile(TruthFile, s => ClickstreamTruthJson.Write(s, spec, counter.ToAggregates(spec)));
                var all = written.Take(userTables.Length).SelectMany(f => f).Concat(catalogFiles.GetAwaiter().GetResult())
                    .Append(truth).OrderBy(f => Rank(f, schemas)).ToList();
                if (plan is not null)
                {
                    plan.Rows(written.Take(userTables.Length).SelectMany(f => f));
                    plan.Truth(truth);
                    all.AddRange(written[userTables.Length]);
                    all.Add(export.WriteFile(PartialFile, counter.WritePartial));
                }
                return export.Commit("clickstream", spec.Seed, w => ClickstreamSpecJson.Write(w, spec), all,
                    index is null ? schemas : schemas.Append(index).ToArray(), Array.Empty<Validation.ValidationFinding>(), plan);
            });
        }
        finally
        {
            // Never leave (and remove the staging folder) while a writer runs; its own failure, if any, is reported above or lost to the first one.
            CallingThread.WaitQuietly(catalogFiles);
            foreach (var file in files) file.Dispose();
        }
    }

    // Canonical files in the order of FileOrder (whatever their format), then the layouts' files in table order.
    // A canonical table's file, or its partitioned dataset's folder (events/date=…/part-0.parquet), by the table's place;
    // a layout's files after them.
    private static int Rank(ExportedFile file, TableSchema[] schemas) =>
        Array.IndexOf(FileOrder, Path.GetFileNameWithoutExtension(file.Name.Split('/')[0])) is int canonical and >= 0 ? canonical
            : FileOrder.Length + Array.FindIndex(schemas, s => s.FileName == file.Name);

    // A layout's catalog table, as text in its consumer's dialect.
    private static IReadOnlyList<ExportedFile> WriteText(ExportFolder export, CatalogTable table, char separator) =>
        export.WriteLayoutTable(table.Schema, table.WriteRows, separator);

    // Chunks of users are generated (if need be), formatted and hashed on worker threads, and appended here in order.
    private static ClickstreamAggregateCounter WriteUserTables(ClickstreamSpec spec, UserTable[] tables, IReadOnlyList<TableFile> files, int users,
        Func<int, UserActivity> userAt, int maxDegreeOfParallelism)
    {
        var formatters = new List<ClickstreamChunkFormatter>();
        try
        {
            OrderedChunkPipeline.Run((users + UsersPerChunk - 1) / UsersPerChunk, maxDegreeOfParallelism,
                () =>
                {
                    var formatter = new ClickstreamChunkFormatter(tables, files, spec.Personas.Count);
                    lock (formatters) formatters.Add(formatter);
                    return formatter;
                },
                (formatter, chunk) => formatter.Format(Enumerable.Range(chunk * UsersPerChunk, Math.Min(UsersPerChunk, users - chunk * UsersPerChunk)).Select(userAt)),
                content =>
                {
                    for (int t = 0; t < files.Count; t++) files[t].Append(content[t]);
                },
                content =>
                {
                    for (int t = 0; t < files.Count; t++) files[t].HashAhead(content[t]);
                });
        }
        finally
        {
            foreach (var formatter in formatters) formatter.Dispose();
        }
        var counter = new ClickstreamAggregateCounter(spec.Personas.Count);
        foreach (var formatter in formatters) counter.Add(formatter.Counter);
        return counter;
    }

    /// <summary>The whole export's <c>truth.json</c> from the partial counts of every shard (<paramref name="shardFolders"/>, in shard order): counts add up exactly.</summary>
    internal static ExportedFile MergeTruth(ClickstreamSpec spec, IReadOnlyList<string> shardFolders, ExportFolder output)
    {
        var counter = new ClickstreamAggregateCounter(spec.Personas.Count);
        foreach (string shard in shardFolders)
            counter.Add(ClickstreamAggregateCounter.ReadPartial(File.ReadAllBytes(Path.Combine(shard, PartialFile)), spec.Personas.Count));
        return output.WriteFile(TruthFile, s => ClickstreamTruthJson.Write(s, spec, counter.ToAggregates(spec)));
    }
}
