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
    /// <summary>Parses <paramref name="json"/> and reads it with <paramref name="read"/>; throws every problem at once.</summary>
    public static T Read<T>(string json, string specName, Func<JsonElement, SpecErrorCollector, T?> read) where T : class
    {
        using JsonDocument document = JsonSpecDocument.Parse(json, specName);
        var errors = new SpecErrorCollector();
        T? spec = read(document.RootElement, errors);
        errors.ThrowIfInvalid(specName);
        return spec!;
    }

    /// <summary>What <paramref name="write"/> writes, as indented text with LF line endings and a final newline.</summary>
    public static string Write(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, JsonFormat.WriterOptions)) write(writer);
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }
}
