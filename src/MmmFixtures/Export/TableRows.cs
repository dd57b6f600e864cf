using System;

namespace MmmFixtures.Export;

/// <summary>
/// Where a family writes the rows of one table, value by value in column order, without knowing the format.
/// Each call must match the next column's <see cref="ColumnType"/>; <see cref="EndRow"/> closes a row.
/// CSV and Parquet implement it, so a family writes its tables once for every format.
/// </summary>
internal abstract class TableRows
{
    /// <summary>The rows ended so far.</summary>
    public long RowCount { get; private set; }

    /// <summary>A <see cref="ColumnType.String"/> value; null writes an empty value (the column must be nullable).</summary>
    public abstract void String(string? value);

    /// <summary>A <see cref="ColumnType.String"/> value from characters (no allocation in CSV).</summary>
    public virtual void String(ReadOnlySpan<char> value) => String(value.ToString());

    /// <summary>An <see cref="ColumnType.Int64"/> value.</summary>
    public abstract void Int64(long value);

    /// <summary>A <see cref="ColumnType.Double"/> value (shortest round-trip text in CSV).</summary>
    public abstract void Double(double value);

    /// <summary>A <see cref="ColumnType.Double"/> value known to have at most <paramref name="decimals"/> (0–3) decimals, e.g. money in cents; the text equals <see cref="Double"/>'s, only faster.</summary>
    public virtual void Decimal(double value, int decimals) => Double(value);

    /// <summary>A <see cref="ColumnType.Date"/> value (the date part of <paramref name="date"/>).</summary>
    public abstract void Date(DateTime date);

    /// <summary>A <see cref="ColumnType.Timestamp"/> value: milliseconds since 1970-01-01T00:00:00Z.</summary>
    public abstract void Timestamp(long unixMs);

    /// <summary>An empty value of a nullable column of any type.</summary>
    public abstract void Null();

    /// <summary>Ends the current row.</summary>
    public void EndRow()
    {
        EndRowCore();
        RowCount++;
    }

    /// <summary>Format-specific end of a row.</summary>
    protected abstract void EndRowCore();
}
