using System;
using System.Globalization;

namespace MmmFixtures.Cli;

/// <summary>Sizes in bytes as people write them: <c>500M</c>, <c>20G</c> (binary multiples: K = 1024).</summary>
internal static class ByteSize
{
    private static readonly string[] Units = { "KiB", "MiB", "GiB", "TiB", "PiB", "EiB" };

    /// <summary>What <see cref="TryParse"/> accepts, for messages.</summary>
    public const string Syntax = "a size in bytes, optionally with a K, M, G or T suffix (e.g. 500M, 64G)";

    /// <summary>Parses plain bytes or a number with a K/M/G/T suffix (optionally followed by <c>B</c> or <c>iB</c>).</summary>
    public static bool TryParse(string text, out long bytes)
    {
        bytes = 0;
        string s = text.Trim();
        if (s.EndsWith("iB", StringComparison.OrdinalIgnoreCase)) s = s.Substring(0, s.Length - 2);
        else if (s.Length > 1 && char.IsLetter(s[s.Length - 2]) && (s[s.Length - 1] is 'B' or 'b')) s = s.Substring(0, s.Length - 1);
        int shift = s.Length == 0 ? 0 : char.ToUpperInvariant(s[s.Length - 1]) switch { 'K' => 10, 'M' => 20, 'G' => 30, 'T' => 40, _ => 0 };
        if (shift > 0) s = s.Substring(0, s.Length - 1);
        if (!long.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out long value) || value > long.MaxValue >> shift) return false;
        bytes = value << shift;
        return true;
    }

    /// <summary>A limit that admits <paramref name="bytes"/>, in the largest whole unit that fits: <c>3G</c>, <c>1200T</c>.</summary>
    public static string RoundedUp(long bytes)
    {
        int shift = bytes >= 1L << 40 ? 40 : bytes >= 1L << 30 ? 30 : bytes >= 1L << 20 ? 20 : 10;
        long units = (bytes >> shift) + ((bytes & ((1L << shift) - 1)) == 0 ? 0 : 1);
        return units.ToString(CultureInfo.InvariantCulture) + "KMGT"[shift / 10 - 1];
    }

    /// <summary><paramref name="bytes"/> for people: <c>812 bytes</c>, <c>6.6 KiB</c>, <c>20.0 GiB</c>.</summary>
    public static string Format(long bytes)
    {
        if (bytes < 1024) return bytes.ToString(CultureInfo.InvariantCulture) + " bytes";
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < Units.Length - 1)
        {
            value /= 1024;
            unit++;
        }
        return value.ToString("0.0", CultureInfo.InvariantCulture) + " " + Units[unit];
    }
}
