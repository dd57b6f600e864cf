#if NET
using System;
using System.Buffers.Binary;
using System.IO;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using MmmFixtures.Parquet;

namespace MmmFixtures.Export;

/// <summary>
/// The values of one column of a Parquet table, in a growable array: rows written into a chunk, the content detached
/// from it, the row group being filled, or a row group read back. Each <see cref="ColumnType"/> has its own subclass that
/// takes the matching <see cref="TableRows"/> call, stores the value as Parquet does (<see cref="ParquetField"/>), encodes
/// it into a data page and decodes it back.
/// </summary>
internal abstract class ParquetColumn
{
    /// <summary>Creates an empty column of <paramref name="schema"/>.</summary>
    protected ParquetColumn(ColumnSchema schema) => Schema = schema;

    /// <summary>The column it holds values of.</summary>
    public ColumnSchema Schema { get; }

    /// <summary>The values held.</summary>
    public abstract int Count { get; }

    /// <summary>The Parquet schema field of a column (nullable columns optional).</summary>
    public static ParquetField Field(ColumnSchema column) => new(column.Name, column.Type, column.Nullable);

    /// <summary>An empty column of <paramref name="schema"/>'s type with room for <paramref name="capacity"/> values (it grows as needed).</summary>
    public static ParquetColumn Create(ColumnSchema schema, int capacity) => schema.Type switch
    {
        ColumnType.String => new StringColumn(schema, capacity),
        ColumnType.Int64 => new Int64Column(schema, capacity),
        ColumnType.Double => new DoubleColumn(schema, capacity),
        ColumnType.Date => new DateColumn(schema, capacity),
        ColumnType.Timestamp => new TimestampColumn(schema, capacity),
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

    /// <summary>Writes the values as the next column chunk of <paramref name="file"/>'s row group (one data page with its statistics) and empties the column.</summary>
    public abstract void WriteAndClear(ParquetFileWriter file);

    /// <summary>Appends the <paramref name="values"/> values (nulls included) of a decompressed data page of this column; <paramref name="levels"/> decodes its definition levels.</summary>
    /// <exception cref="InvalidDataException">The page holds fewer values than it declares.</exception>
    public abstract void ReadPage(ReadOnlySpan<byte> page, int values, DefinitionLevels levels);

    /// <summary>Passes value number <paramref name="row"/> to <paramref name="target"/> (its matching call, or <see cref="TableRows.Null"/>).</summary>
    public abstract void CopyTo(int row, TableRows target);

    /// <summary>Empties the column.</summary>
    public abstract void Clear();

    private InvalidOperationException Mismatch(ColumnType written) =>
        new($"Column '{Schema.Name}' holds {Schema.Type} values, not {written}: the rows are written out of column order.");

    /// <summary>Thrown by <see cref="Null"/> on a column that may not be empty.</summary>
    protected InvalidOperationException NotNullable() => new($"Column '{Schema.Name}' is not nullable.");

    /// <summary>Thrown by <see cref="ReadPage"/> when a page's values end early.</summary>
    protected InvalidDataException PageEndsEarly() => new($"A Parquet data page of column '{Schema.Name}' ends before its last value.");
}

/// <summary>
/// A column of fixed-width values stored as Parquet stores them (<typeparamref name="T"/>, little-endian: plain
/// encoding is the array's bytes) and, if nullable, which of them are empty.
/// </summary>
internal abstract class ParquetColumn<T> : ParquetColumn where T : unmanaged, IComparable<T>
{
    private T[] _values;
    private bool[]? _nulls;
    private int _count;

    protected ParquetColumn(ColumnSchema schema, int capacity) : base(schema)
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

    /// <summary>Passes a (non-null) value to <paramref name="target"/>.</summary>
    protected abstract void CopyValue(T value, TableRows target);

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

    public override void WriteAndClear(ParquetFileWriter file)
    {
        var values = _values.AsSpan(0, _count);
        int present = _count;
        if (_nulls is not null)
        {
            var nulls = _nulls.AsSpan(0, _count);
            file.DefinitionLevels(nulls);
            present = 0; // the values move down over the nulls' places: the column is emptied next
            for (int i = 0; i < values.Length; i++)
                if (!nulls[i]) values[present++] = values[i];
            nulls.Clear();
        }
        var written = values[..present];
        file.Page.Bytes(MemoryMarshal.AsBytes(written));
        file.WriteDataPage(_count, Statistics(written, _count - present));
        _count = 0;
    }

