using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using MmmFixtures.Export;

namespace MmmFixtures.Cli;

/// <summary>A listing command's rows (<c>presets</c>, <c>layouts</c>) as aligned text columns or as a JSON array of objects.</summary>
internal static class Listing
{
    /// <summary>Writes a header of <paramref name="headers"/> and the rows, each column padded to its widest value (the last one not).</summary>
    public static void WriteTable(TextWriter output, string[] headers, IReadOnlyList<string[]> rows)
    {
        // Plain loops and one write: `presets` runs this at start-up, where every generic instantiation touched costs pages.
        int[] widths = new int[headers.Length];
        for (int i = 0; i < headers.Length; i++)
        {
            widths[i] = headers[i].Length;
            foreach (var row in rows) widths[i] = Math.Max(widths[i], row[i].Length);
        }
        var text = new StringBuilder();
        AppendLine(text, headers, widths, output.NewLine);
        foreach (var row in rows) AppendLine(text, row, widths, output.NewLine);
        output.Write(text.ToString());
    }

    private static void AppendLine(StringBuilder text, string[] values, int[] widths, string newLine)
    {
        for (int i = 0; i < values.Length; i++)
        {
            if (i > 0) text.Append("  ");
            text.Append(values[i]);
            if (i < values.Length - 1) text.Append(' ', widths[i] - values[i].Length);
        }
        text.Append(newLine);
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
