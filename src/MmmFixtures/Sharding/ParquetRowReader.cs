#if NET
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using MmmFixtures.Export;
using MmmFixtures.Parquet;

namespace MmmFixtures.Sharding;

/// <summary>
/// Reads a Parquet table an export wrote, row group by row group, and copies its rows value by value into another
/// table's rows (<see cref="TableRows"/>): the values come back exactly as written (doubles bit for bit), so a table
/// re-written from them is byte-identical to one written from the generated rows.
/// </summary>
internal sealed class ParquetRowReader : IDisposable
{
    private readonly ParquetFileReader _file;
    private readonly ParquetColumns _rows;
    private readonly DefinitionLevels _levels = new();
    private int _rowGroup = -1, _position, _count;

    /// <summary>Opens the table at <paramref name="path"/>, whose columns the manifest lists as <paramref name="columns"/> (their nullability is read from the file).</summary>
    public ParquetRowReader(string path, IReadOnlyList<ColumnSchema> columns)
    {
        _file = new ParquetFileReader(path);
        var fields = _file.Metadata.Fields;
        if (fields.Count != columns.Count || fields.Where((f, i) => f.Name != columns[i].Name || f.Type != columns[i].Type).Any())
        {
            _file.Dispose();
            throw new InvalidDataException($"{path} does not hold the columns its manifest lists.");
        }
        Columns = columns.Select((c, i) => c with { Nullable = fields[i].Nullable }).ToArray();
        _rows = new ParquetColumns(new TableSchema(path, Columns));
    }

    /// <summary>The table's columns, with their nullability.</summary>
    public IReadOnlyList<ColumnSchema> Columns { get; }

    /// <summary>Whether every row has been copied.</summary>
    public bool AtEnd => _position == _count && !NextRowGroup();

    /// <summary>Copies the next <paramref name="rows"/> rows into <paramref name="target"/>.</summary>
    /// <exception cref="InvalidDataException">The table ends before that many rows.</exception>
    public void Copy(long rows, TableRows target)
    {
        for (long row = 0; row < rows; row++)
        {
            if (_position == _count && !NextRowGroup()) throw new InvalidDataException($"The table ends {rows - row} rows early.");
            _rows.CopyRow(_position++, target);
        }
    }

    /// <summary>Closes the file.</summary>
    public void Dispose() => _file.Dispose();

    private bool NextRowGroup()
    {
        var rowGroups = _file.Metadata.RowGroups;
        while (++_rowGroup < rowGroups.Count)
        {
            if (rowGroups[_rowGroup].Rows == 0) continue; // an empty table's one empty row group
            _rows.ReadRowGroup(_file, rowGroups[_rowGroup], _levels);
            (_position, _count) = (0, checked((int)rowGroups[_rowGroup].Rows));
            return true;
        }
        _rowGroup = rowGroups.Count;
        return false;
    }
}
#endif
