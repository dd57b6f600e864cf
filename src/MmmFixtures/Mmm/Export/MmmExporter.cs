using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using MmmFixtures.Export;
using MmmFixtures.Concurrency;
using MmmFixtures.Families;

namespace MmmFixtures.Mmm;

/// <summary>
/// Writes a panel's export folder: <c>data.csv</c> (observable data only), <c>truth_components.csv</c>,
/// <c>truth.json</c> and <c>manifest.json</c> (last, with the column map). The folder is replaced as a whole: readers
/// see the previous export or the new one, never a mix. The panel is validated first; a panel with errors is refused
/// before anything is written.
/// </summary>
public static class MmmExporter
{
    /// <summary>The data file's name.</summary>
    public const string DataFile = "data.csv";
    /// <summary>The per-row components file's name.</summary>
    public const string ComponentsFile = "truth_components.csv";
    /// <summary>The parameters and aggregates file's name.</summary>
    public const string TruthFile = "truth.json";

    /// <summary>
    /// Writes the export into <paramref name="folder"/> (created with its parents if needed, or replacing a previous
    /// export there as a whole) and returns the files written (manifest last) with the validation report. The three
    /// content files are written concurrently.
    /// </summary>
    /// <exception cref="InvalidOperationException">Validation found errors; nothing was written.</exception>
    /// <exception cref="ExportFolderException">Another export is writing the folder; it is a file, a mount point, the current folder or one of its ancestors, or a link leading nowhere; it holds files that are not a previous export's; or the file system failed while preparing or swapping it (the inner exception says why). The previous export is kept.</exception>
    /// <exception cref="System.IO.IOException">Writing failed (e.g. a full disk): the previous export is untouched and nothing staged remains.</exception>
    public static ExportResult Export(MmmPanel panel, string folder) => Export(panel, folder, new DatasetExportOptions());

    /// <summary>
    /// Writes the export into <paramref name="folder"/> like <see cref="Export(MmmPanel, string)"/>, its tables in
    /// <paramref name="options"/>' format, with the consumer layouts it names (<see cref="MmmLayouts"/>), each in its subfolder.
    /// </summary>
    /// <exception cref="ArgumentException">A layout is unknown, listed twice, or cannot be written for this panel (e.g. meridian without populations), or the options name a shard (export shards from the spec: <see cref="MmmFamily"/>); nothing was written.</exception>
    /// <exception cref="InvalidOperationException">Validation found errors; nothing was written.</exception>
    /// <exception cref="ExportFolderException">See <see cref="Export(MmmPanel, string)"/>.</exception>
    /// <exception cref="System.IO.IOException">Writing failed (e.g. a full disk): the previous export is untouched and nothing staged remains.</exception>
    /// <exception cref="NotSupportedException">The format is not written yet.</exception>
    public static ExportResult Export(MmmPanel panel, string folder, DatasetExportOptions options)
    {
        if (panel is null) throw new ArgumentNullException(nameof(panel));
        if (folder is null) throw new ArgumentNullException(nameof(folder));
        if (options is null) throw new ArgumentNullException(nameof(options));
        if (options.Shard is not null) // a shard generates only its geos: it starts from the spec, not from a whole panel
            throw new ExportOptionsException("A generated panel is exported whole; export a shard from its spec with MmmFamily.Instance.Export(spec, folder, options).");
        var report = MmmPanelValidator.Validate(panel);
        ThrowIfInvalid(report);
        MmmLayouts.ThrowIfInvalid(panel.Spec, options.Layouts);

        TableSchema data = MmmColumns.DataTable(panel.Spec), components = MmmColumns.ComponentsTable(panel.Spec);
        using var export = ExportFolder.Open(folder, options, new[] { data, components });
        ExportedFile[] WriteRows() => WriteRowTables(panel, export.OpenTable(data), export.OpenTable(components), options.MaxDegreeOfParallelism);
        ExportedFile WriteTruth() => export.WriteFile(TruthFile, s => MmmTruthJson.Write(panel, s, report, export.Blocks, options.MaxDegreeOfParallelism));
        // truth.json (response curves, optimum, oracle) needs no rows: it is computed and written while they are.
        var (rows, truth) = FirstFailure.Unwrap(() => WhileWritingRows(WriteTruth, WriteRows));
        var files = rows.Append(truth).ToArray();
        var layouts = WriteLayouts(export, panel, options);
        return export.Commit("mmm", panel.Spec.Seed, w => MmmSpecJson.Write(w, panel.Spec),
            files.Concat(layouts.SelectMany(l => l.Files)).ToArray(),
            new[] { data, components }.Concat(layouts.SelectMany(l => l.Tables)).ToArray(), report.Findings);
    }

    /// <summary>
    /// Generates <paramref name="spec"/> and writes its export like <see cref="Export(MmmPanel, string, DatasetExportOptions)"/>
    /// (the same bytes, layouts included), streamed (<see cref="MmmStreamedExport"/>): memory does not grow with the geos.
    /// Prepared curves of up to <paramref name="heldCurveCells"/> values are held rather than spilled (tests pass 0 to spill them).
    /// </summary>
    internal static ExportResult ExportStreamed(MmmSpec spec, string folder, DatasetExportOptions options, long heldCurveCells = SpilledRows.HeldCurveCells)
    {
        var generation = MmmGenerator.Prepare(spec, options.MaxDegreeOfParallelism, validated: options.SpecValidated);
        spec = generation.Spec;
        TableSchema data = MmmColumns.DataTable(spec), components = MmmColumns.ComponentsTable(spec);
        using var export = ExportFolder.Open(folder, options, new[] { data, components });
        var (files, layouts, report) = MmmStreamedExport.Write(generation, export, data, components, options.Layouts, options.MaxDegreeOfParallelism, heldCurveCells);
        return export.Commit("mmm", spec.Seed, w => MmmSpecJson.Write(w, spec), files.Concat(layouts.SelectMany(l => l.Files)).ToArray(),
            new[] { data, components }.Concat(layouts.SelectMany(l => l.Tables)).ToArray(), report.Findings);
    }