    /// <summary>The statistics of a chunk of <paramref name="values"/> (the non-null ones) and <paramref name="nulls"/> nulls.</summary>
    protected virtual ColumnStatistics Statistics(ReadOnlySpan<T> values, long nulls)
    {
        if (values.IsEmpty) return new ColumnStatistics(nulls, null, null);
        T min = values[0], max = values[0];
        foreach (var value in values)
        {
            if (value.CompareTo(min) < 0) min = value;
            if (value.CompareTo(max) > 0) max = value;
        }
        return new ColumnStatistics(nulls, Plain(min), Plain(max));
    }

    /// <summary>A value's plain encoding.</summary>
    protected static byte[] Plain(T value) => MemoryMarshal.AsBytes(MemoryMarshal.CreateReadOnlySpan(ref value, 1)).ToArray();

    public override void ReadPage(ReadOnlySpan<byte> page, int values, DefinitionLevels levels)
    {
        if (_count + values > _values.Length) Grow(_count + values);
        var target = _values.AsSpan(_count, values);
        if (_nulls is null)
        {
            if (page.Length < values * Unsafe.SizeOf<T>()) throw PageEndsEarly();
            MemoryMarshal.Cast<byte, T>(page)[..values].CopyTo(target);
        }
        else
        {
            var nulls = _nulls.AsSpan(_count, values);
            var plain = MemoryMarshal.Cast<byte, T>(page[levels.Read(page, nulls)..]);
            int next = 0;
            for (int i = 0; i < values; i++)
            {
                if (nulls[i]) target[i] = default;
                else if (next < plain.Length) target[i] = plain[next++];
                else throw PageEndsEarly();
            }
        }
        _count += values;
    }

    public override void CopyTo(int row, TableRows target)
    {
        if (_nulls is not null && _nulls[row]) target.Null();
        else CopyValue(_values[row], target);
    }

    public override void Clear()
    {
        if (_nulls is not null) Array.Clear(_nulls, 0, _count);
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
    public Int64Column(ColumnSchema schema, int capacity) : base(schema, capacity) { }

    public override void Int64(long value) => Add(value);

    protected override void CopyValue(long value, TableRows target) => target.Int64(value);
}

/// <summary>A <see cref="ColumnType.Double"/> column: DOUBLE.</summary>
internal sealed class DoubleColumn : ParquetColumn<double>
{
    public DoubleColumn(ColumnSchema schema, int capacity) : base(schema, capacity) { }

    public override void Double(double value) => Add(value);

    protected override void CopyValue(double value, TableRows target) => target.Double(value);

    // Parquet's order for doubles: NaN takes no part, and a zero bound is written as -0 (min) or +0 (max), so a
    // reader that skips chunks by their bounds never skips one holding the other zero.
    protected override ColumnStatistics Statistics(ReadOnlySpan<double> values, long nulls)
    {
        double min = double.PositiveInfinity, max = double.NegativeInfinity;
        bool any = false;
        foreach (double value in values)
        {
            if (double.IsNaN(value)) continue;
            any = true;
            if (value < min) min = value;
            if (value > max) max = value;
        }
        if (!any) return new ColumnStatistics(nulls, null, null);
        return new ColumnStatistics(nulls, Plain(min == 0 ? -0.0 : min), Plain(max == 0 ? 0.0 : max));
    }
}

/// <summary>A <see cref="ColumnType.Date"/> column: DATE, days since 1970-01-01 as INT32.</summary>
internal sealed class DateColumn : ParquetColumn<int>
{
    private static readonly long EpochDay = DateTime.UnixEpoch.Ticks / TimeSpan.TicksPerDay;

    public DateColumn(ColumnSchema schema, int capacity) : base(schema, capacity) { }

    public override void Date(DateTime date) => Add((int)(date.Ticks / TimeSpan.TicksPerDay - EpochDay));

