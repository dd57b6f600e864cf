using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Threading;
using System.Text.Json;
using MmmFixtures.Families;
using MmmFixtures.Reporting;
using MmmFixtures.Validation;

namespace MmmFixtures.Export;

/// <summary>
/// An export being written, for every family. Files are staged in a hidden sibling folder, the manifest last, and
/// flushed to disk together; <see cref="Commit"/> then swaps the staging folder with the target in one step (Linux
/// <c>renameat2(RENAME_EXCHANGE)</c>; elsewhere two renames, a half-finished pair being completed by the next
/// export), so after a crash at any moment the target holds the previous complete export or the new one. One
/// export at a time writes a target (<see cref="ExportLock"/>); each opens by removing the leftovers of crashed
/// ones; disposing removes what it staged. A folder is replaced only if it is empty or holds nothing but a previous
/// export's files (checked at open and again just before the swap); a link is followed to its real folder; a mount
/// point, the current folder and its ancestors are refused, all before anything is generated. The replaced folder's
/// Unix permissions are kept.
/// </summary>
internal sealed class ExportFolder : IDisposable
{
    private readonly ExportTarget _target;
    private readonly ExportLock _lock;
    private readonly string _staging;
    private readonly List<StagedFile> _files = new();
    // Makes each file durable once written, so that the commit waits only for the last ones.
    private readonly DiskFlusher _flusher = new();
    private const int ShownEntries = 5;
    private bool _committed;

    private readonly ExportFormat _format;
    private HivePartitioning? _partitioning;
    private readonly List<TableSchema> _partitionFiles = new(); // each partitioned table's part files, for the manifest
    // Every CSV table's chunk blocks, from one pool: an export of many small tables (a layout's file per geo) then shares a
    // few huge pages of blocks instead of touching a page of its own per table.
    private readonly BlockPool _blocks = new();

    /// <summary>The export's pool of blocks, for content formatted in parts on several threads (by then mostly blocks already touched).</summary>
    public BlockPool Blocks => _blocks;

    private ExportFolder(ExportTarget target, ExportLock held, string staging, ExportFormat format)
    {
        _format = format;
        _target = target;
        _lock = held;
        _staging = staging;
    }

    /// <summary>The target folder's full path.</summary>
    public string Path => _target.Path;

    /// <summary>
    /// Starts an export into <paramref name="folder"/> (relative or absolute, a link followed to its real folder;
    /// missing parents are created): checks that the folder may be replaced, takes its lock, recovers what crashed
    /// exports left and creates the staging folder. Its tables are written in <paramref name="format"/>.
    /// </summary>
    /// <exception cref="PlatformNotSupportedException">A Parquet format on the netstandard2.0 build (Parquet needs .NET 8 or later).</exception>
    /// <exception cref="ExportFolderException">
    /// Another export is writing the folder; it is a file, a mount point, the current folder or one of its ancestors, a
    /// link leading nowhere, or holds files that are not a previous export's; or the file system failed (the cause inside).
    /// </exception>
    public static ExportFolder Open(string folder, ExportFormat format = ExportFormat.Csv)
    {
        if (format is not (ExportFormat.Csv or ExportFormat.Parquet or ExportFormat.Both))
            throw new ArgumentOutOfRangeException(nameof(format), format, "must be Csv, Parquet or Both");
#if !NET
        if (format != ExportFormat.Csv) throw ParquetNotSupported();
#endif
        var target = ExportTarget.Resolve(folder);
        string step = $"Cannot create {target.Parent}";
        ExportLock? held = null;
        try
        {
            CheckNotCurrentFolder(target);
            CheckNotMountPoint(target);
            Directory.CreateDirectory(target.Parent);
            held = ExportLock.Acquire(target);
            step = "Cannot recover the leftovers of earlier exports";
            RecoverLeftovers(target);
            CheckReplaceable(target);
            RemoveOldTemporaryFiles(target);
            string staging = target.NewStagingPath();
            step = $"Cannot create the staging folder {staging}";
            Directory.CreateDirectory(staging);
            return new ExportFolder(target, held, staging, format);
        }
        catch (Exception ex)
        {
            held?.Dispose();
            if (AsExportFolderError(target.Path, step, ex) is { } wrapped && wrapped != ex) throw wrapped;
            throw;
        }
    }