    /// <summary>Refuses a panel whose validation found errors (nothing is written, or what was staged is discarded).</summary>
    /// <exception cref="InvalidOperationException">The report has errors.</exception>
    internal static void ThrowIfInvalid(MmmValidationReport report)
    {
        if (!report.IsValid)
            throw new InvalidOperationException("The panel failed validation; nothing was written:" +
                string.Concat(report.Errors.Select(e => Environment.NewLine + "  " + e)));
    }

    private static LayoutWriter[] WriteLayouts(ExportFolder export, MmmPanel panel, DatasetExportOptions options) =>
        WriteLayouts(export, () => LayoutSource.Of(panel), options.Layouts);

    /// <summary>Writes each of <paramref name="layouts"/> (once) of the panel the <paramref name="source"/> reads (made only if there are any).</summary>
    internal static LayoutWriter[] WriteLayouts(ExportFolder export, Func<LayoutSource> source, IReadOnlyList<string> layouts)
    {
        if (layouts.Count == 0) return Array.Empty<LayoutWriter>();
        var rows = source();
        return layouts.Distinct().Select(layout => MmmLayouts.Write(export, rows, layout)).ToArray();
    }

    // Runs alongside on another thread while the rows are written on this one; never returns or throws while it still runs
    // (an export leaving early removes its staging folder). Under CallingThread it runs first, on this thread.
    internal static (ExportedFile[] Rows, T Alongside) WhileWritingRows<T>(Func<T> alongside, Func<ExportedFile[]> writeRows)
    {
        var task = CallingThread.StartAlongside(alongside);
        try
        {
            var rows = writeRows();
            return (rows, task.GetAwaiter().GetResult());
        }
        finally
        {
            CallingThread.WaitQuietly(task);
        }
    }

    /// <summary>
    /// Values (cells of both tables) per chunk of rows: enough to keep a worker busy, few enough that the chunks in flight
    /// (their CSV text, their row tiles) stay well under a few MB of memory, each first-touched page of which costs a page fault.
    /// </summary>
    internal const int ValuesPerChunk = 1 << 14;

    // data.csv and truth_components.csv, chunk of rows by chunk of rows: read, formatted and hashed on worker threads, appended
    // here in row order, so the bytes do not depend on the number of threads (a shard writes its geos' rows the same way, and a
    // streamed export reads each chunk back from its scratch file).
    internal static ExportedFile[] WriteRowTables(MmmRowSource source, MmmRows format, TableFile data, TableFile components, int maxDegreeOfParallelism)
    {
        using (data)
        using (components)
        {
            int rowCount = source.RowCount;
            int rowsPerChunk = Math.Max(1, Math.Min(MmmRowSource.TileRows, ValuesPerChunk / (data.Schema.Columns.Count + components.Schema.Columns.Count)));
            var workers = new List<TableChunk[]>();
            try
            {
                OrderedChunkPipeline.Run((rowCount + rowsPerChunk - 1) / rowsPerChunk, maxDegreeOfParallelism,
                    () =>
                    {
                        var chunks = new[] { data.NewChunk(), components.NewChunk() };
                        lock (workers) workers.Add(chunks);
                        return (Chunks: chunks, Reader: source.OpenReader(rowsPerChunk));
                    },
                    (worker, chunk) =>
                    {
                        var chunks = worker.Chunks;
                        int from = chunk * rowsPerChunk, to = Math.Min(rowCount, from + rowsPerChunk);
                        var tile = worker.Reader.Rows(from, to);
                        for (int r = from; r < to; r++)
                        {
                            format.WriteData(tile, r, chunks[0]);
                            format.WriteComponents(tile, r, chunks[1]);
                        }
                        return new[] { chunks[0].Detach(), chunks[1].Detach() };
                    },
                    content =>
                    {
                        data.Append(content[0]);
                        components.Append(content[1]);
                    },
                    content =>
                    {
                        data.HashAhead(content[0]);
                        components.HashAhead(content[1]);
                    });
            }
            finally
            {
                foreach (var chunk in workers.SelectMany(w => w)) chunk.Dispose();
            }
            // Completing a table may still encode (a Parquet file's last row group and footer): the two complete at once.
            var completingComponents = CallingThread.StartAlongside(components.Complete);
            IReadOnlyList<ExportedFile> dataFiles;
            try
            {
                dataFiles = data.Complete();
            }
            finally
            {
                CallingThread.WaitQuietly(completingComponents);
            }
            return dataFiles.Concat(completingComponents.GetAwaiter().GetResult()).ToArray();
        }
    }

    /// <summary><see cref="WriteRowTables(MmmRowSource, MmmRows, TableFile, TableFile, int)"/> of a held panel.</summary>
    internal static ExportedFile[] WriteRowTables(MmmPanel panel, TableFile data, TableFile components, int maxDegreeOfParallelism) =>
        WriteRowTables(panel.Rows, new MmmRows(panel.Spec, panel.Dates, panel.GeoNames, panel.Layout), data, components, maxDegreeOfParallelism);
}
