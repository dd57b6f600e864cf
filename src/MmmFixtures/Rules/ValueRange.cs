using System.Globalization;

namespace MmmFixtures.Rules;

/// <summary>
/// The values a numeric spec field allows: an interval whose ends are each inclusive or exclusive. NaN and
/// infinities are never inside. Shared source: compiled into the runtime and linked into the generator.
/// </summary>
internal readonly struct ValueRange
{
    public ValueRange(double min, double max, bool minInclusive = true, bool maxInclusive = true)
    {
        Min = min;
        Max = max;
        MinInclusive = minInclusive;
        MaxInclusive = maxInclusive;
    }

    public double Min { get; }
    public double Max { get; }
    public bool MinInclusive { get; }
    public bool MaxInclusive { get; }

    /// <summary>[min, max].</summary>
    public static ValueRange Closed(double min, double max) => new(min, max);

    /// <summary>(min, max].</summary>
    public static ValueRange AboveTo(double min, double max) => new(min, max, minInclusive: false);

    /// <summary>[min, max).</summary>
    public static ValueRange FromBelow(double min, double max) => new(min, max, maxInclusive: false);

    /// <summary>(min, max).</summary>
    public static ValueRange Open(double min, double max) => new(min, max, minInclusive: false, maxInclusive: false);

    /// <summary>True when <paramref name="value"/> is finite and inside the interval.</summary>
    public bool Contains(double value) =>
        !double.IsNaN(value) && !double.IsInfinity(value)
        && (MinInclusive ? value >= Min : value > Min)
        && (MaxInclusive ? value <= Max : value < Max);

    /// <summary>The same interval with another lower end (a cross-field bound such as maxPrice &gt; minPrice).</summary>
    public ValueRange WithMin(double min, bool inclusive) => new(min, Max, inclusive, MaxInclusive);

    /// <summary>The same interval with another upper end (a cross-field bound such as θ ≤ maxLag − 1).</summary>
    public ValueRange WithMax(double max, bool inclusive) => new(Min, max, MinInclusive, inclusive);

    /// <summary>The interval as text, e.g. <c>[0, 1)</c>.</summary>
    public override string ToString() =>
        $"{(MinInclusive ? "[" : "(")}{Format(Min)}, {Format(Max)}{(MaxInclusive ? "]" : ")")}";

    /// <summary>The requirement as a message ends, e.g. <c>must be in [0, 1)</c>.</summary>
    public string Requirement => "must be in " + ToString();

    /// <summary>A number as rules print it: shortest round-trip, invariant culture.</summary>
    public static string Format(double v) => v.ToString("R", CultureInfo.InvariantCulture);
}
