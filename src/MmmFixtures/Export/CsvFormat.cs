using System.IO;
using CsvHelper;

namespace MmmFixtures.Export;

/// <summary>
/// The one CSV dialect every export uses: RFC 4180 quoting, comma separator, UTF-8 without a byte
/// order mark, invariant culture, doubles as the shortest text that round-trips, and records ending
/// with a single LF (<c>\n</c>, what pandas, R and Unix tools expect; not the RFC's CRLF).
/// </summary>
internal static class CsvFormat
{
    /// <summary>The line ending of every exported CSV record.</summary>
    public const string NewLine = "\n";

    /// <summary>The writer options of the dialect.</summary>
    public static CsvWriterOptions Options { get; } = CsvWriterOptions.Default with { NewLine = NewLine };

    /// <summary>A CSV writer in this dialect over <paramref name="stream"/> (left open).</summary>
    public static CsvWriter CreateWriter(Stream stream) => CsvWriter.Create(stream, Options, leaveOpen: true);

    /// <summary>A writer in this dialect with another field separator (a consumer's tab-separated files), over <paramref name="stream"/> (left open).</summary>
    public static CsvWriter CreateWriter(Stream stream, char separator) =>
        separator == ',' ? CreateWriter(stream) : CsvWriter.Create(stream, Options with { Separator = separator }, leaveOpen: true);
}
