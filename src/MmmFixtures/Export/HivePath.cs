using System.Text;

namespace MmmFixtures.Export;

/// <summary>
/// Folder names of Hive-style partitions, <c>key=value</c>, escaped as Hive (<c>FileUtils.escapePathName</c>) and
/// Spark escape them, so their readers unescape them back: control characters and <c>"#%'*/:=?\{[]^</c> and DEL become
/// <c>%XX</c> (upper-case hex); so do space and <c>&lt;&gt;|</c>, which Hive escapes on Windows only, so that an export's
/// paths are the same on every system. A null or empty value is Hive's default partition.
/// </summary>
internal static class HivePath
{
    /// <summary>The folder value Hive, Spark and DuckDB read as null.</summary>
    public const string DefaultPartition = "__HIVE_DEFAULT_PARTITION__";

    /// <summary>The folder name <c>key=value</c> of one partition level.</summary>
    public static string Level(string key, string? value) => Escape(key) + "=" + (string.IsNullOrEmpty(value) ? DefaultPartition : Escape(value!));

    /// <summary>
    /// The table a part file of a partitioned dataset belongs to (<c>events</c> for
    /// <c>events/date=2024-01-01/part-0.parquet</c>: every folder below the table's is a <c>key=value</c> level), or null
    /// for any other file.
    /// </summary>
    public static string? PartitionedTableOf(string file)
    {
        var levels = file.Split('/');
        if (!file.EndsWith(".parquet", System.StringComparison.Ordinal) || !levels[levels.Length - 1].StartsWith("part-", System.StringComparison.Ordinal)) return null;
        int first = System.Array.FindIndex(levels, level => level.IndexOf('=') > 0);
        if (first <= 0 || first == levels.Length - 1) return null;
        for (int i = first; i < levels.Length - 1; i++)
            if (levels[i].IndexOf('=') <= 0) return null;
        return string.Join("/", levels, 0, first);
    }

    /// <summary><paramref name="text"/> with every character Hive escapes as <c>%XX</c>.</summary>
    public static string Escape(string text)
    {
        int first = 0;
        while (first < text.Length && !MustEscape(text[first])) first++;
        if (first == text.Length) return text;
        var escaped = new StringBuilder(text, 0, first, text.Length + 8);
        for (int i = first; i < text.Length; i++)
        {
            char c = text[i];
            if (MustEscape(c)) escaped.Append('%').Append(((int)c).ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            else escaped.Append(c);
        }
        return escaped.ToString();
    }

    private static bool MustEscape(char c) => c < ' ' || c == '\u007F' || "\"#%'*/:=?\\{[]^ <>|".IndexOf(c) >= 0;
}
