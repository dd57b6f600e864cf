using System;

namespace MmmFixtures.Families;

/// <summary>Typical text widths of exported values, for output estimates (measured on the presets' exports).</summary>
internal static class TypicalWidths
{
    /// <summary>A double in shortest round-trip form, e.g. <c>1234.5678901234567</c>.</summary>
    public const int Number = 17;

    /// <summary>An ISO date, <c>yyyy-MM-dd</c>.</summary>
    public const int Date = 10;

    /// <summary>An ISO timestamp with milliseconds, <c>2024-01-01T12:34:56.789Z</c>.</summary>
    public const int Timestamp = 24;

    /// <summary>The manifest's own lines per file listed (name, bytes, rows, SHA-256).</summary>
    public const int ManifestPerFile = 150;

    /// <summary>The manifest's column-map lines per table column (name, role, entity, type).</summary>
    public const int ManifestPerColumn = 110;

    /// <summary>The decimal digits of the largest id <paramref name="maxId"/>.</summary>
    public static int Digits(double maxId)
    {
        int digits = 1;
        for (double v = Math.Abs(maxId); v >= 10 && digits < 400; v /= 10) digits++;
        return digits;
    }

    /// <summary>The bytes of a CSV header: the names, their separators and the line end.</summary>
    public static int Header(params string[] columns)
    {
        int bytes = 0;
        foreach (string c in columns) bytes += c.Length + 1;
        return bytes;
    }
}