    /// <summary>
    /// Starts an export into <paramref name="folder"/> (see <see cref="Open(string, ExportFormat)"/>) in the options'
    /// format, its Parquet tables partitioned as they ask (<see cref="DatasetExportOptions.PartitionBy"/>): checked
    /// against <paramref name="tables"/>, the tables the export writes with <see cref="OpenTable"/>, before the folder is touched.
    /// </summary>
    /// <exception cref="ExportOptionsException">The partitioning cannot be written (see <see cref="HivePartitioning.From"/>).</exception>
    public static ExportFolder Open(string folder, DatasetExportOptions options, IEnumerable<TableSchema> tables)
    {
        var partitioning = HivePartitioning.From(options, tables);
        var export = Open(folder, options.Format);
        export._partitioning = partitioning;
        return export;
    }

    /// <summary>
    /// Checks, without writing or locking anything, what <see cref="Open(string, ExportFormat)"/> checks first: that <paramref name="folder"/>
    /// may be replaced by an export. Callers run it before generating, so a refused folder costs nothing, and for a dry run.
    /// </summary>
    /// <exception cref="ExportFolderException">The folder may not be replaced (see <see cref="Open(string, ExportFormat)"/>).</exception>
    public static void Check(string folder)
    {
        var target = ExportTarget.Resolve(folder);
        try
        {
            CheckNotCurrentFolder(target);
            CheckNotMountPoint(target);
            CheckReplaceable(target);
        }
        catch (Exception ex)
        {
            if (AsExportFolderError(target.Path, $"Cannot check {target.Path}", ex) is { } wrapped && wrapped != ex) throw wrapped;
            throw;
        }
    }

    /// <summary>Starts a file of the export; several may be written at once, from any thread.</summary>
    public StagedFile CreateFile(string name)
    {
        lock (_files)
        {
            if (_committed) throw new InvalidOperationException("The export is already committed.");
            var file = StagedFile.Create(_staging, name, _flusher);
            _files.Add(file);
            return file;
        }
    }

    /// <summary>
    /// Creates a scratch file in the staging folder (not part of the export: the caller disposes it, which deletes it, before
    /// <see cref="Commit"/>; a failed export's goes with the staging folder). <paramref name="name"/> starts with a dot so it
    /// names no export file.
    /// </summary>
    public ScratchFile CreateScratchFile(string name)
    {
        lock (_files)
        {
            if (_committed) throw new InvalidOperationException("The export is already committed.");
            return ScratchFile.Create(_staging, name);
        }
    }

    /// <summary>Writes a whole file of the export with <paramref name="write"/> and returns its size and SHA-256.</summary>
    /// <param name="name">The file's name in the export folder.</param>
    /// <param name="write">Writes the content to the (write-only) stream it is given.</param>
    /// <param name="rows">Rows to record for a table, or null.</param>
    public ExportedFile WriteFile(string name, Action<Stream> write, long? rows = null)
    {
        var file = CreateFile(name);
        write(file.Content);
        return file.Commit(rows);
    }

    /// <summary>
    /// Starts a table of the export, written from chunks of rows appended in order (see <see cref="TableFile"/>), in
    /// the export's format: <paramref name="schema"/>'s CSV file, its Parquet file (<see cref="TableSchema.ParquetFileName"/>,
    /// or a partitioned dataset's folder of files when the export is partitioned), or both.
    /// </summary>
    public TableFile OpenTable(TableSchema schema) => _format switch
    {
        ExportFormat.Csv => OpenCsv(schema),
        ExportFormat.Parquet => OpenParquet(schema),
        _ => new MultiFormatTableFile(schema, new[] { OpenCsv(schema), OpenParquet(schema) }),
    };

    /// <summary>Writes a whole table of the export with <paramref name="write"/>, on the calling thread, and returns its file(s).</summary>
    public IReadOnlyList<ExportedFile> WriteTable(TableSchema schema, Action<TableRows> write) => Write(OpenTable(schema), write);

    /// <summary>
    /// Starts a table of a consumer layout: always text in the consumer's own dialect (CSV, or fields separated by
    /// <paramref name="separator"/>), whatever the export's format, because the consumers (Meridian, Robyn, Shopify,
    /// the RecSys converters) read text files by name.
    /// </summary>
    public TableFile OpenLayoutTable(TableSchema schema, char separator = ',') => new CsvTableFile(CreateFile(schema.FileName), schema, _blocks, separator);

    /// <summary>Writes a whole table of a consumer layout (see <see cref="OpenLayoutTable"/>) with <paramref name="write"/>.</summary>
    public IReadOnlyList<ExportedFile> WriteLayoutTable(TableSchema schema, Action<TableRows> write, char separator = ',') =>
        Write(OpenLayoutTable(schema, separator), write);

