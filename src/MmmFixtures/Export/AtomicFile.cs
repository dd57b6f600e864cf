using System;
using System.IO;

namespace MmmFixtures.Export;

/// <summary>
/// A file being written atomically, for writers that keep several files open at once: the content goes to a
/// temporary file in the target's folder (hashed as it is written); <see cref="Commit"/> flushes it to disk and
/// renames it over the target, and disposing without committing removes it, leaving any old file untouched.
/// </summary>
internal sealed class AtomicFile : IDisposable
{
    private readonly string _target, _temporary;
    private readonly FileStream _file;
    private readonly HashingStream _hashing;
    private bool _finished;

    private AtomicFile(string target, string temporary, FileStream file)
    {
        _target = target;
        _temporary = temporary;
        _file = file;
        _hashing = new HashingStream(file);
    }

    /// <summary>Starts writing <paramref name="path"/>; its folder must exist.</summary>
    public static AtomicFile Create(string path)
    {
        if (path is null) throw new ArgumentNullException(nameof(path));
        string target = Path.GetFullPath(path);
        string folder = Path.GetDirectoryName(target) ?? throw new ArgumentException("must name a file in a folder", nameof(path));
        string temporary = Path.Combine(folder, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        return new AtomicFile(target, temporary, new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16));
    }

    /// <summary>The write-only content stream.</summary>
    public Stream Content => _hashing;

    /// <summary>
    /// Flushes what was written so far to disk. A large file written in one go leaves all its disk writes to
    /// <see cref="Commit"/>; flushing as it grows lets them overlap with producing the rest.
    /// </summary>
    public void FlushToDisk()
    {
        _hashing.Flush();
        _file.Flush(flushToDisk: true);
    }

    /// <summary>Flushes the content to disk, renames it over the target and returns its size and SHA-256.</summary>
    /// <param name="rows">Rows to record for a table, or null.</param>
    public ExportedFile Commit(long? rows = null)
    {
        if (_finished) throw new InvalidOperationException("The file is already committed or abandoned.");
        FlushToDisk();
        var written = new ExportedFile(Path.GetFileName(_target), _hashing.BytesWritten, _hashing.FinishHash(), rows);
        _hashing.Dispose();
        _file.Dispose();
        Replace(_temporary, _target);
        _finished = true; // only now: a failed rename still removes the temporary file on Dispose
        return written;
    }

    /// <summary>Abandons an uncommitted file: the temporary file is removed.</summary>
    public void Dispose()
    {
        if (_finished) return;
        _finished = true;
        _hashing.Dispose();
        _file.Dispose();
        TryDelete(_temporary);
    }

    private static void Replace(string source, string destination)
    {
#if NET
        File.Move(source, destination, overwrite: true);
#else
        if (File.Exists(destination)) File.Replace(source, destination, destinationBackupFileName: null);
        else File.Move(source, destination);
#endif
    }

    private static void TryDelete(string path)
    {
        try
        {
            if (File.Exists(path)) File.Delete(path);
        }
        catch (IOException)
        {
            // The original failure is the one worth reporting.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
