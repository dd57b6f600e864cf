using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using MmmFixtures.Export;

namespace MmmFixtures.Cli;

/// <summary>A listing command's rows (<c>presets</c>, <c>layouts</c>) as aligned text columns or as a JSON array of objects.</summary>
internal static class Listing
{
    /// <summary>Writes a header of <paramref name="headers"/> and the rows, each column padded to its widest value (the last one not).</summary>
    public static void WriteTable(TextWriter output, string[] headers, IReadOnlyList<string[]> rows)
    {
        int[] widths = headers.Select((h, i) => rows.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
        string Line(string[] values) => string.Join("  ", values.Select((v, i) => i == values.Length - 1 ? v : v.PadRight(widths[i])));
        output.WriteLine(Line(headers));
        foreach (var row in rows) output.WriteLine(Line(row));
    }

    /// <summary>Writes the rows as a JSON array of objects with the properties <paramref name="keys"/>, in the exports' JSON dialect.</summary>
    public static void WriteJson(TextWriter output, string[] keys, IReadOnlyList<string[]> rows)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, JsonFormat.WriterOptions))
        {
            w.WriteStartArray();
            foreach (var row in rows)
            {
                w.WriteStartObject();
                for (int i = 0; i < keys.Length; i++) w.WriteString(keys[i], row[i]);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }
}
