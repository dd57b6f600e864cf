using System;

namespace MmmFixtures.Export;

/// <summary>
/// Writes money (cents) and durations (milliseconds) as UTF-8 decimal text without general double formatting.
/// For a double that is exactly the nearest double to units / 10^decimals, the trimmed decimal is also its
/// shortest round-trip text, so the output equals the CSV dialect's; any other value is left to the dialect.
/// </summary>
internal static class FixedDecimalText
{
    /// <summary>The longest text: 15 digits and a point.</summary>
    public const int MaxLength = 16;

    private static readonly double[] Scale = { 1, 10, 100, 1000 };
    private static readonly ulong[] PowersOfTen = { 1, 10, 100, 1000 };

    /// <summary>
    /// Writes the shortest round-trip text of <paramref name="value"/> to <paramref name="destination"/> (at least
    /// <see cref="MaxLength"/> bytes) when it is a non-negative decimal below 10^15 with at most <paramref name="decimals"/>
    /// decimals; returns the bytes written, or 0 (nothing written) for any other value.
    /// </summary>
    public static int TryFormat(double value, int decimals, Span<byte> destination)
    {
        double scaled = value * Scale[decimals];
        if (!(value >= 0 && scaled < 1e15)) return 0;
        long units = (long)Math.Round(scaled);
        if (units / Scale[decimals] != value) return 0;
        return Write((ulong)units, decimals, destination);
    }

    // units / 10^decimals with trailing fractional zeros (and a bare point) removed, written from the last digit back.
    private static int Write(ulong units, int decimals, Span<byte> destination)
    {
        while (decimals > 0 && units % 10 == 0)
        {
            units /= 10;
            decimals--;
        }
        int integerDigits = 1;
        for (ulong rest = units / PowersOfTen[decimals]; rest >= 10; rest /= 10) integerDigits++;
        int length = decimals == 0 ? integerDigits : integerDigits + 1 + decimals;
        int at = length;
        for (int i = 0; i < decimals; i++)
        {
            ulong quotient = units / 10;
            destination[--at] = (byte)('0' + (int)(units - quotient * 10));
            units = quotient;
        }
        if (decimals > 0) destination[--at] = (byte)'.';
        do
        {
            ulong quotient = units / 10;
            destination[--at] = (byte)('0' + (int)(units - quotient * 10));
            units = quotient;
        } while (at > 0);
        return length;
    }
}
