using System;

namespace MmmFixtures.Clickstream;

/// <summary>
/// Formats Unix-millisecond times as ISO 8601 UTC text without going through <see cref="DateTime"/>
/// formatting, which dominates the cost of writing millions of event rows. Pure integer arithmetic
/// (Hinnant's civil-from-days), so the text is the same everywhere.
/// </summary>
internal static class TimestampText
{
    /// <summary>Writes <c>yyyy-MM-ddTHH:mm:ss.fffZ</c> (24 characters) into <paramref name="destination"/>.</summary>
    public static ReadOnlySpan<char> Iso(long unixMs, Span<char> destination)
    {
        Split(unixMs, out int year, out int month, out int day, out int hour, out int minute, out int second, out int ms);
        Digits(destination, 0, year, 4);
        destination[4] = '-';
        Digits(destination, 5, month, 2);
        destination[7] = '-';
        Digits(destination, 8, day, 2);
        destination[10] = 'T';
        Digits(destination, 11, hour, 2);
        destination[13] = ':';
        Digits(destination, 14, minute, 2);
        destination[16] = ':';
        Digits(destination, 17, second, 2);
        destination[19] = '.';
        Digits(destination, 20, ms, 3);
        destination[23] = 'Z';
        return destination.Slice(0, 24);
    }

    /// <summary>Writes REES46's <c>yyyy-MM-dd HH:mm:ss UTC</c> (23 characters) into <paramref name="destination"/>.</summary>
    public static ReadOnlySpan<char> Rees46(long unixMs, Span<char> destination)
    {
        Iso(unixMs, destination);
        destination[10] = ' ';
        "UTC".AsSpan().CopyTo(destination.Slice(20));
        destination[19] = ' ';
        return destination.Slice(0, 23);
    }

    private static void Split(long unixMs, out int year, out int month, out int day, out int hour, out int minute, out int second, out int ms)
    {
        long days = FloorDiv(unixMs, 86_400_000);
        long inDay = unixMs - days * 86_400_000;
        hour = (int)(inDay / 3_600_000);
        minute = (int)(inDay / 60_000 % 60);
        second = (int)(inDay / 1000 % 60);
        ms = (int)(inDay % 1000);
        // civil_from_days: days since 1970-01-01 to (y, m, d) in the proleptic Gregorian calendar.
        long z = days + 719_468;
        long era = FloorDiv(z, 146_097);
        long doe = z - era * 146_097;
        long yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        day = (int)(doy - (153 * mp + 2) / 5 + 1);
        month = (int)(mp < 10 ? mp + 3 : mp - 9);
        year = (int)(yoe + era * 400 + (month <= 2 ? 1 : 0));
    }

    private static long FloorDiv(long a, long b) => a >= 0 ? a / b : -((-a + b - 1) / b);

    private static void Digits(Span<char> destination, int at, int value, int width)
    {
        for (int i = width - 1; i >= 0; i--)
        {
            destination[at + i] = (char)('0' + value % 10);
            value /= 10;
        }
    }
}
