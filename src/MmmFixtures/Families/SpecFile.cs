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

    /// <summary>The UTF-8 text of the spec file at <paramref name="path"/>.</summary>
    /// <exception cref="FileNotFoundException">Nothing is at <paramref name="path"/>.</exception>
    /// <exception cref="IOException"><paramref name="path"/> is a folder, or holds more than <see cref="MaxBytes"/> bytes.</exception>
    public static string ReadText(string path)
    {
        if (path is null) throw new ArgumentNullException(nameof(path));
        if (Directory.Exists(path)) throw new IOException($"{path} is a folder, not a spec file");
        if (!File.Exists(path)) throw new FileNotFoundException($"Spec file not found: {path}", path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        // Read up to one byte past the cap rather than trust Length (devices and pipes report 0, a file may grow), into a
        // buffer sized to the file and grown as needed: a buffer of the cap is a large object, whose allocation alone sets off
        // a full collection.
        var buffer = new byte[(int)Math.Min(MaxBytes + 1L, Math.Max(stream.CanSeek ? stream.Length + 1 : 0, 4096))];
        int total = 0, read;
        while (total <= MaxBytes)
        {
            if (total == buffer.Length) Array.Resize(ref buffer, (int)Math.Min(MaxBytes + 1L, 2L * buffer.Length));
            if ((read = stream.Read(buffer, total, buffer.Length - total)) == 0) break;
            total += read;
        }
        if (total > MaxBytes) throw new IOException($"{path} is larger than {MaxBytes >> 20} MiB, the most a spec file may hold");
        return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false).GetString(buffer, 0, total).TrimStart('\uFEFF');
    }
}
