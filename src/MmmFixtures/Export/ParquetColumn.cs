#if NET
using System;
using System.Threading.Tasks;
using Parquet;
using Parquet.Schema;

namespace MmmFixtures.Export;

/// <summary>
/// The values of one column of a Parquet table being written, in a growable array: rows written into a chunk, the
/// content detached from it, or the row group being filled. Each <see cref="ColumnType"/> has its own subclass that
/// takes the matching <see cref="TableRows"/> call and stores the value as the Parquet writer takes it.
/// </summary>
internal abstract class ParquetColumn
{
    /// <summary>Creates an empty column of <paramref name="schema"/>.</summary>
    protected ParquetColumn(ColumnSchema schema) => Schema = schema;

    /// <summary>The column it holds values of.</summary>
    public ColumnSchema Schema { get; }

    /// <summary>The values held.</summary>
    public abstract int Count { get; }

    /// <summary>The Parquet schema field of a column (types as <see cref="ColumnType"/> documents; nullable columns optional).</summary>
    public static DataField Field(ColumnSchema column) => column.Type switch
    {
        ColumnType.String => new DataField<string>(column.Name, column.Nullable),
        ColumnType.Int64 => new DataField<long>(column.Name, column.Nullable),
        ColumnType.Double => new DataField<double>(column.Name, column.Nullable),
        ColumnType.Date => new DataField<DateOnly>(column.Name, column.Nullable),
        ColumnType.Timestamp => new DateTimeDataField(column.Name, DateTimeFormat.Timestamp, isAdjustedToUTC: true,
            unit: DateTimeTimeUnit.Millis, isNullable: column.Nullable),
        _ => throw new ArgumentOutOfRangeException(nameof(column), column.Type, "Unknown column type."),
    };

    /// <summary>An empty column of <paramref name="schema"/>'s type.</summary>
    public static ParquetColumn Create(ColumnSchema schema) => schema.Type switch
    {
        ColumnType.String => new StringColumn(schema),
        ColumnType.Int64 => new Int64Column(schema),
        ColumnType.Double => new DoubleColumn(schema),
        ColumnType.Date => new DateColumn(schema),
        ColumnType.Timestamp => new TimestampColumn(schema),
        _ => throw new ArgumentOutOfRangeException(nameof(schema), schema.Type, "Unknown column type."),
    };

    /// <summary>Adds a <see cref="ColumnType.String"/> value (null: an empty value).</summary>
    public virtual void String(string? value) => throw Mismatch(ColumnType.String);

    /// <summary>Adds an <see cref="ColumnType.Int64"/> value.</summary>
    public virtual void Int64(long value) => throw Mismatch(ColumnType.Int64);

    /// <summary>Adds a <see cref="ColumnType.Double"/> value.</summary>
    public virtual void Double(double value) => throw Mismatch(ColumnType.Double);

    /// <summary>Adds a <see cref="ColumnType.Date"/> value.</summary>
    public virtual void Date(DateTime date) => throw Mismatch(ColumnType.Date);

    /// <summary>Adds a <see cref="ColumnType.Timestamp"/> value in milliseconds since the Unix epoch.</summary>
    public virtual void Timestamp(long unixMs) => throw Mismatch(ColumnType.Timestamp);

    /// <summary>Adds an empty value; the column must be nullable.</summary>
    public abstract void Null();

    /// <summary>Moves the values out into a new column and leaves this one empty.</summary>
    public abstract ParquetColumn Detach();

    /// <summary>Appends <paramref name="count"/> values of <paramref name="source"/> (a column of the same type) from <paramref name="start"/>.</summary>
    public abstract void AppendFrom(ParquetColumn source, int start, int count);

    /// <summary>A new column of the same type holding the values at rows <c>rows[start..start+count)</c>, in that order; this one is unchanged.</summary>
    public abstract ParquetColumn Gather(int[] rows, int start, int count);

    /// <summary>Writes the values as the next column of <paramref name="rowGroup"/>, the file schema's <paramref name="field"/>, and empties the column.</summary>
    public abstract Task WriteAndClearAsync(ParquetRowGroupWriter rowGroup, DataField field);

    private InvalidOperationException Mismatch(ColumnType written) =>
        new($"Column '{Schema.Name}' holds {Schema.Type} values, not {written}: the rows are written out of column order.");

    /// <summary>Thrown by <see cref="Null"/> on a column that may not be empty.</summary>
    protected InvalidOperationException NotNullable() => new($"Column '{Schema.Name}' is not nullable.");
}

/// <summary>A column stored as values of <typeparamref name="T"/> and, if nullable, which of them are empty.</summary>
internal abstract class ParquetColumn<T> : ParquetColumn where T : struct
{
    private T[] _values;
    private bool[]? _nulls;
    private int _count;

    protected ParquetColumn(ColumnSchema schema, int capacity = 1024) : base(schema)
    {
        _values = new T[capacity];
        if (schema.Nullable) _nulls = new bool[capacity];
    }

    public override int Count => _count;

    /// <summary>Adds a value.</summary>
    protected void Add(T value)
    {
        if (_count == _values.Length) Grow(_count + 1);
        _values[_count++] = value;
    }

    public override void Null()
    {
        if (_nulls is null) throw NotNullable();
        if (_count == _values.Length) Grow(_count + 1);
        _nulls[_count] = true;
        _values[_count++] = default;
    }

