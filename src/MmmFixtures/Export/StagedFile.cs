using System;
using System.IO;

namespace MmmFixtures.Export;

/// <summary>
/// A file being written into an export's staging folder, hashed as it is written. <see cref="Commit"/> hands it to the
/// system, starts its disk writes and closes it; <see cref="WaitForDisk"/> makes it durable, which the export folder does
/// for all its files at once before the staging folder becomes the export. A file that is never committed is removed with
/// the staging folder.
/// </summary>
internal sealed class StagedFile : IDisposable
{
    private readonly string _name, _path;
    private readonly FileStream _file;
    private readonly HashingStream _hashing;
    private bool _closed;
    // Committed with its disk writes started, not waited for: WaitForDisk waits for them.
    private bool _writeBackStarted;

    private StagedFile(string name, string path, FileStream file)
    {
        _name = name;
        _path = path;
        _file = file;
        _hashing = new HashingStream(file);
    }

    /// <summary>Creates <paramref name="name"/> in <paramref name="folder"/>; the file must not exist yet.</summary>
    /// <param name="folder">The staging folder.</param>
    /// <param name="name">The file's name relative to the export folder, with forward slashes; its subfolders are created.</param>
    public static StagedFile Create(string folder, string name)
    {
        string path = Path.Combine(folder, name.Replace('/', Path.DirectorySeparatorChar));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return new(name, path, new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16));
    }

    /// <summary>The write-only content stream.</summary>
    public Stream Content => _hashing;

    /// <summary>Hashes the file's next bytes, to be written later by <see cref="WriteHashed"/>; from one thread at a time, in file order (see <see cref="HashingStream.HashAhead"/>).</summary>
    public void HashAhead(byte[] buffer, int offset, int count) => _hashing.HashAhead(buffer, offset, count);

    /// <summary>Writes bytes that <see cref="HashAhead"/> hashed, without hashing them again.</summary>
    public void WriteHashed(byte[] buffer, int offset, int count) => _hashing.WriteHashed(buffer, offset, count);

    /// <summary>
    /// Flushes what was written so far to disk. A large file written in one go leaves all its disk writes to
    /// <see cref="Commit"/>; flushing as it grows lets them overlap with producing the rest.
    /// </summary>
    public void FlushToDisk()
    {
        _hashing.Flush();
        _file.Flush(flushToDisk: true);
    }

    /// <summary>
    /// Hands what was written so far to the system and starts writing it to disk without waiting where the system can
    /// (Linux), else flushes it to disk (<see cref="FlushToDisk"/>). The thread that writes a large file then never waits
    /// for the disk before <see cref="Commit"/>, which finds most of the file already written.
    /// </summary>
    public void StartFlushToDisk() => TryStartFlushToDisk();

    /// <summary>
    /// Hands the whole content to the system, starts its disk writes (or, where they cannot be started without waiting,
    /// flushes it to disk), closes the file and returns its name, size and SHA-256. <see cref="WaitForDisk"/> then makes
    /// it durable: an export waits for all its files at once, at its commit, their flushes sharing the file system's
    /// journal commits, instead of one after the other as each is written.
    /// </summary>
    /// <param name="rows">Rows to record for a table, or null.</param>
    public ExportedFile Commit(long? rows = null)
    {
        if (_closed) throw new InvalidOperationException("The file is already committed or abandoned.");
        _writeBackStarted = TryStartFlushToDisk();
        var written = new ExportedFile(_name, _hashing.BytesWritten, _hashing.FinishHash(), rows);
        Close();
        return written;
    }

    /// <summary>Waits until the disk writes <see cref="Commit"/> started are done (at once if it flushed the file to disk itself, or was not called).</summary>
    /// <exception cref="IOException">The disk writes failed.</exception>
    public void WaitForDisk()
    {
        if (!_writeBackStarted) return;
        NativeFileSystem.FlushFile(_path);
        _writeBackStarted = false;
    }

    // True if the disk writes were started without waiting; false if the content was flushed to disk.
    private bool TryStartFlushToDisk()
    {
        _hashing.Flush();
        if (NativeFileSystem.TryStartWriteBack(_file.SafeFileHandle)) return true;
        FlushToDisk();
        return false;
    }

    /// <summary>Closes an uncommitted file. Never throws: on a full disk the buffered rest cannot be written, and the failure that stopped the export is the one to report.</summary>
    public void Dispose()
    {
        if (_closed) return;
        try
        {
            Close();
        }
        catch (IOException)
        {
            // The handle is released even when the final flush fails; the staging folder's removal deletes the file.
        }
    }

    private void Close()
    {
        _closed = true;
        _hashing.Dispose();
        _file.Dispose();
    }
}
