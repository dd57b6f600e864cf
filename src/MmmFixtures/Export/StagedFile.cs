using System;
using System.IO;

namespace MmmFixtures.Export;

/// <summary>
/// A file being written into an export's staging folder, hashed as it is written. <see cref="Commit"/> hands it to the
/// system, starts its disk writes, closes it and gives it to the export's <see cref="DiskFlusher"/>, which makes it durable
/// (in the background, all by the time the staging folder becomes the export). A file that is never committed is removed
/// with the staging folder.
/// </summary>
internal sealed class StagedFile : IDisposable
{
    private readonly string _name, _path;
    private readonly FileStream _file;
    private readonly HashingStream _hashing;
    private readonly DiskFlusher _flusher;
    private bool _closed;

    private StagedFile(string name, string path, FileStream file, DiskFlusher flusher)
    {
        _name = name;
        _path = path;
        _file = file;
        _flusher = flusher;
        _hashing = new HashingStream(file);
    }

    /// <summary>Creates <paramref name="name"/> in <paramref name="folder"/>; the file must not exist yet.</summary>
    /// <param name="folder">The staging folder.</param>
    /// <param name="name">The file's name relative to the export folder, with forward slashes; its subfolders are created.</param>
    /// <param name="flusher">The export's flusher, which makes the file durable once its disk writes are started.</param>
    public static StagedFile Create(string folder, string name, DiskFlusher flusher)
    {
        string path = Path.Combine(folder, name.Replace('/', Path.DirectorySeparatorChar));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return new(name, path, new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16), flusher);
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
    /// (Linux), the flusher then making it durable in the background (see <see cref="DiskFlusher"/>); elsewhere flushes it
    /// to disk (<see cref="FlushToDisk"/>). The thread that writes a large file then never waits for the disk, and the
    /// export's commit finds most of the file already durable.
    /// </summary>
    public void StartFlushToDisk()
    {
        _hashing.Flush();
        if (NativeFileSystem.TryStartWriteBack(_file.SafeFileHandle)) _flusher.FlushSoon(_path);
        else FlushToDisk();
    }

    /// <summary>
    /// Hands the whole content to the system, starts its disk writes (<see cref="StartFlushToDisk"/>), closes the file and
    /// returns its name, size and SHA-256; the export's commit waits until it is durable (<see cref="DiskFlusher.FlushAll"/>).
    /// </summary>
    /// <param name="rows">Rows to record for a table, or null.</param>
    public ExportedFile Commit(long? rows = null)
    {
        if (_closed) throw new InvalidOperationException("The file is already committed or abandoned.");
        StartFlushToDisk();
        var written = new ExportedFile(_name, _hashing.BytesWritten, _hashing.FinishHash(), rows);
        Close();
        return written;
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
