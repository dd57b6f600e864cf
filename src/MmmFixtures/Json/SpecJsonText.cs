using System;
using System.IO;
using System.Text;
using System.Text.Json;
using MmmFixtures.Export;
using MmmFixtures.Validation;

namespace MmmFixtures.Json;

/// <summary>The text ends of every family's JSON spec: parse and collect every problem, or write indented LF text.</summary>
internal static class SpecJsonText
{
    /// <summary>Parses <paramref name="json"/> and reads its root object into <paramref name="start"/>; throws every problem at once.</summary>
    public static T Read<T>(string json, string specName, JsonFields<T> fields, T start)
    {
        using JsonDocument document = JsonSpecDocument.Parse(json, specName);
        var errors = new SpecErrorCollector();
        JsonSpecDocument.ReportDuplicateKeys(document.RootElement, errors);
        T spec = start;
        if (JsonObjectReader.Open(document.RootElement, "", errors) is { } root)
        {
            spec = fields.ReadMembers(root, start);
            root.ReportUnknown();
        }
        errors.ThrowIfInvalid(specName);
        return spec;
    }

    /// <summary>Writes <paramref name="value"/> as one JSON object with <paramref name="fields"/>.</summary>
    public static void Write<T>(Utf8JsonWriter w, JsonFields<T> fields, T value)
    {
        fields.WriteObject(w, value);
        w.Flush();
    }

    /// <summary>The record as indented text with LF line endings and a final newline.</summary>
    public static string Write<T>(JsonFields<T> fields, T value)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, JsonFormat.WriterOptions)) Write(writer, fields, value);
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }
}
