#if NET
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Parquet;
using Parquet.Schema;

namespace MmmFixtures.Export;

/// <summary>
/// Rows of a Parquet table held column by column: what a chunk collects (<see cref="TableRows"/> calls go to the
/// next column in turn), what it detaches, and the row group the file fills.
/// </summary>
internal sealed class ParquetColumns : TableRows
{
    private readonly ParquetColumn[] _columns;
    private int _next;

    /// <summary>Empty columns of <paramref name="schema"/>.</summary>
    public ParquetColumns(TableSchema schema) : this(schema.Columns.Select(ParquetColumn.Create).ToArray())
    {
    }

    private ParquetColumns(ParquetColumn[] columns) => _columns = columns;

    /// <summary>The complete rows held.</summary>
    public int Rows => _columns.Length == 0 ? 0 : _columns[_columns.Length - 1].Count;

    public override void String(string? value) => _columns[Next()].String(value);
    public override void Int64(long value) => _columns[Next()].Int64(value);
    public override void Double(double value) => _columns[Next()].Double(value);
    public override void Date(DateTime date) => _columns[Next()].Date(date);
    public override void Timestamp(long unixMs) => _columns[Next()].Timestamp(unixMs);
    public override void Null() => _columns[Next()].Null();

    protected override void EndRowCore()
    {
        if (_next != _columns.Length)
            throw new InvalidOperationException($"A row ended after {_next} of its {_columns.Length} values.");
        _next = 0;
    }

    /// <summary>Moves the complete rows out into new columns; these go on empty.</summary>
    public ParquetColumns Detach()
    {
        if (_next != 0) throw new InvalidOperationException("Rows are detached in the middle of a row.");
        return new ParquetColumns(_columns.Select(c => c.Detach()).ToArray());
    }

    /// <summary>
    /// The rows <c>rows[start..start+count)</c> (in that order) in new columns, without column <paramref name="without"/>
    /// (-1: every column); these are unchanged.
    /// </summary>
    public ParquetColumns Gather(int[] rows, int start, int count, int without)
    {
        if (_next != 0) throw new InvalidOperationException("Rows are gathered in the middle of a row.");
        return new ParquetColumns(_columns.Where((_, i) => i != without).Select(c => c.Gather(rows, start, count)).ToArray());
    }

    /// <summary>These columns without column <paramref name="column"/> (-1: every column), sharing their values; use one or the other afterwards, not both.</summary>
    public ParquetColumns Without(int column) => column < 0 ? this : new ParquetColumns(_columns.Where((_, i) => i != column).ToArray());

    /// <summary>Appends <paramref name="count"/> rows of <paramref name="source"/> (same schema) from row <paramref name="start"/>.</summary>
    public void AppendFrom(ParquetColumns source, int start, int count)
    {
        for (int i = 0; i < _columns.Length; i++) _columns[i].AppendFrom(source._columns[i], start, count);
    }

    /// <summary>Writes the rows as one row group of <paramref name="writer"/>, whose schema's fields are <paramref name="fields"/>, and empties the columns.</summary>
    public async Task WriteRowGroupAndClearAsync(ParquetWriter writer, IReadOnlyList<DataField> fields)
    {
        using var rowGroup = writer.CreateRowGroup();
        for (int i = 0; i < _columns.Length; i++) await _columns[i].WriteAndClearAsync(rowGroup, fields[i]).ConfigureAwait(false);
        rowGroup.CompleteValidate();
    }

    private int Next()
    {
        if (_next == _columns.Length) throw new InvalidOperationException($"A row has more than its {_columns.Length} values: EndRow is missing.");
        return _next++;
    }
}
#endif
