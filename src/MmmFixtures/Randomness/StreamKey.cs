using System;
using System.Runtime.CompilerServices;

namespace MmmFixtures.Randomness;

/// <summary>
/// The address of a random stream: a root seed followed by path segments, e.g.
/// <c>StreamKey.Root(42).Then("geo").Then(3).Then("channel").Then("tv").Then("spend")</c>.
/// Each segment is folded in with SplitMix64 mixing, so a key depends only on its own path: which
/// other streams were opened, and in what order, never changes it. Strings and integers are tagged
/// differently, so <c>"3"</c> and <c>3</c> address different streams.
/// </summary>
public readonly struct StreamKey : IEquatable<StreamKey>
{
    private const ulong StringTag = 0x5354524E47000000UL; // "STRNG"
    private const ulong IntegerTag = 0x494E544547000000UL; // "INTEG"

    private StreamKey(ulong value) => Value = value;

    /// <summary>The 64-bit hash of the path; the state of the stream is expanded from it.</summary>
    public ulong Value { get; }

    /// <summary>The key of the empty path under a root seed.</summary>
    public static StreamKey Root(ulong seed) => new(SplitMix64.Mix(seed ^ 0x4D4D4D4649585431UL)); // "MMMFIXT1"

    /// <summary>The key of this path extended by a name segment (case-sensitive).</summary>
    public StreamKey Then(string segment)
    {
        if (segment is null) throw new ArgumentNullException(nameof(segment));
        // FNV-1a over UTF-16 code units, then the length, so "ab"+"c" and "a"+"bc" differ.
        ulong hash = 0xCBF29CE484222325UL;
        foreach (char c in segment)
            hash = (hash ^ c) * 0x100000001B3UL;
        return Fold(SplitMix64.Mix(hash ^ StringTag ^ (ulong)segment.Length));
    }

    /// <summary>The key of this path extended by an integer segment (an index or an id).</summary>
    public StreamKey Then(long segment) => Fold(SplitMix64.Mix((ulong)segment + IntegerTag));

    /// <summary>Opens a fresh stream at this address.</summary>
    public RandomStream Open() => new(this);

    /// <summary>Shorthand for <c>Then(segment).Open()</c>.</summary>
    public RandomStream Open(string segment) => Then(segment).Open();

    // Order matters: the running hash is rotated before the segment joins it.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private StreamKey Fold(ulong segmentHash) =>
        new(SplitMix64.Mix(((Value << 23) | (Value >> 41)) ^ segmentHash) + SplitMix64.GoldenGamma);

    /// <inheritdoc />
    public bool Equals(StreamKey other) => Value == other.Value;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is StreamKey other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Value.GetHashCode();

    /// <inheritdoc />
    public override string ToString() => $"StreamKey(0x{Value:X16})";
}