    protected override void CopyValue(int value, TableRows target) => target.Date(new DateTime((EpochDay + value) * TimeSpan.TicksPerDay));
}

/// <summary>A <see cref="ColumnType.Timestamp"/> column: TIMESTAMP(MILLIS, adjusted to UTC), milliseconds since the epoch as INT64.</summary>
internal sealed class TimestampColumn : ParquetColumn<long>
{
    public TimestampColumn(ColumnSchema schema, int capacity) : base(schema, capacity) { }

    public override void Timestamp(long unixMs) => Add(unixMs);

    protected override void CopyValue(long value, TableRows target) => target.Timestamp(value);
}

/// <summary>A <see cref="ColumnType.String"/> column: UTF-8 BYTE_ARRAY (STRING), plain: each value's byte length (4 bytes, little-endian), then its bytes.</summary>
internal sealed class StringColumn : ParquetColumn
{
    private string?[] _values;
    private bool[] _nulls = Array.Empty<bool>(); // scratch for the definition levels
    private int _count;

    public StringColumn(ColumnSchema schema, int capacity) : base(schema) => _values = new string?[capacity];

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

    // Statistics order strings by their UTF-8 bytes, unsigned (which is code point order); the bounds are kept as
    // positions in the page, whose buffer may move as it grows.
    public override void WriteAndClear(ParquetFileWriter file)
    {
        var page = file.Page;
        if (Schema.Nullable)
        {
            if (_nulls.Length < _count) _nulls = new bool[_values.Length];
            for (int i = 0; i < _count; i++) _nulls[i] = _values[i] is null;
            file.DefinitionLevels(_nulls.AsSpan(0, _count));
        }
        int nulls = 0, min = -1, max = -1;
        for (int i = 0; i < _count; i++)
        {
            if (_values[i] is not string value)
            {
                nulls++;
                continue;
            }
            int at = page.Length;
            var room = page.Reserve(4 + Encoding.UTF8.GetMaxByteCount(value.Length));
            int length = Encoding.UTF8.GetBytes(value, room[4..]);
            BinaryPrimitives.WriteInt32LittleEndian(room, length);
            page.Advance(4 + length);
            if (min < 0 || Value(page, at).SequenceCompareTo(Value(page, min)) < 0) min = at;
            if (max < 0 || Value(page, at).SequenceCompareTo(Value(page, max)) > 0) max = at;
        }
        var statistics = new ColumnStatistics(nulls, min < 0 ? null : Value(page, min).ToArray(), max < 0 ? null : Value(page, max).ToArray());
        file.WriteDataPage(_count, statistics);
        Clear();
    }

    // The bytes of the plain-encoded value at `at` in the page.
    private static ReadOnlySpan<byte> Value(ByteBuffer page, int at) =>
        page.Written.Slice(at + 4, BinaryPrimitives.ReadInt32LittleEndian(page.Written[at..]));

    public override void ReadPage(ReadOnlySpan<byte> page, int values, DefinitionLevels levels)
    {
        if (_count + values > _values.Length) Array.Resize(ref _values, Math.Max(_count + values, _values.Length * 2));
        int at = 0;
        if (Schema.Nullable)
        {
            if (_nulls.Length < values) _nulls = new bool[values];
            at = levels.Read(page, _nulls.AsSpan(0, values));
        }
        for (int i = 0; i < values; i++)
        {
            if (Schema.Nullable && _nulls[i])
            {
                _values[_count++] = null;
                continue;
            }
            if (page.Length - at < 4) throw PageEndsEarly();
            int length = BinaryPrimitives.ReadInt32LittleEndian(page[at..]);
            if (length < 0 || length > page.Length - at - 4) throw PageEndsEarly();
            _values[_count++] = Encoding.UTF8.GetString(page.Slice(at + 4, length));
            at += 4 + length;
        }
    }

    public override void CopyTo(int row, TableRows target)
    {
        if (_values[row] is string value) target.String(value);
        else target.Null();
    }

    public override void Clear()
    {
        Array.Clear(_values, 0, _count); // the strings may go
        _count = 0;
    }
}
#endif
