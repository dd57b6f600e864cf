using System.Globalization;
using MmmFixtures.Export;
using MmmFixtures.Randomness;

namespace MmmFixtures.Tests.Export;

public class FixedDecimalTextTests
{
    [Fact]
    public void Fixed_decimals_equal_the_shortest_round_trip_text()
    {
        var rng = StreamKey.Root(12).Open();
        Span<char> buffer = stackalloc char[32];
        var values = Enumerable.Range(0, 200_000).Select(i => i % 2 == 0
                ? (Value: Math.Round(rng.NextDouble() * Math.Pow(10, rng.NextInt64(0, 9)), 2), Decimals: 2)
                : (Value: rng.NextInt64(0, 10_000_000) / 1000.0, Decimals: 3))
            .Concat(new[] { (0.0, 2), (0.1 + 0.2, 2), (1e-7, 3), (-1.5, 2), (2000.0, 2), (0.005, 3), (12.3, 3) });
        foreach (var (value, decimals) in values)
            Assert.Equal(value.ToString("R", CultureInfo.InvariantCulture), FixedDecimalText.Format(value, decimals, buffer).ToString());
    }
}
