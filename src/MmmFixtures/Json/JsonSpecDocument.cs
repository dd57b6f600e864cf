using System;
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

    public static JsonDocument Parse(string json, string specName)
    {
        if (json is null) throw new ArgumentNullException(nameof(json));
        try
        {
            return JsonDocument.Parse(json, Options);
        }
        catch (JsonException ex)
        {
            long line = (ex.LineNumber ?? 0) + 1, column = (ex.BytePositionInLine ?? 0) + 1;
            string reason = ex.Message.Split(new[] { " Path:", " LineNumber:" }, StringSplitOptions.None)[0].Trim();
            throw new SpecValidationException(specName, new[] { new SpecError("$", null, $"is not valid JSON at line {line}, column {column}: {reason}") });
        }
    }
}
