using System.Globalization;
using MmmFixtures.Export;
using MmmFixtures.Randomness;

namespace MmmFixtures.Tests.Export;

public class FixedDecimalTextTests
{
    // The fixed-decimal text, or the runtime's where it declines (the CSV writer's own double formatting then writes it).
    private static string Text(double value, int decimals, Span<byte> buffer)
    {
        int length = FixedDecimalText.TryFormat(value, decimals, buffer);
        return length > 0 ? System.Text.Encoding.ASCII.GetString(buffer.Slice(0, length)) : value.ToString("R", CultureInfo.InvariantCulture);
    }

    [Fact]
    public void Fixed_decimals_equal_the_shortest_round_trip_text()
    {
        var rng = StreamKey.Root(12).Open();
        Span<byte> buffer = stackalloc byte[FixedDecimalText.MaxLength];
        var values = Enumerable.Range(0, 200_000).Select(i => i % 2 == 0
                ? (Value: Math.Round(rng.NextDouble() * Math.Pow(10, rng.NextInt64(0, 9)), 2), Decimals: 2)
                : (Value: rng.NextInt64(0, 10_000_000) / 1000.0, Decimals: 3))
            .Concat(new[] { (0.0, 2), (0.1 + 0.2, 2), (1e-7, 3), (-1.5, 2), (2000.0, 2), (0.005, 3), (12.3, 3) });
        foreach (var (value, decimals) in values)
            Assert.Equal(value.ToString("R", CultureInfo.InvariantCulture), Text(value, decimals, buffer));
    }

    [Fact]
    public void Every_number_of_decimals_and_every_magnitude_up_to_the_fast_path_limit_equals_the_shortest_round_trip_text()
    {
        var rng = StreamKey.Root(13).Open();
        Span<byte> buffer = stackalloc byte[FixedDecimalText.MaxLength];
        for (int i = 0; i < 200_000; i++)
        {
            int decimals = (int)rng.NextInt64(0, 3); // bounds inclusive
            // Units of any magnitude below 10^15 (the fast path's limit), so whole parts of every length and fractions with trailing zeros.
            long units = rng.NextInt64(0, (long)Math.Pow(10, rng.NextInt64(1, 15)));
            double value = units / Math.Pow(10, decimals);
            Assert.Equal(value.ToString("R", CultureInfo.InvariantCulture), Text(value, decimals, buffer));
            Assert.True(FixedDecimalText.TryFormat(value, decimals, buffer) > 0, $"{value} took the slow path"); // the nearest double to units / 10^decimals always takes the fast one

        }
        foreach (double value in new[] { 0, 0.5, 0.05, 0.001, 10, 100.1, 999_999_999_999.999, 99_999_999_999_999, 1e15, 123_456.7 })
            for (int decimals = 0; decimals <= 3; decimals++)
                Assert.Equal(value.ToString("R", CultureInfo.InvariantCulture), Text(value, decimals, buffer));
    }
}