    private static IReadOnlyList<ExportedFile> Write(TableFile file, Action<TableRows> write)
    {
        using var table = file;
        var rows = new StreamedTableRows(table);
        write(rows);
        rows.Finish();
        return table.Complete();
    }

    private TableFile OpenCsv(TableSchema schema) => new CsvTableFile(CreateFile(schema.FileName), schema, _blocks);

#if NET
    private TableFile OpenParquet(TableSchema schema) => _partitioning?.For(schema) is { } partitioned
        ? new PartitionedParquetTableFile(partitioned, CreateFile, file =>
        {
            lock (_partitionFiles) _partitionFiles.Add(file);
        })
        : new ParquetTableFile(CreateFile(schema.ParquetFileName), schema);
#else
    private TableFile OpenParquet(TableSchema schema) => throw ParquetNotSupported();
#endif

    // The Parquet writer is built for .NET 8 and later only; the netstandard2.0 build says so before anything is written.
    private static PlatformNotSupportedException ParquetNotSupported() =>
        new("Parquet exports need .NET 8 or later (the netstandard2.0 build has no Parquet writer); use ExportFormat.Csv on this runtime.");

    /// <summary>Writes the manifest last, then replaces the target with the staged export in one step.</summary>
    /// <param name="family">The dataset family, e.g. <c>mmm</c>.</param>
    /// <param name="seed">The root seed.</param>
    /// <param name="writeSpec">Writes the spec as one JSON value.</param>
    /// <param name="files">Every file written, in manifest order.</param>
    /// <param name="tables">The tables among them, for the manifest's column map.</param>
    /// <param name="findings">The dataset's validation findings, for the result.</param>
    /// <param name="shard">For a shard's export, how its files merge into the whole one; null for a whole export.</param>
    public ExportResult Commit(string family, ulong seed, Action<Utf8JsonWriter> writeSpec, IReadOnlyList<ExportedFile> files,
        IReadOnlyList<TableSchema> tables, IReadOnlyList<ValidationFinding> findings, Sharding.ShardPlan? shard = null)
    {
        TableSchema[] partitionFiles;
        lock (_partitionFiles) partitionFiles = _partitionFiles.ToArray();
        var manifest = WriteFile(ExportManifest.FileName, s => ExportManifest.Write(s, family, seed, writeSpec, files, tables.Concat(partitionFiles).ToArray(), shard));
        lock (_files) _committed = true;
        _flusher.FlushAll(); // most files were flushed in the background since they were committed
        NativeFileSystem.FlushFolder(_staging);
        CheckReplaceable(_target); // again: files may have been added to the folder while the export was written
        KeepPermissions();
        PauseForTest("staged");
        try
        {
            Swap();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw SwapFailure(ex);
        }
        PauseForTest("swapped");
        return new ExportResult(Path, files.Append(manifest).ToArray(), findings) { Shard = shard?.Shard };
    }

    /// <summary>Closes unfinished files, removes the staging folder (after a commit: the previous export) and releases the lock; never throws.</summary>
    public void Dispose()
    {
        lock (_files)
            foreach (var file in _files) file.Dispose();
        _flusher.Dispose();
        BestEffortDelete.Folder(_staging);
        _lock.Dispose();
    }

    /// <summary>
    /// A file-system failure (<see cref="IOException"/> or <see cref="UnauthorizedAccessException"/>) of a
    /// <paramref name="step"/> (e.g. "Cannot create /data") as an <see cref="ExportFolderException"/> naming
    /// <paramref name="folder"/>, the failure inside; any other exception (an <see cref="ExportFolderException"/> included) as it is.
    /// </summary>
    internal static Exception AsExportFolderError(string folder, string step, Exception ex) =>
        ex is ExportFolderException || ex is not (IOException or UnauthorizedAccessException) ? ex
            : new ExportFolderException(folder, $"{step} to export into {folder}: {ex.Message}", ex);

    // A folder that is busy (a mount point) or on another device than its parent cannot be renamed; the check at Open
    // finds mount points on Linux only, so other systems learn it here.
    private ExportFolderException SwapFailure(Exception ex)
    {
        // EBUSY and EXDEV (the same numbers on Linux and macOS); ERROR_NOT_SAME_DEVICE and ERROR_BUSY on Windows.
        bool mounted = ex.HResult is 16 or 18 or unchecked((int)0x80070011) or unchecked((int)0x800700AA);
        string advice = mounted ? $" It is a mount point or on another disk than {_target.Parent} (e.g. a Docker volume); export into a subfolder of it." : "";
        return new ExportFolderException(Path, $"Cannot replace {Path} with the new export: {ex.Message}.{advice} The previous export is kept.", ex);
    }

