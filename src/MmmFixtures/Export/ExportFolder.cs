using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using MmmFixtures.Validation;

namespace MmmFixtures.Export;

/// <summary>
/// An export being written, for every family. Files are staged in a hidden sibling folder, flushed to disk, the
/// manifest last; <see cref="Commit"/> then swaps the staging folder with the target in one step (Linux
/// <c>renameat2(RENAME_EXCHANGE)</c>; elsewhere two renames, a half-finished pair being completed by the next
/// export), so after a crash at any moment the target holds the previous complete export or the new one. One
/// export at a time writes a target (<see cref="ExportLock"/>); each opens by removing the leftovers of crashed
/// ones; disposing removes what it staged. A non-empty folder that is not an MmmFixtures export is never replaced.
/// </summary>
internal sealed class ExportFolder : IDisposable
{
    private readonly ExportTarget _target;
    private readonly ExportLock _lock;
    private readonly string _staging;
    private readonly List<StagedFile> _files = new();
    private bool _committed;

    private ExportFolder(ExportTarget target, ExportLock held, string staging)
    {
        _target = target;
        _lock = held;
        _staging = staging;
    }

    /// <summary>The target folder's full path.</summary>
    public string Path => _target.Path;

    /// <summary>
    /// Starts an export into <paramref name="folder"/> (relative or absolute; missing parents are created): takes its
    /// lock, recovers what crashed exports left, checks that the folder may be replaced and creates the staging folder.
    /// </summary>
    /// <exception cref="ExportFolderException">Another export is writing the folder, it is a file, or it holds files but no MmmFixtures manifest.</exception>
    public static ExportFolder Open(string folder)
    {
        var target = ExportTarget.Resolve(folder);
        try
        {
            Directory.CreateDirectory(target.Parent);
        }
        catch (IOException ex)
        {
            throw new ExportFolderException(target.Path, $"Cannot create {target.Parent} to export into {target.Path}: {ex.Message}", ex);
        }
        var held = ExportLock.Acquire(target);
        try
        {
            RecoverLeftovers(target);
            CheckReplaceable(target);
            RemoveOldTemporaryFiles(target);
            string staging = target.NewStagingPath();
            Directory.CreateDirectory(staging);
            return new ExportFolder(target, held, staging);
        }
        catch
        {
            held.Dispose();
            throw;
        }
    }

    /// <summary>Starts a file of the export; several may be written at once, from any thread.</summary>
    public StagedFile CreateFile(string name)
    {
        lock (_files)
        {
            if (_committed) throw new InvalidOperationException("The export is already committed.");
            var file = StagedFile.Create(_staging, name);
            _files.Add(file);
            return file;
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

    /// <summary>Writes the manifest last, then replaces the target with the staged export in one step.</summary>
    /// <param name="family">The dataset family, e.g. <c>mmm</c>.</param>
    /// <param name="seed">The root seed.</param>
    /// <param name="writeSpec">Writes the spec as one JSON value.</param>
    /// <param name="files">Every file written, in manifest order.</param>
    /// <param name="tables">The tables among them, for the manifest's column map.</param>
    /// <param name="findings">The dataset's validation findings, for the result.</param>
    public ExportResult Commit(string family, ulong seed, Action<Utf8JsonWriter> writeSpec, IReadOnlyList<ExportedFile> files,
        IReadOnlyList<TableSchema> tables, IReadOnlyList<ValidationFinding> findings)
    {
        var manifest = WriteFile(ExportManifest.FileName, s => ExportManifest.Write(s, family, seed, writeSpec, files, tables));
        lock (_files) _committed = true;
        NativeFileSystem.FlushFolder(_staging);
        Swap();
        return new ExportResult(Path, files.Append(manifest).ToArray(), findings);
    }

    /// <summary>Closes unfinished files, removes the staging folder (after a commit: the previous export) and releases the lock; never throws.</summary>
    public void Dispose()
    {
        lock (_files)
            foreach (var file in _files) file.Dispose();
        BestEffortDelete.Folder(_staging);
        _lock.Dispose();
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
        var leftovers = Directory.EnumerateFileSystemEntries(target.Parent)
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

    private static void CheckReplaceable(ExportTarget target)
    {
        if (File.Exists(target.Path))
            throw new ExportFolderException(target.Path, $"Cannot export into {target.Path}: it is a file, not a folder.");
        if (!Directory.Exists(target.Path) || ExportManifest.IsExport(target.Path)) return;
        bool empty = Directory.EnumerateFileSystemEntries(target.Path).All(entry => ExportTarget.IsPerFileTemporary(System.IO.Path.GetFileName(entry)));
        if (!empty)
            throw new ExportFolderException(target.Path, $"Cannot export into {target.Path}: it holds files but no MmmFixtures {ExportManifest.FileName}, " +
                "and an export replaces its whole folder. Name a new folder, an empty one or a previous export.");
    }

    private static void RemoveOldTemporaryFiles(ExportTarget target)
    {
        if (!Directory.Exists(target.Path)) return;
        foreach (string file in Directory.EnumerateFiles(target.Path))
            if (ExportTarget.IsPerFileTemporary(System.IO.Path.GetFileName(file))) BestEffortDelete.File(file);
    }
}
