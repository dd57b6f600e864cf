using System.Globalization;
using MmmFixtures.Export;
using MmmFixtures.Randomness;

namespace MmmFixtures.Tests.Export;

/// <summary>The hand-written formatter against the runtime's shortest round-trip text, which exports have always used.</summary>
public class ShortestDoubleTextTests
{
    private static void AssertSameText(double value)
    {
        Span<byte> buffer = stackalloc byte[ShortestDoubleText.MaxLength];
        int length = ShortestDoubleText.Format(value, buffer);
        string expected = value.ToString("R", CultureInfo.InvariantCulture);
        string actual = System.Text.Encoding.ASCII.GetString(buffer.Slice(0, length));
        if (expected != actual)
            Assert.Fail($"0x{BitConverter.DoubleToInt64Bits(value):X16}: runtime {expected}, formatter {actual}");
    }

    // A double and its neighbours a few units in the last place either side.
    private static void AssertSameTextAround(double value)
    {
        long bits = BitConverter.DoubleToInt64Bits(value);
        for (long d = -3; d <= 3; d++)
        {
            double neighbour = BitConverter.Int64BitsToDouble(bits + d);
            if (double.IsFinite(neighbour) || double.IsInfinity(neighbour)) AssertSameText(neighbour);
        }
    }

    [Theory]
    [InlineData(0.0, "0")]
    [InlineData(-0.0, "-0")]
    [InlineData(1.0, "1")]
    [InlineData(-1.5, "-1.5")]
    [InlineData(0.0001, "0.0001")]
    [InlineData(0.00001, "1E-05")]
    [InlineData(0.000012345, "1.2345E-05")]
    [InlineData(1e14, "100000000000000")]
    [InlineData(1e15, "1000000000000000")]
    [InlineData(1e16, "10000000000000000")]
    [InlineData(1e17, "1E+17")]
    [InlineData(0.5, "0.5")]
    [InlineData(0.125, "0.125")]
    [InlineData(4.104536801298376E-289, "4.104536801298376E-289")] // a power of two whose runtime text does not round-trip
    [InlineData(123456789012345.6, "123456789012345.6")]
    [InlineData(1234567890123456.7, "1234567890123456.8")]
    [InlineData(12345678901234567.0, "12345678901234568")]
    [InlineData(123456789012345680.0, "1.2345678901234568E+17")]
    [InlineData(1.2345e20, "1.2345E+20")]
    [InlineData(1e23, "1E+23")]
    [InlineData(1.23e22, "1.23E+22")]
    [InlineData(0.1 + 0.2, "0.30000000000000004")]
    [InlineData(double.Epsilon, "5E-324")]
    [InlineData(double.MaxValue, "1.7976931348623157E+308")]
    [InlineData(double.MinValue, "-1.7976931348623157E+308")]
    [InlineData(2.2250738585072014E-308, "2.2250738585072014E-308")]
    [InlineData(2.225073858507201E-308, "2.225073858507201E-308")]
    [InlineData(9007199254740991.0, "9007199254740991")]
    [InlineData(9007199254740992.0, "9007199254740992")]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.PositiveInfinity, "Infinity")]
    [InlineData(double.NegativeInfinity, "-Infinity")]
    public void Hand_picked_values_have_the_runtime_text(double value, string text)
    {
        Assert.Equal(text, value.ToString("R", CultureInfo.InvariantCulture)); // the text exports have always had
        AssertSameText(value);
    }

    [Fact]
    public void Random_bit_patterns_of_every_exponent_have_the_runtime_text()
    {
        var rng = StreamKey.Root(21).Open();
        for (int i = 0; i < 3_000_000; i++) AssertSameText(BitConverter.Int64BitsToDouble((long)rng.NextUInt64()));
    }

    [Fact]
    public void Subnormals_and_the_smallest_normals_have_the_runtime_text()
    {
        var rng = StreamKey.Root(22).Open();
        for (int i = 0; i < 300_000; i++)
        {
            ulong mantissa = rng.NextUInt64() >> (12 + (int)rng.NextUInt64(52)); // every length of mantissa
            ulong exponent = rng.NextUInt64(3); // subnormal, and the two smallest normal binades
            AssertSameText(BitConverter.Int64BitsToDouble((long)((exponent << 52) | mantissa)));
        }
        for (long bits = 0; bits < 5000; bits++) AssertSameText(BitConverter.Int64BitsToDouble(bits));
    }

    [Fact]
    public void Decimals_of_15_to_17_significant_digits_at_every_scale_have_the_runtime_text()
    {
        // What computed exports mostly hold: doubles near decimals of 15-17 digits, and those decimals' own nearest doubles.
        var rng = StreamKey.Root(23).Open();
        for (int i = 0; i < 1_000_000; i++)
        {
            int digits = 15 + (int)rng.NextUInt64(3);
            long significand = rng.NextInt64((long)Math.Pow(10, digits - 1), (long)Math.Pow(10, digits) - 1);
            int exponent = (int)rng.NextInt64(-340, 300);
            double value = double.Parse($"{significand}E{exponent}", CultureInfo.InvariantCulture);
            AssertSameText(i % 2 == 0 ? value : -value);
        }
    }

    [Fact]
    public void Short_decimals_and_their_neighbours_have_the_runtime_text()
    {
        // Doubles nearest to decimals of 1-8 digits and the doubles beside them: where an end of the rounding interval
        // can itself be the shortest decimal and where two shortest candidates can tie.
        var rng = StreamKey.Root(24).Open();
        for (int i = 0; i < 300_000; i++)
        {
            int digits = 1 + (int)rng.NextUInt64(8);
            long significand = rng.NextInt64(1, (long)Math.Pow(10, digits) - 1);
            int exponent = (int)rng.NextInt64(-330, 300);
            AssertSameTextAround(double.Parse($"{significand}E{exponent}", CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public void Powers_of_two_and_ten_and_their_neighbours_have_the_runtime_text()
    {
        for (int k = -1074; k <= 1023; k++) AssertSameTextAround(Math.ScaleB(1.0, k));
        for (int k = -324; k <= 308; k++)
        {
            double power = double.Parse($"1E{k}", CultureInfo.InvariantCulture);
            AssertSameTextAround(power);
            AssertSameTextAround(-power);
        }
    }

    [Fact]
    public void Integers_and_float_derived_values_have_the_runtime_text()
    {
        var rng = StreamKey.Root(25).Open();
        for (int i = 0; i < 500_000; i++)
        {
            AssertSameText(rng.NextInt64(-1L << 60, 1L << 60) >> (int)rng.NextUInt64(60)); // integers of every length, beyond 2^53 too
            AssertSameText((double)BitConverter.Int32BitsToSingle((int)rng.NextUInt64())); // a float widened: few significant bits
            AssertSameText(Math.Round(rng.NextDouble() * 1e6, (int)rng.NextUInt64(6))); // rounded money and rates
        }
        for (long n = -1000; n <= 100_000; n++) AssertSameText(n);
    }
}
