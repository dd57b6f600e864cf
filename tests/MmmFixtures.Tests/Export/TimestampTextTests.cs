using System.Globalization;
using MmmFixtures.Export;
using MmmFixtures.Randomness;

namespace MmmFixtures.Tests.Export;

public class TimestampTextTests
{
    [Fact]
    public void Integer_formatting_equals_DateTime_formatting_over_four_centuries()
    {
        var rng = StreamKey.Root(4).Open();
        var epoch = new DateTime(1970, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        long min = (long)(new DateTime(1800, 1, 1) - epoch).TotalMilliseconds, max = (long)(new DateTime(2200, 12, 31) - epoch).TotalMilliseconds;
        var samples = Enumerable.Range(0, 100_000).Select(_ => rng.NextInt64(min, max))
            .Concat(new[] { 0L, -1L, 951_782_400_000L /* 2000-02-29 */, 4_107_542_399_999L /* 2100-02-28T23:59:59.999 */ });
        Span<char> buffer = stackalloc char[24];
        foreach (long ms in samples)
        {
            var time = epoch.AddMilliseconds(ms);
            Assert.Equal(time.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture), TimestampText.Iso(ms, buffer).ToString());
            Assert.Equal(time.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture), TimestampText.Rees46(ms, buffer).ToString());
        }
    }

    [Fact]
    public void Times_in_order_across_days_reuse_the_date_only_within_a_day()
    {
        var epoch = new DateTime(1970, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        long start = 951_696_000_000L; // 2000-02-28T00:00:00Z, so the walk crosses a leap day
        // Forward in 7-minute steps over three days, then back and forth between two days.
        var walk = Enumerable.Range(0, 3 * 24 * 60 / 7).Select(i => start + i * 7 * 60_000L)
            .Concat(Enumerable.Range(0, 20).Select(i => start + (i % 2) * 86_400_000L + i));
        Span<char> buffer = stackalloc char[24];
        foreach (long ms in walk)
            Assert.Equal(epoch.AddMilliseconds(ms).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture), TimestampText.Iso(ms, buffer).ToString());
    }

    [Fact]
    public void Days_that_share_a_slot_of_the_date_table_each_get_their_own_date()
    {
        var epoch = new DateTime(1970, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        Span<char> buffer = stackalloc char[24];
        // Days 256 (and 512) apart take the same slot of a thread's date table; alternate between them, and a day before 1970.
        foreach (long day in new long[] { 19_723, 19_723 + 256, 19_723, 19_723 + 512, -1, -1 + 256, 19_723 + 256, 0, 256, 0 })
        {
            long ms = day * 86_400_000L + 12 * 3_600_000L + 345;
            Assert.Equal(epoch.AddMilliseconds(ms).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture), TimestampText.Iso(ms, buffer).ToString());
            Assert.Equal(epoch.AddMilliseconds(ms).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), TimestampText.Date(epoch.AddMilliseconds(ms)).ToString());
        }
    }

    [Theory]
    [InlineData("1969-12-31T12:00:00", "1969-12-31")]
    [InlineData("1969-12-31T00:00:00", "1969-12-31")]
    [InlineData("1969-12-31T23:59:59.9999999", "1969-12-31")]
    [InlineData("1900-03-01T06:00:00", "1900-03-01")]
    [InlineData("1970-01-01T00:00:00", "1970-01-01")]
    [InlineData("1970-01-01T23:59:59", "1970-01-01")]
    public void A_date_is_the_day_its_time_falls_in_on_either_side_of_1970(string time, string day) =>
        Assert.Equal(day, TimestampText.Date(DateTime.Parse(time, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal)).ToString());
}
