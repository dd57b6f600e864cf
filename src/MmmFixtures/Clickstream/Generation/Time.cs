using System;

namespace MmmFixtures.Clickstream.Generation;

/// <summary>Unix-millisecond conversions (UTC), so event times are integers and exact.</summary>
internal static class Time
{
    public const long MsPerHour = 3_600_000;
    public const long MsPerDay = 24 * MsPerHour;
    private static readonly DateTime Epoch = new(1970, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public static long ToUnixMs(DateTime time) => (long)(DateTime.SpecifyKind(time, DateTimeKind.Utc) - Epoch).TotalMilliseconds;

    public static DateTime FromUnixMs(long ms) => Epoch.AddMilliseconds(ms);

    /// <summary>Hour of day 0..23 of a Unix-ms time.</summary>
    public static int HourOf(long ms) => (int)(((ms % MsPerDay) + MsPerDay) % MsPerDay / MsPerHour);

    /// <summary>Day of week, Monday = 0 .. Sunday = 6 (1970-01-01 was a Thursday).</summary>
    public static int WeekdayOf(long ms) => (int)((((ms / MsPerDay) + 3) % 7 + 7) % 7);
}
