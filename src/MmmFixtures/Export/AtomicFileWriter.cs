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
        using var file = AtomicFile.Create(path);
        write(file.Content);
        return file.Commit(rows);
    }
}
