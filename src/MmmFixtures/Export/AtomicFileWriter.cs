using System;
using System.IO;

namespace MmmFixtures.Export;

/// <summary>
/// Writes a file so that readers see either the old file or the complete new one, never a part:
/// the content goes to a temporary file in the same folder, is flushed to disk, and is then renamed
/// over the target. If writing fails, the temporary file is removed and the old file is untouched.
/// </summary>
public static class AtomicFileWriter
{
    /// <summary>Writes <paramref name="path"/> with <paramref name="write"/> and returns its size and SHA-256.</summary>
    /// <param name="path">The target file; its folder must exist.</param>
    /// <param name="write">Writes the whole content to the stream it is given (the stream is write-only).</param>
    /// <param name="rows">Rows to record for a table, or null.</param>
    public static ExportedFile Write(string path, Action<Stream> write, long? rows = null)
    {
        if (path is null) throw new ArgumentNullException(nameof(path));
        if (write is null) throw new ArgumentNullException(nameof(write));
        string fullPath = Path.GetFullPath(path);
        string folder = Path.GetDirectoryName(fullPath) ?? throw new ArgumentException("must name a file in a folder", nameof(path));
        string temporary = Path.Combine(folder, $".{Path.GetFileName(fullPath)}.{Guid.NewGuid():N}.tmp");
        try
        {
            long bytes;
            string sha256;
            using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            using (var hashing = new HashingStream(file))
            {
                write(hashing);
                hashing.Flush();
                file.Flush(flushToDisk: true);
                bytes = hashing.BytesWritten;
                sha256 = hashing.FinishHash();
            }
            Replace(temporary, fullPath);
            return new ExportedFile(Path.GetFileName(fullPath), bytes, sha256, rows);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
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
