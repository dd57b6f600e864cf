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

    // units / 10^decimals with trailing fractional zeros (and a bare point) removed.
    private static ReadOnlySpan<char> Write(long units, int decimals, Span<char> buffer)
    {
        int length = 0;
        Span<char> digits = stackalloc char[20];
        do
        {
            digits[length++] = (char)('0' + units % 10);
            units /= 10;
        } while (units > 0);
        while (length <= decimals) digits[length++] = '0'; // at least one integer digit
        int fractionStart = 0;
        while (fractionStart < decimals && digits[fractionStart] == '0') fractionStart++;
        int written = 0;
        for (int i = length - 1; i >= decimals; i--) buffer[written++] = digits[i];
        if (fractionStart < decimals)
        {
            buffer[written++] = '.';
            for (int i = decimals - 1; i >= fractionStart; i--) buffer[written++] = digits[i];
        }
        return buffer.Slice(0, written);
    }
}
