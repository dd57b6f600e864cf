using System;
using System.Runtime.CompilerServices;

namespace MmmFixtures.Export;

/// <summary>
/// Formats Unix-millisecond times as ISO 8601 UTC text without going through <see cref="DateTime"/>
/// formatting, which dominates the cost of writing millions of event rows. Pure integer arithmetic
/// (Hinnant's civil-from-days), so the text is the same everywhere. An export's rows fall in a few hundred days (a
/// user's registration, then the events and sessions of the period), so each thread keeps the date text of the days it
/// formatted in a small table indexed by the day, and only redoes the calendar for a day it has not seen.
/// </summary>
internal static class TimestampText
{
    private const int MsPerDay = 86_400_000;

    private const int CachedDays = 256, DateLength = 10;

    [ThreadStatic] private static DateCache? t_dates;

    /// <summary>Writes <c>yyyy-MM-ddTHH:mm:ss.fffZ</c> (24 characters) into <paramref name="destination"/>.</summary>
    public static ReadOnlySpan<char> Iso(long unixMs, Span<char> destination)
    {
        long days = unixMs >= 0 ? unixMs / MsPerDay : -((-unixMs + MsPerDay - 1) / MsPerDay);
        int inDay = (int)(unixMs - days * MsPerDay);
        DateText(days).CopyTo(destination);
        int hour = inDay / 3_600_000;
        inDay -= hour * 3_600_000;
        int minute = inDay / 60_000;
        inDay -= minute * 60_000;
        int second = inDay / 1000;
        int ms = inDay - second * 1000;
        destination[10] = 'T';
        TwoDigits(destination, 11, hour);
        destination[13] = ':';
        TwoDigits(destination, 14, minute);
        destination[16] = ':';
        TwoDigits(destination, 17, second);
        destination[19] = '.';
        destination[20] = (char)('0' + ms / 100);
        TwoDigits(destination, 21, ms % 100);
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

    /// <summary>The <c>yyyy-MM-dd</c> text of <paramref name="date"/>'s day (valid until this thread formats another date or time).</summary>
    public static ReadOnlySpan<char> Date(DateTime date)
    {
        // Floor, not truncation: a time of day before 1970 belongs to the day it falls in, not the one nearer the epoch.
        long ticks = date.Ticks - UnixEpochTicks;
        long days = ticks / TimeSpan.TicksPerDay;
        if (ticks < 0 && days * TimeSpan.TicksPerDay != ticks) days--;
        return DateText(days);
    }

    /// <summary>Milliseconds since 1970-01-01T00:00:00Z of a UTC <paramref name="instant"/> (sub-millisecond ticks dropped).</summary>
    public static long ToUnixMs(DateTime instant) => (instant.Ticks - UnixEpochTicks) / TimeSpan.TicksPerMillisecond;

    private const long UnixEpochTicks = 621_355_968_000_000_000;

    // yyyy-MM-dd of a day since 1970-01-01, from this thread's table when the day is in its slot (days 256 apart share one).
    private static ReadOnlySpan<char> DateText(long days)
    {
        var cache = t_dates ??= new DateCache();
        int slot = (int)(days & (CachedDays - 1));
        var text = cache.Text.AsSpan(slot * DateLength, DateLength);
        if (cache.Days[slot] == days) return text;
        // civil_from_days: days since 1970-01-01 to (y, m, d) in the proleptic Gregorian calendar.
        long z = days + 719_468;
        long era = (z >= 0 ? z : z - 146_096) / 146_097;
        int doe = (int)(z - era * 146_097);
        int yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        int mp = (5 * doy + 2) / 153;
        int day = doy - (153 * mp + 2) / 5 + 1;
        int month = mp < 10 ? mp + 3 : mp - 9;
        int year = (int)(yoe + era * 400) + (month <= 2 ? 1 : 0);
        TwoDigits(text, 0, year / 100);
        TwoDigits(text, 2, year % 100);
        text[4] = '-';
        TwoDigits(text, 5, month);
        text[7] = '-';
        TwoDigits(text, 8, day);
        cache.Days[slot] = days;
        return text;
    }

    private sealed class DateCache
    {
        public long[] Days { get; } = CreateEmpty();
        public char[] Text { get; } = new char[CachedDays * DateLength];

        private static long[] CreateEmpty()
        {
            var days = new long[CachedDays];
            for (int slot = 0; slot < days.Length; slot++) days[slot] = long.MinValue; // no day: 0 is 1970-01-01
            return days;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void TwoDigits(Span<char> destination, int at, int value)
    {
        int tens = value / 10;
        destination[at] = (char)('0' + tens);
        destination[at + 1] = (char)('0' + (value - 10 * tens));
    }
}
