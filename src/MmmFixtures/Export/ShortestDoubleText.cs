using System;
using System.Globalization;
using MmmFixtures.Numerics;

namespace MmmFixtures.Export;

/// <summary>
/// A double as the CSV dialect writes it, in UTF-8 without allocating: the shortest text that round-trips, invariant
/// culture, byte for byte what <c>double.ToString("R", CultureInfo.InvariantCulture)</c> gives on .NET Core 3.0 and later
/// (<c>1E-05</c>, <c>1E+15</c>, <c>1.2345678901234568E+17</c>, <c>-0</c>, <c>5E-324</c>), on every target.
/// </summary>
internal static class ShortestDoubleText
{
    /// <summary>The longest text: <c>-1.2345678901234567E-308</c>.</summary>
    public const int MaxLength = 24;

    // .NET writes a shortest round-trip double in fixed notation unless its decimal point lies more than 17 places (the
    // most digits a double needs) to the right of its first digit, or more than 3 zeros follow the point.
    private const int FixedNotationDigits = 17;
    private const int MostLeadingZeros = 3;

    private static readonly ulong[] PowersOfTen =
    {
        1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000, 10_000_000_000,
        100_000_000_000, 1_000_000_000_000, 10_000_000_000_000, 100_000_000_000_000, 1_000_000_000_000_000,
        10_000_000_000_000_000, 100_000_000_000_000_000,
    };

    /// <summary>Writes <paramref name="value"/> to <paramref name="destination"/> (at least <see cref="MaxLength"/> bytes); returns the bytes written.</summary>
    public static int Format(double value, Span<byte> destination)
    {
        ulong bits = (ulong)BitConverter.DoubleToInt64Bits(value);
        ulong ieeeMantissa = bits & ((1UL << 52) - 1);
        int ieeeExponent = (int)(bits >> 52) & 0x7FF;
        int at = 0;
        if (ieeeExponent == 0x7FF) return Runtime(value, destination);
        if ((long)bits < 0) destination[at++] = (byte)'-';
        if (ieeeExponent == 0 && ieeeMantissa == 0)
        {
            destination[at++] = (byte)'0';
            return at;
        }

        if (!ShortestDecimal.TryOf(ieeeMantissa, ieeeExponent, out ulong digits, out int exponent)) return Runtime(value, destination);
        int length = DigitCount(digits);
        int pointAt = length + exponent; // the value is 0.digits × 10^pointAt
        if (pointAt > FixedNotationDigits || pointAt < -MostLeadingZeros)
            return Scientific(digits, length, pointAt - 1, destination, at);
        if (pointAt <= 0)
        {
            destination[at++] = (byte)'0';
            destination[at++] = (byte)'.';
            for (int i = 0; i < -pointAt; i++) destination[at++] = (byte)'0';
            return WriteDigits(digits, length, destination, at);
        }
        if (pointAt < length)
        {
            ulong whole = digits / PowersOfTen[length - pointAt];
            at = WriteDigits(whole, pointAt, destination, at);
            destination[at++] = (byte)'.';
            return WriteDigits(digits - whole * PowersOfTen[length - pointAt], length - pointAt, destination, at);
        }
        at = WriteDigits(digits, length, destination, at);
        for (int i = length; i < pointAt; i++) destination[at++] = (byte)'0';
        return at;
    }

    // d.ddddE+XX: the exponent with a sign and at least two digits.
    private static int Scientific(ulong digits, int length, int exponent, Span<byte> destination, int at)
    {
        if (length == 1)
        {
            destination[at++] = (byte)('0' + (int)digits);
        }
        else
        {
            ulong first = digits / PowersOfTen[length - 1];
            destination[at++] = (byte)('0' + (int)first);
            destination[at++] = (byte)'.';
            at = WriteDigits(digits - first * PowersOfTen[length - 1], length - 1, destination, at);
        }
        destination[at++] = (byte)'E';
        destination[at++] = exponent < 0 ? (byte)'-' : (byte)'+';
        int magnitude = Math.Abs(exponent);
        return WriteDigits((ulong)magnitude, magnitude >= 100 ? 3 : 2, destination, at);
    }

    // Exactly count digits of value (leading zeros included) at destination[at…]; returns the end.
    private static int WriteDigits(ulong value, int count, Span<byte> destination, int at)
    {
        int end = at + count;
        for (int i = end - 1; i >= at; i--)
        {
            ulong quotient = value / 10;
            destination[i] = (byte)('0' + (int)(value - quotient * 10));
            value = quotient;
        }
        return end;
    }

    private static int DigitCount(ulong value)
    {
        int count = 1;
        while (count < PowersOfTen.Length && value >= PowersOfTen[count]) count++;
        return count;
    }

    // The runtime's own text, for what ShortestDecimal leaves to it (NaN, the infinities, powers of two): rare in exports.
    private static int Runtime(double value, Span<byte> destination)
    {
        string text = value.ToString("R", CultureInfo.InvariantCulture);
        for (int i = 0; i < text.Length; i++) destination[i] = (byte)text[i];
        return text.Length;
    }
}
