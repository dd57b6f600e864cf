using System.Text.Encodings.Web;
using System.Text.Json;

namespace MmmFixtures.Export;

/// <summary>
/// The JSON dialect of every exported file: UTF-8, two-space indentation, LF line endings on every
/// operating system, and non-ASCII text kept readable (not \u-escaped).
/// </summary>
internal static class JsonFormat
{
    /// <summary>Writer options for exported JSON.</summary>
    public static JsonWriterOptions WriterOptions { get; } = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
