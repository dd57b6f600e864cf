namespace MmmFixtures.Export;

/// <summary>
/// The value type of a table column. CSV writes every type as text in the one dialect (<see cref="CsvFormat"/>);
/// typed formats (Parquet) store it as the matching physical type: DATE, TIMESTAMP(ms, UTC), INT64, DOUBLE, UTF-8 string.
/// </summary>
internal enum ColumnType
{
    /// <summary>Text (UTF-8).</summary>
    String,
    /// <summary>A 64-bit integer (ids, counts, 0/1 indicators).</summary>
    Int64,
    /// <summary>A double, written as its shortest round-trip text in CSV.</summary>
    Double,
    /// <summary>A calendar date, <c>yyyy-MM-dd</c> in CSV.</summary>
    Date,
    /// <summary>A UTC instant with millisecond precision, <c>yyyy-MM-ddTHH:mm:ss.fffZ</c> in CSV.</summary>
    Timestamp,
}
