using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.InteropServices;
using System.Text;

namespace MmmFixtures.Export;

/// <summary>
/// Whether a folder is a mount point (a Docker volume, a bind mount, a disk): such a folder cannot be renamed or
/// exchanged (<c>EBUSY</c>), so an export refuses it before generating anything. Known on Linux, from
/// <c>/proc/self/mountinfo</c>; elsewhere no folder is reported and the swap's own error is reported instead.
/// </summary>
internal static class MountPoints
{
    private const string MountInfo = "/proc/self/mountinfo";

    /// <summary>Whether <paramref name="realPath"/> (absolute, links resolved) is a mount point of this process.</summary>
    public static bool Contains(string realPath)
    {
        if (!RuntimeInformation.IsOSPlatform(OSPlatform.Linux)) return false;
        try
        {
            using var reader = new StreamReader(MountInfo);
            foreach (string mountPoint in Parse(reader))
                if (string.Equals(mountPoint, realPath, StringComparison.Ordinal)) return true;
            return false;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false; // no /proc: the swap reports a busy folder itself
        }
    }

    /// <summary>The mount points listed by a <c>mountinfo</c> file: the fifth field of each line, its escapes (<c>\040</c> for a space…) decoded.</summary>
    internal static IEnumerable<string> Parse(TextReader mountinfo)
    {
        string? line;
        while ((line = mountinfo.ReadLine()) is not null)
        {
            // The fifth field, found without splitting the line into all of its ten or more.
            int start = 0;
            for (int field = 0; field < 4 && start >= 0; field++)
                start = line.IndexOf(' ', start) is int space and >= 0 ? space + 1 : -1;
            if (start < 0) continue;
            int end = line.IndexOf(' ', start);
            yield return Unescape(end < 0 ? line.Substring(start) : line.Substring(start, end - start));
        }
    }

    // The kernel writes space, tab, newline and backslash in paths as a backslash and three octal digits.
    private static string Unescape(string field)
    {
        if (field.IndexOf('\\') < 0) return field;
        var bytes = new List<byte>(field.Length);
        for (int i = 0; i < field.Length; i++)
        {
            if (field[i] == '\\' && i + 3 < field.Length && IsOctal(field[i + 1]) && IsOctal(field[i + 2]) && IsOctal(field[i + 3]))
            {
                bytes.Add((byte)(((field[i + 1] - '0') << 6) | ((field[i + 2] - '0') << 3) | (field[i + 3] - '0')));
                i += 3;
            }
            else bytes.AddRange(Encoding.UTF8.GetBytes(field[i].ToString()));
        }
        return Encoding.UTF8.GetString(bytes.ToArray());
    }

    private static bool IsOctal(char c) => c is >= '0' and <= '7';
}