    // Test-only: with MMMF_TEST_PAUSE_AT=staged (the new export complete beside the target) or swapped (in place, the
    // previous one not yet deleted) an export says so on standard error and blocks, so that ExportCrashTests can kill
    // the process at exactly that moment. Nothing sets it outside the tests.
    private static void PauseForTest(string phase)
    {
        if (Environment.GetEnvironmentVariable("MMMF_TEST_PAUSE_AT") != phase) return;
        Console.Error.WriteLine($"MMMF_TEST_PAUSED {phase}");
        Console.Error.Flush();
        Thread.Sleep(Timeout.Infinite);
    }

    // The swap puts the staging folder in the target's place: it takes the target's mode (e.g. 0750, or setgid so new
    // files keep the folder's group). Its owner and group stay the exporting user's: changing them needs chown rights.
    private void KeepPermissions()
    {
#if NET
        if (OperatingSystem.IsWindows() || !Directory.Exists(Path)) return;
        File.SetUnixFileMode(_staging, File.GetUnixFileMode(Path));
#endif
    }

    private void Swap()
    {
        if (!Directory.Exists(Path))
            Directory.Move(_staging, Path);
        else if (!NativeFileSystem.TryExchange(_staging, Path)) // exchanged: the staging name now holds the previous export
        {
            ReplaceByRenames(_staging, Path, _target.NewOldPath());
            return;
        }
        NativeFileSystem.FlushFolder(_target.Parent); // before the previous export is deleted (on dispose)
    }

    /// <summary>
    /// Replaces <paramref name="target"/> with <paramref name="staging"/> where folders cannot be exchanged: the
    /// previous export moves to <paramref name="old"/>, the staging folder takes its name, the old one is deleted.
    /// A crash between the two renames leaves no target and the old folder, which the next export restores.
    /// </summary>
    internal static void ReplaceByRenames(string staging, string target, string old)
    {
        Directory.Move(target, old);
        try
        {
            Directory.Move(staging, target);
        }
        catch
        {
            try
            {
                Directory.Move(old, target);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // The next export of this folder restores it.
            }
            throw;
        }
        NativeFileSystem.FlushFolder(System.IO.Path.GetDirectoryName(target)!);
        BestEffortDelete.Folder(old);
    }

    // Crashed exports leave staging folders, a previous export moved aside (with the target missing if the crash
    // came between the two renames of ReplaceByRenames), and, from versions before folder staging, per-file temporaries.
    private static void RecoverLeftovers(ExportTarget target)
    {
        var leftovers = SiblingEntries(target)
            .Where(entry => target.IsLeftover(System.IO.Path.GetFileName(entry))).ToList();
        if (!Directory.Exists(target.Path) && !File.Exists(target.Path))
        {
            string? previous = leftovers.Where(entry => target.IsOld(System.IO.Path.GetFileName(entry)))
                .OrderByDescending(Directory.GetLastWriteTimeUtc).FirstOrDefault();
            if (previous is not null)
            {
                Directory.Move(previous, target.Path);
                NativeFileSystem.FlushFolder(target.Parent);
                leftovers.Remove(previous);
            }
        }
        foreach (string entry in leftovers) BestEffortDelete.Folder(entry);
    }

    // The entries of the parent named ".<name>.…" (a superset of the leftovers: '*' and '?' in the name only widen the
    // match): the runtime matches names before making paths, so a parent of thousands of entries costs no string per entry.
    private static IEnumerable<string> SiblingEntries(ExportTarget target) =>
#if NET
        Directory.EnumerateFileSystemEntries(target.Parent, "." + target.Name + ".*",
            new EnumerationOptions { MatchType = MatchType.Simple, AttributesToSkip = 0, IgnoreInaccessible = false });
#else
        Directory.EnumerateFileSystemEntries(target.Parent);
#endif

