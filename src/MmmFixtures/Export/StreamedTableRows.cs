using System;

namespace MmmFixtures.Export;

/// <summary>
/// A whole table written on one thread (<see cref="ExportFolder.WriteTable"/>) through a <see cref="TableFile"/>:
/// rows go to one chunk, appended to the file every <see cref="RowsPerAppend"/> rows, so that a large table is never
/// held whole in memory and every format writes it the same way as a chunked one.
/// </summary>
internal sealed class StreamedTableRows : TableRows
{
    /// <summary>Rows collected before they are appended to the file.</summary>
    public const int RowsPerAppend = 1 << 14;

    private readonly TableFile _file;
    private readonly TableChunk _chunk;

    /// <summary>Writes rows into <paramref name="file"/>.</summary>
    public StreamedTableRows(TableFile file)
    {
        _file = file;
        _chunk = file.NewChunk();
    }

    public override void String(string? value) => _chunk.String(value);
    public override void String(ReadOnlySpan<char> value) => _chunk.String(value);
    public override void Int64(long value) => _chunk.Int64(value);
    public override void Double(double value) => _chunk.Double(value);
    public override void Decimal(double value, int decimals) => _chunk.Decimal(value, decimals);
    public override void Date(DateTime date) => _chunk.Date(date);
    public override void Timestamp(long unixMs) => _chunk.Timestamp(unixMs);
    public override void Null() => _chunk.Null();

    protected override void EndRowCore()
    {
        _chunk.EndRow();
        if (_chunk.RowCount % RowsPerAppend == 0) _file.Append(_chunk.Detach());
    }

    /// <summary>Appends the last rows and releases the chunk.</summary>
    public void Finish()
    {
        _file.Append(_chunk.Detach());
        _chunk.Dispose();
    }
}
