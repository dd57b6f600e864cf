using System;
using System.Globalization;

namespace MmmFixtures.Export;

/// <summary>
/// Writes money (cents) and durations (milliseconds) as decimal text without general double formatting.
/// For a double that is exactly the nearest double to units / 10^decimals, the trimmed decimal is also its
/// shortest round-trip text, so the output equals the CSV dialect's; any other value falls back to it.
/// </summary>
internal static class FixedDecimalText
{
    private static readonly double[] Scale = { 1, 10, 100, 1000 };
    private static readonly long[] Pow10 = { 1, 10, 100, 1000 };

    /// <summary>The shortest round-trip text of <paramref name="value"/>, fast when it has at most <paramref name="decimals"/> decimals.</summary>
    public static ReadOnlySpan<char> Format(double value, int decimals, Span<char> buffer)
    {
        double scaled = value * Scale[decimals];
        if (value >= 0 && scaled < 1e15)
        {
            long units = (long)Math.Round(scaled);
            if (units / Scale[decimals] == value) return Write(units, decimals, buffer);
        }
        return value.ToString("R", CultureInfo.InvariantCulture).AsSpan();
    }

    // units / 10^decimals with trailing fractional zeros (and a bare point) removed, written right to left in place.
    private static ReadOnlySpan<char> Write(long units, int decimals, Span<char> buffer)
    {
        long whole = units / Pow10[decimals];
        int fraction = (int)(units - whole * Pow10[decimals]);
        if (fraction == 0) decimals = 0;
        while (decimals > 0 && fraction % 10 == 0)
        {
            fraction /= 10;
            decimals--;
        }
        int length = DigitCount(whole) + (decimals == 0 ? 0 : 1 + decimals);
        int at = length;
        for (int i = 0; i < decimals; i++)
        {
            int rest = fraction / 10;
            buffer[--at] = (char)('0' + fraction - 10 * rest);
            fraction = rest;
        }
        if (decimals > 0) buffer[--at] = '.';
        do
        {
            long rest = whole / 10;
            buffer[--at] = (char)('0' + (int)(whole - 10 * rest));
            whole = rest;
        } while (whole != 0);
        return buffer.Slice(0, length);
    }

    private static int DigitCount(long value)
    {
        int digits = 1;
        for (; value >= 10; value /= 10) digits++;
        return digits;
    }
}