    // An export replaces its whole folder, so the folder may hold only what the previous export wrote: the files its
    // manifest lists, the manifest, a previous version's temporary files, and the report drawn from it (ReportFiles).
    // Files (relative, with '/') not listed by the previous manifest, and folders holding none that are (not walked
    // into): a family may write into subfolders (one per tenant, one per layout), so the check walks those.
    private static IEnumerable<string> UnlistedEntries(string root, ISet<string> listed)
    {
        var folders = new HashSet<string>(listed.Where(name => name.Contains('/')).SelectMany(ParentFolders), StringComparer.Ordinal);
        var pending = new Stack<(DirectoryInfo Folder, string Prefix)>();
        pending.Push((new DirectoryInfo(root), ""));
        while (pending.Count > 0)
        {
            var (folder, prefix) = pending.Pop();
            foreach (var entry in folder.EnumerateFileSystemInfos())
            {
                string relative = prefix + entry.Name;
                if (entry is FileInfo)
                {
                    bool exportOwn = prefix.Length == 0 && (relative == ExportManifest.FileName || ExportTarget.IsPerFileTemporary(relative));
                    if (!exportOwn && !listed.Contains(relative) && !ReportFiles.IsReportFile(relative)) yield return relative;
                }
                else if (folders.Contains(relative) || ReportFiles.IsReportFolder(relative)) pending.Push(((DirectoryInfo)entry, relative + "/"));
                else yield return relative + "/";
            }
        }
    }

    private static IEnumerable<string> ParentFolders(string file)
    {
        for (int slash = file.IndexOf('/'); slash > 0; slash = file.IndexOf('/', slash + 1))
            yield return file.Substring(0, slash);
    }

    private static void CheckReplaceable(ExportTarget target)
    {
        if (File.Exists(target.Path))
            throw new ExportFolderException(target.Path, $"Cannot export into {target.Path}: it is a file, not a folder.");
        if (!Directory.Exists(target.Path)) return;
        var entries = new DirectoryInfo(target.Path).EnumerateFileSystemInfos().Where(entry => !ExportTarget.IsPerFileTemporary(entry.Name)).ToList();
        if (entries.Count == 0) return;
        var listed = ExportManifest.ListedFiles(target.Path)
            ?? throw new ExportFolderException(target.Path, $"Cannot export into {target.Path}: it holds files but no MmmFixtures {ExportManifest.FileName}, " +
                "and an export replaces its whole folder. Name a new folder, an empty one or a previous export.");
        var unexpected = UnlistedEntries(target.Path, listed).OrderBy(name => name, StringComparer.Ordinal).ToList();
        if (unexpected.Count == 0) return;
        string shown = string.Join(", ", unexpected.Take(ShownEntries)) + (unexpected.Count > ShownEntries ? $" and {unexpected.Count - ShownEntries} more" : "");
        throw new ExportFolderException(target.Path, $"Cannot export into {target.Path}: {target.Path} holds files that are not part of the previous export: " +
            $"{shown}; move them or export elsewhere (an export replaces its whole folder).");
    }

    // Replacing the current folder (or an ancestor) would leave the shell in a deleted folder.
    private static void CheckNotCurrentFolder(ExportTarget target)
    {
        if (!Directory.Exists(target.Path)) return;
        string real = NativeFileSystem.RealPath(target.Path), current = NativeFileSystem.RealPath(Environment.CurrentDirectory);
        var comparison = RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        if (string.Equals(real, current, comparison))
            throw new ExportFolderException(target.Path, $"Cannot export into {target.Path}: {target.Path} is the current folder; export into a subfolder.");
        if (current.StartsWith(real.TrimEnd(System.IO.Path.DirectorySeparatorChar) + System.IO.Path.DirectorySeparatorChar, comparison))
            throw new ExportFolderException(target.Path, $"Cannot export into {target.Path}: {target.Path} holds the current folder; export into a subfolder.");
    }

    // A mount point cannot be renamed: refused here rather than at the swap, after everything was generated.
    private static void CheckNotMountPoint(ExportTarget target)
    {
        if (Directory.Exists(target.Path) && MountPoints.Contains(NativeFileSystem.RealPath(target.Path)))
            throw new ExportFolderException(target.Path, $"Cannot export into {target.Path}: {target.Path} is a mount point (e.g. a Docker volume), which an " +
                $"export cannot replace as a whole; export into a subfolder of it, e.g. {System.IO.Path.Combine(target.Path, "export")}.");
    }

    private static void RemoveOldTemporaryFiles(ExportTarget target)
    {
        if (!Directory.Exists(target.Path)) return;
        foreach (string file in Directory.EnumerateFiles(target.Path))
            if (ExportTarget.IsPerFileTemporary(System.IO.Path.GetFileName(file))) BestEffortDelete.File(file);
    }
}
