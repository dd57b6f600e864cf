#if NET
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using MmmFixtures.Export;
using Parquet;
using Parquet.Schema;

namespace MmmFixtures.Sharding;

/// <summary>
/// Reads a Parquet table an export wrote, row group by row group, and copies its rows value by value into another
/// table's rows (<see cref="TableRows"/>): the values come back exactly as written (doubles bit for bit), so a table
/// re-written from them is byte-identical to one written from the generated rows.
/// </summary>
internal sealed class ParquetRowReader : IDisposable
{
    private readonly FileStream _stream;
    private readonly ParquetReader _reader;
    private readonly DataField[] _fields;
    private readonly Array[] _values;
    private int _rowGroup = -1, _position, _rows;

    /// <summary>Opens the table at <paramref name="path"/>, whose columns the manifest lists as <paramref name="columns"/> (their nullability is read from the file).</summary>
    public ParquetRowReader(string path, IReadOnlyList<ColumnSchema> columns)
    {
        _stream = File.OpenRead(path);
        _reader = Wait(ParquetReader.CreateAsync(_stream));
        _fields = _reader.Schema.GetDataFields();
        if (_fields.Length != columns.Count || _fields.Where((f, i) => f.Name != columns[i].Name).Any())
            throw new InvalidDataException($"{path} does not hold the columns its manifest lists.");
        Columns = columns.Select((c, i) => c with { Nullable = _fields[i].IsNullable }).ToArray();
        _values = new Array[_fields.Length];
    }

    /// <summary>The table's columns, with their nullability.</summary>
    public IReadOnlyList<ColumnSchema> Columns { get; }

    /// <summary>Whether every row has been copied.</summary>
    public bool AtEnd => _position == _rows && !NextRowGroup();

    /// <summary>Copies the next <paramref name="rows"/> rows into <paramref name="target"/>.</summary>
    /// <exception cref="InvalidDataException">The table ends before that many rows.</exception>
    public void Copy(long rows, TableRows target)
    {
        for (long row = 0; row < rows; row++)
        {
            if (_position == _rows && !NextRowGroup()) throw new InvalidDataException($"The table ends {rows - row} rows early.");
            for (int c = 0; c < _values.Length; c++) CopyValue(_values[c], Columns[c].Type, _position, target);
            target.EndRow();
            _position++;
        }
    }

    /// <summary>Closes the file.</summary>
    public void Dispose()
    {
        Wait(_reader.DisposeAsync());
        _stream.Dispose();
    }

    private static void CopyValue(Array values, ColumnType type, int i, TableRows target)
    {
        switch (values)
        {
            case string?[] s: if (s[i] is string text) target.String(text); else target.Null(); break;
            case long[] l: target.Int64(l[i]); break;
            case long?[] l: if (l[i] is long n) target.Int64(n); else target.Null(); break;
            case double[] d: target.Double(d[i]); break;
            case double?[] d: if (d[i] is double x) target.Double(x); else target.Null(); break;
            case DateTime[] t: Time(t[i], type, target); break;
            case DateTime?[] t: if (t[i] is DateTime time) Time(time, type, target); else target.Null(); break;
            default: throw new InvalidDataException($"Unexpected Parquet values of type {values.GetType().Name}.");
        }
    }

    // Parquet.Net reads dates and timestamps alike as DateTime.
    private static void Time(DateTime time, ColumnType type, TableRows target)
    {
        if (type == ColumnType.Date) target.Date(time);
        else target.Timestamp((time.Ticks - DateTime.UnixEpoch.Ticks) / TimeSpan.TicksPerMillisecond);
    }

    private bool NextRowGroup()
    {
        while (++_rowGroup < _reader.RowGroupCount)
        {
            using var group = _reader.OpenRowGroupReader(_rowGroup);
            int rows = checked((int)group.RowCount);
            if (rows == 0) continue; // an empty table's one empty row group
            for (int c = 0; c < _fields.Length; c++) _values[c] = Read(group, _fields[c], Columns[c], rows);
            (_position, _rows) = (0, rows);
            return true;
        }
        _rowGroup = _reader.RowGroupCount;
        return false;
    }

    private static Array Read(ParquetRowGroupReader group, DataField field, ColumnSchema column, int rows)
    {
        switch (column.Type)
        {
            case ColumnType.String:
                var strings = new string?[rows];
                Wait(group.ReadAsync(field, strings.AsMemory()));
                return strings;
            case ColumnType.Int64: return column.Nullable ? ReadNullable<long>(group, field, rows) : ReadValues<long>(group, field, rows);
            case ColumnType.Double: return column.Nullable ? ReadNullable<double>(group, field, rows) : ReadValues<double>(group, field, rows);
            default: // a date or a timestamp
                return column.Nullable ? ReadNullable<DateTime>(group, field, rows) : ReadValues<DateTime>(group, field, rows);
        }
    }

    private static T[] ReadValues<T>(ParquetRowGroupReader group, DataField field, int rows) where T : struct
    {
        var values = new T[rows];
        Wait(group.ReadAsync(field, values.AsMemory()));
        return values;
    }

    private static T?[] ReadNullable<T>(ParquetRowGroupReader group, DataField field, int rows) where T : struct
    {
        var values = new T?[rows];
        Wait(group.ReadAsync(field, values.AsMemory()));
        return values;
    }

    // The file stream completes reads synchronously enough; the merge runs on its own threads.
    private static void Wait(System.Threading.Tasks.ValueTask task) => task.GetAwaiter().GetResult();

    private static T Wait<T>(System.Threading.Tasks.Task<T> task) => task.GetAwaiter().GetResult();
}
#endif
