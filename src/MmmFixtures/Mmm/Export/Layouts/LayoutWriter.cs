using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using MmmFixtures.Export;

namespace MmmFixtures.Mmm;

/// <summary>Writes one layout's files into its subfolder of an export and collects them (and its tables, for the manifest's column map).</summary>
internal sealed class LayoutWriter
{
    private readonly ExportFolder _export;
    private readonly string _folder;

    public LayoutWriter(ExportFolder export, string folder)
    {
        _export = export;
        _folder = folder;
    }

    /// <summary>The files written so far, in order.</summary>
    public List<ExportedFile> Files { get; } = new();

    /// <summary>The tables written so far.</summary>
    public List<TableSchema> Tables { get; } = new();

    /// <summary>Writes a table <paramref name="name"/> (a path inside the layout's folder) of <paramref name="rows"/>.</summary>
    public void Table<TRow>(string name, IReadOnlyList<LayoutColumn<TRow>> columns, IEnumerable<TRow> rows)
    {
        var schema = new TableSchema($"{_folder}/{name}", columns.Select(c => c.Schema).ToArray());
        Tables.Add(schema);
        Files.AddRange(_export.WriteLayoutTable(schema, w =>
        {
            foreach (TRow row in rows)
            {
                foreach (var column in columns) column.Write(w, row);
                w.EndRow();
            }
        }));
    }

    /// <summary>Writes a JSON document <paramref name="name"/> inside the layout's folder.</summary>
    public void Json(string name, Action<Utf8JsonWriter> write) =>
        Files.Add(_export.WriteFile($"{_folder}/{name}", stream =>
        {
            using (var json = new Utf8JsonWriter(stream, JsonFormat.WriterOptions))
            {
                write(json);
                json.Flush();
            }
            stream.WriteByte((byte)'\n');
        }));

    /// <summary>Writes <paramref name="names"/> as a JSON array of strings, or null when <paramref name="emptyAsNull"/> and there are none.</summary>
    public static void Names(Utf8JsonWriter json, string property, IEnumerable<string> names, bool emptyAsNull = false)
    {
        var list = names.ToArray();
        if (list.Length == 0 && emptyAsNull)
        {
            json.WriteNull(property);
            return;
        }
        json.WriteStartArray(property);
        foreach (string name in list) json.WriteStringValue(name);
        json.WriteEndArray();
    }

    /// <summary>Writes a JSON object mapping each key to its value, in order.</summary>
    public static void Map(Utf8JsonWriter json, string property, IEnumerable<(string Key, string Value)> pairs)
    {
        json.WriteStartObject(property);
        foreach (var (key, value) in pairs) json.WriteString(key, value);
        json.WriteEndObject();
    }
}
