using System;
using System.IO;
using CsvHelper;

namespace MmmFixtures.Export;

/// <summary>Rows of a table written as CSV in the one dialect (<see cref="CsvFormat"/>) over a stream, typically a staged file or a chunk buffer.</summary>
internal sealed class CsvTableRows : TableRows, IDisposable
{
    private readonly CsvWriter _csv;
    private readonly char[] _text = new char[32];
    private readonly byte[] _decimal = new byte[FixedDecimalText.MaxLength];

    /// <summary>Writes rows to <paramref name="stream"/> (left open); with <paramref name="header"/>, that header first; fields separated by <paramref name="separator"/>.</summary>
    public CsvTableRows(Stream stream, TableSchema? header = null, char separator = ',')
    {
        _csv = CsvFormat.CreateWriter(stream, separator);
        if (header is not null) _csv.WriteHeader(header.Header);
    }

    public override void String(string? value) => _csv.WriteField(value ?? "");

    public override void String(ReadOnlySpan<char> value) => _csv.WriteField(value);

    public override void Int64(long value) => _csv.WriteField(value, default);

    public override void Double(double value) => _csv.WriteField(value, default);

    public override void Decimal(double value, int decimals)
    {
        int length = FixedDecimalText.TryFormat(value, decimals, _decimal);
        if (length > 0) _csv.WriteField(new ReadOnlySpan<byte>(_decimal, 0, length));
        else _csv.WriteField(value, default);
    }

    public override void Date(DateTime date) => _csv.WriteField(TimestampText.Date(date));

    public override void Timestamp(long unixMs) => _csv.WriteField(TimestampText.Iso(unixMs, _text));

    public override void Null() => _csv.WriteField("");

    protected override void EndRowCore() => _csv.EndRecord();

    /// <summary>Writes buffered text to the stream.</summary>
    public void Flush() => _csv.Flush();

    /// <summary>Flushes and releases the writer; the stream stays open.</summary>
    public void Dispose() => _csv.Dispose();
}
