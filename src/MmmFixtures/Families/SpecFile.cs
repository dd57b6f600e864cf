using System;
using System.IO;
using System.Text;

namespace MmmFixtures.Families;

/// <summary>
/// Reads spec files with a size cap, so a hostile or mistaken path (<c>/dev/zero</c>, a log file) is refused
/// instead of read until memory runs out. Real specs are kilobytes; the largest preset's is under 30 KB.
/// </summary>
public static class SpecFile
{
    /// <summary>The largest spec file read: 4 MiB.</summary>
    public const int MaxBytes = 4 << 20;

    // The first buffer of a file whose length is unknown (a pipe, a device).
    private const int InitialBytes = 1 << 12;

    /// <summary>The UTF-8 text of the spec file at <paramref name="path"/>.</summary>
    /// <exception cref="FileNotFoundException">Nothing is at <paramref name="path"/>.</exception>
    /// <exception cref="IOException"><paramref name="path"/> is a folder, or holds more than <see cref="MaxBytes"/> bytes.</exception>
    public static string ReadText(string path)
    {
        if (path is null) throw new ArgumentNullException(nameof(path));
        if (Directory.Exists(path)) throw new IOException($"{path} is a folder, not a spec file");
        if (!File.Exists(path)) throw new FileNotFoundException($"Spec file not found: {path}", path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        // Read one byte past the cap rather than trust Length: devices and pipes report 0, and a file may grow. The buffer
        // starts at the file's length (and one byte more, to see it end) and doubles up to the cap: a buffer of the cap's
        // 4 MiB would be fresh memory cleared and faulted in for every few-KB spec (about a millisecond of start-up).
        var buffer = new byte[(int)Math.Min(MaxBytes + 1L, Math.Max(InitialBytes, stream.CanSeek ? stream.Length + 1 : 0))];
        int total = 0, read;
        while ((read = stream.Read(buffer, total, buffer.Length - total)) > 0)
        {
            total += read;
            if (total == buffer.Length)
            {
                if (total > MaxBytes) break;
                Array.Resize(ref buffer, (int)Math.Min(MaxBytes + 1L, 2L * buffer.Length));
            }
        }
        if (total > MaxBytes) throw new IOException($"{path} is larger than {MaxBytes >> 20} MiB, the most a spec file may hold");
        return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false).GetString(buffer, 0, total).TrimStart('\uFEFF');
    }
}