    public override ParquetColumn Detach()
    {
        var detached = (ParquetColumn<T>)MemberwiseClone();
        _values = new T[Math.Max(16, _count)];
        _nulls = _nulls is null ? null : new bool[_values.Length];
        _count = 0;
        return detached;
    }

    public override void AppendFrom(ParquetColumn source, int start, int count)
    {
        var from = (ParquetColumn<T>)source;
        if (_count + count > _values.Length) Grow(_count + count);
        Array.Copy(from._values, start, _values, _count, count);
        if (_nulls is not null) Array.Copy(from._nulls!, start, _nulls, _count, count);
        _count += count;
    }

    public override ParquetColumn Gather(int[] rows, int start, int count)
    {
        var gathered = (ParquetColumn<T>)MemberwiseClone();
        gathered._values = new T[Math.Max(16, count)];
        gathered._nulls = _nulls is null ? null : new bool[gathered._values.Length];
        for (int i = 0; i < count; i++) gathered._values[i] = _values[rows[start + i]];
        if (_nulls is not null)
            for (int i = 0; i < count; i++) gathered._nulls![i] = _nulls[rows[start + i]];
        gathered._count = count;
        return gathered;
    }

    public override async Task WriteAndClearAsync(ParquetRowGroupWriter rowGroup, DataField field)
    {
        if (_nulls is null)
            await rowGroup.WriteAsync(field, new ReadOnlyMemory<T>(_values, 0, _count)).ConfigureAwait(false);
        else
        {
            var values = new T?[_count];
            for (int i = 0; i < _count; i++) values[i] = _nulls[i] ? null : _values[i];
            await rowGroup.WriteAsync(field, new ReadOnlyMemory<T?>(values)).ConfigureAwait(false);
            Array.Clear(_nulls, 0, _count);
        }
        _count = 0;
    }

    private void Grow(int needed)
    {
        int size = Math.Max(needed, _values.Length * 2);
        Array.Resize(ref _values, size);
        if (_nulls is not null) Array.Resize(ref _nulls, size);
    }
}

/// <summary>A <see cref="ColumnType.Int64"/> column: INT64.</summary>
internal sealed class Int64Column : ParquetColumn<long>
{
    public Int64Column(ColumnSchema schema) : base(schema) { }

    public override void Int64(long value) => Add(value);
}

/// <summary>A <see cref="ColumnType.Double"/> column: DOUBLE.</summary>
internal sealed class DoubleColumn : ParquetColumn<double>
{
    public DoubleColumn(ColumnSchema schema) : base(schema) { }

    public override void Double(double value) => Add(value);
}

/// <summary>A <see cref="ColumnType.Date"/> column: DATE (days since the epoch).</summary>
internal sealed class DateColumn : ParquetColumn<DateOnly>
{
    public DateColumn(ColumnSchema schema) : base(schema) { }

    public override void Date(DateTime date) => Add(DateOnly.FromDateTime(date));
}

/// <summary>A <see cref="ColumnType.Timestamp"/> column: TIMESTAMP(MILLIS, adjusted to UTC).</summary>
internal sealed class TimestampColumn : ParquetColumn<DateTime>
{
    public TimestampColumn(ColumnSchema schema) : base(schema) { }

    public override void Timestamp(long unixMs) => Add(new DateTime(DateTime.UnixEpoch.Ticks + unixMs * TimeSpan.TicksPerMillisecond, DateTimeKind.Utc));
}

/// <summary>A <see cref="ColumnType.String"/> column: UTF-8 BYTE_ARRAY (STRING).</summary>
internal sealed class StringColumn : ParquetColumn
{
    private string?[] _values = new string?[1024];
    private int _count;

    public StringColumn(ColumnSchema schema) : base(schema) { }

    public override int Count => _count;

    // A null in a column that may not be empty is stored as "", which is what the CSV holds for it.
    public override void String(string? value)
    {
        if (value is null && !Schema.Nullable) value = "";
        if (_count == _values.Length) Array.Resize(ref _values, _values.Length * 2);
        _values[_count++] = value;
    }

    public override void Null()
    {
        if (!Schema.Nullable) throw NotNullable();
        String(null);
    }

    public override ParquetColumn Detach()
    {
        var detached = (StringColumn)MemberwiseClone();
        _values = new string?[Math.Max(16, _count)];
        _count = 0;
        return detached;
    }

    public override void AppendFrom(ParquetColumn source, int start, int count)
    {
        var from = (StringColumn)source;
        if (_count + count > _values.Length) Array.Resize(ref _values, Math.Max(_count + count, _values.Length * 2));
        Array.Copy(from._values, start, _values, _count, count);
        _count += count;
    }

    public override ParquetColumn Gather(int[] rows, int start, int count)
    {
        var gathered = (StringColumn)MemberwiseClone();
        gathered._values = new string?[Math.Max(16, count)];
        for (int i = 0; i < count; i++) gathered._values[i] = _values[rows[start + i]];
        gathered._count = count;
        return gathered;
    }

    public override async Task WriteAndClearAsync(ParquetRowGroupWriter rowGroup, DataField field)
    {
        await rowGroup.WriteAsync(field, new ArraySegment<string?>(_values, 0, _count)!).ConfigureAwait(false);
        Array.Clear(_values, 0, _count); // the strings may go
        _count = 0;
    }
}
#endif
