using System;
using System.Collections.Generic;
using System.Text.Json;
using MmmFixtures.Validation;

namespace MmmFixtures.Json;

/// <summary>Parses spec JSON text, turning a syntax error into a <see cref="SpecValidationException"/> that gives its line and column.</summary>
internal static class JsonSpecDocument
{
    private static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
    };

    // Estimates come from other programs and go on to other tools (jq, Python's json): standard JSON only.
    private static readonly JsonDocumentOptions Standard = new() { CommentHandling = JsonCommentHandling.Disallow };

    /// <summary>Parses <paramref name="json"/>; <paramref name="standard"/> refuses the comments and trailing commas a spec may have.</summary>
    public static JsonDocument Parse(string json, string specName, bool standard = false)
    {
        if (json is null) throw new ArgumentNullException(nameof(json));
        // System.Text.Json words this "does not contain any JSON tokens … isFinalBlock"; a user wants the plain fact.
        if (string.IsNullOrWhiteSpace(json)) // not Trim(): that copies the whole text
            throw new SpecValidationException(specName, new[] { new SpecError("$", null, "is empty: a spec is one JSON object, e.g. { \"seed\": 42 }") });
        try
        {
            return JsonDocument.Parse(json, standard ? Standard : Options);
        }
        catch (JsonException ex)
        {
            long line = (ex.LineNumber ?? 0) + 1, column = (ex.BytePositionInLine ?? 0) + 1;
            // "… which is not supported in this mode. Change the reader options." speaks to a programmer, not to the file's author.
            string reason = ex.Message.Split(new[] { " Path:", " LineNumber:", " which is not supported in this mode." }, StringSplitOptions.None)[0].Trim();
            throw new SpecValidationException(specName, new[] { new SpecError("$", null, $"is not valid JSON at line {line}, column {column}: {reason}") });
        }
    }

    /// <summary>
    /// Records every key given twice in one object, anywhere in the document. JsonDocument keeps both and
    /// lookups see one of them, so <c>{"periods": 10, "periods": 1e9}</c> would otherwise mean whatever a reader picks.
    /// </summary>
    public static void ReportDuplicateKeys(JsonElement element, SpecErrorCollector errors) => Walk(element, "", errors);

    // A path is made only where it may be needed: for a repeated key's message and for an object or array walked into (a
    // spec's long lists are mostly of numbers and names).
    private static void Walk(JsonElement element, string path, SpecErrorCollector errors)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var seen = new HashSet<string>(StringComparer.Ordinal);
                foreach (var property in element.EnumerateObject())
                {
                    string name = property.Name;
                    bool repeated = !seen.Add(name);
                    if (!repeated && !IsContainer(property.Value)) continue;
                    string child = path.Length == 0 ? name : $"{path}.{name}";
                    if (repeated) errors.Add(child, null, "is given more than once in its object");
                    Walk(property.Value, child, errors);
                }
                break;
            case JsonValueKind.Array:
                int i = 0;
                foreach (var item in element.EnumerateArray())
                {
                    if (IsContainer(item)) Walk(item, $"{path}[{i}]", errors);
                    i++;
                }
                break;
        }
    }

    private static bool IsContainer(JsonElement element) => element.ValueKind is JsonValueKind.Object or JsonValueKind.Array;
}
