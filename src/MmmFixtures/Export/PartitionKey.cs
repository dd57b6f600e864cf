using System;
using System.Globalization;

namespace MmmFixtures.Export;

/// <summary>
/// The partition a row of a partitioned table belongs to: the value of its partition column, as a number (an
/// integer, or the days since 1970-01-01 of a date or timestamp) or a text, or null. Keys sort by value (numbers
/// numerically, texts ordinally), null last, which is the order of the partitions' files in the manifest.
/// </summary>
internal readonly struct PartitionKey : IEquatable<PartitionKey>, IComparable<PartitionKey>
{
    private const long MillisecondsPerDay = 86_400_000;
    private const long EpochDay = 719_162; // days from 0001-01-01 to 1970-01-01

    private readonly long _number;
    private readonly string? _text;
    private readonly bool _isNull;

    private PartitionKey(long number, string? text, bool isNull)
    {
        _number = number;
        _text = text;
        _isNull = isNull;
    }

    /// <summary>The key of an empty value (Hive's default partition).</summary>
    public static PartitionKey Null => new(0, null, isNull: true);

    /// <summary>The key of an integer.</summary>
    public static PartitionKey Of(long value) => new(value, null, isNull: false);

    /// <summary>The key of a text (null or empty: <see cref="Null"/>, as Hive files both).</summary>
    public static PartitionKey Of(string? value) => string.IsNullOrEmpty(value) ? Null : new(0, value, isNull: false);

    /// <summary>The key of a date: its day.</summary>
    public static PartitionKey OfDate(DateTime date) => new(date.Ticks / TimeSpan.TicksPerDay - EpochDay, null, isNull: false);

    /// <summary>The key of a timestamp (milliseconds since the epoch): its UTC day.</summary>
    public static PartitionKey OfUtcDay(long unixMs)
    {
        long day = unixMs / MillisecondsPerDay;
        if (unixMs % MillisecondsPerDay < 0) day--; // floor: instants before 1970 belong to the day before
        return new(day, null, isNull: false);
    }

    /// <summary>Whether it is the key of an empty value.</summary>
    public bool IsNull => _isNull;

    /// <summary>The value as a partition folder holds it (before escaping): <c>yyyy-MM-dd</c> for a day, digits, the text; null for <see cref="Null"/>.</summary>
    public string? Text(bool isDay) => _isNull ? null
        : _text ?? (isDay
            ? new DateTime((EpochDay + _number) * TimeSpan.TicksPerDay, DateTimeKind.Utc).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : _number.ToString(CultureInfo.InvariantCulture));

    /// <inheritdoc />
    public bool Equals(PartitionKey other) => _isNull == other._isNull && _number == other._number && string.Equals(_text, other._text, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PartitionKey other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _isNull ? -1 : _text is null ? _number.GetHashCode() : StringComparer.Ordinal.GetHashCode(_text);

    /// <inheritdoc />
    public int CompareTo(PartitionKey other) =>
        _isNull || other._isNull ? _isNull.CompareTo(other._isNull)
        : _text is null || other._text is null ? _number.CompareTo(other._number)
        : string.CompareOrdinal(_text, other._text);
}
