#if NET
namespace MmmFixtures.Parquet;

/// <summary>
/// A column chunk's statistics (<c>Statistics</c>): its null count and, when it holds any value, its smallest and largest
/// value plain-encoded (<c>min_value</c>, <c>max_value</c>, ordered as the column order <c>TYPE_ORDER</c> says: signed
/// integers, doubles by value, strings by unsigned bytes).
/// </summary>
/// <param name="NullCount">The chunk's nulls.</param>
/// <param name="Min">The smallest value's plain bytes (a string without its length), or null if the chunk has no value.</param>
/// <param name="Max">The largest value's plain bytes, or null if the chunk has no value.</param>
internal sealed record ColumnStatistics(long NullCount, byte[]? Min, byte[]? Max)
{
    /// <summary>Encodes the statistics as the struct field <paramref name="id"/>.</summary>
    public void Write(ThriftCompactWriter thrift, short id)
    {
        thrift.BeginStruct(id);
        thrift.Int64(3, NullCount);
        if (Max is not null) thrift.Binary(5, Max);
        if (Min is not null) thrift.Binary(6, Min);
        thrift.EndStruct();
    }
}
#endif
