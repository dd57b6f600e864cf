#if NET
using System;
using System.Collections.Generic;
using System.Linq;
using MmmFixtures.Parquet;

namespace MmmFixtures.Export;

/// <summary>
/// Rows of a Parquet table held column by column: what a chunk collects (<see cref="TableRows"/> calls go to the
/// next column in turn), what it detaches, the row group the file fills, and a row group read back.
/// </summary>
internal sealed class ParquetColumns : TableRows
{
    private readonly ParquetColumn[] _columns;
    private int _next;

    /// <summary>Empty columns of <paramref name="schema"/>, each with room for <paramref name="capacity"/> values (they grow as needed).</summary>
    public ParquetColumns(TableSchema schema, int capacity = 1024) : this(schema.Columns.Select(c => ParquetColumn.Create(c, capacity)).ToArray())
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

    /// <summary>Writes the rows as the next row group of <paramref name="file"/> and empties the columns.</summary>
    public void WriteRowGroupAndClear(ParquetFileWriter file)
    {
        file.BeginRowGroup(Rows);
        foreach (var column in _columns) column.WriteAndClear(file);
        file.EndRowGroup();
    }

    /// <summary>Replaces the rows with row group <paramref name="rowGroup"/> of <paramref name="file"/> (whose columns are these).</summary>
    /// <exception cref="System.IO.InvalidDataException">The row group is malformed.</exception>
    public void ReadRowGroup(ParquetFileReader file, RowGroupMetadata rowGroup, DefinitionLevels levels)
    {
        for (int i = 0; i < _columns.Length; i++)
        {
            var column = _columns[i];
            column.Clear();
            file.ReadChunk(rowGroup.Columns[i], (page, values) => column.ReadPage(page, values, levels));
            if (column.Count != rowGroup.Rows)
                throw new System.IO.InvalidDataException($"Column '{column.Schema.Name}' has {column.Count} values in a row group of {rowGroup.Rows} rows.");
        }
    }

    /// <summary>Passes row <paramref name="row"/>'s values to <paramref name="target"/> and ends its row there.</summary>
    public void CopyRow(int row, TableRows target)
    {
        foreach (var column in _columns) column.CopyTo(row, target);
        target.EndRow();
    }

    private int Next()
    {
        if (_next == _columns.Length) throw new InvalidOperationException($"A row has more than its {_columns.Length} values: EndRow is missing.");
        return _next++;
    }
}
#endif
