using System;
using System.Collections.Generic;
using System.Globalization;
using MmmFixtures.Families;
using MmmFixtures.Randomness;

namespace MmmFixtures.Sharding;

/// <summary>
/// Shard <see cref="Index"/> of <see cref="Count"/> (<c>--shard k/n</c>): the export of only the entities (clickstream
/// users, MMM geos, commerce tenants) whose <see cref="EntityHash(string, long)"/> modulo <see cref="Count"/> is
/// <see cref="Index"/>. The <see cref="Count"/> shards of a spec partition its entities; <c>mmmfixtures merge</c> joins
/// their folders into the whole export, byte for byte.
/// </summary>
/// <param name="Index">The shard, 0..<see cref="Count"/>−1.</param>
/// <param name="Count">The number of shards, 1..<see cref="MaxCount"/>.</param>
public readonly record struct ShardSelection(int Index, int Count)
{
    /// <summary>The most shards an export may be split into.</summary>
    public const int MaxCount = 1_000_000;

    /// <summary>
    /// The stable hash that places an entity in a shard: the <see cref="StreamKey"/> of the path
    /// <c>&lt;kind&gt;/&lt;id&gt;</c> (e.g. <c>user/17</c>) under root seed 0. It depends on the entity's path alone — not on
    /// the spec's seed or on any other entity — so an entity stays in its shard on every machine and through every spec
    /// edit that does not rename it.
    /// </summary>
    public static ulong EntityHash(string kind, long id) => StreamKey.Root(0).Then(kind).Then(id).Value;

    /// <summary>The stable hash of a named entity's path <c>&lt;kind&gt;/&lt;name&gt;</c> (e.g. <c>geo/north</c>); see <see cref="EntityHash(string, long)"/>.</summary>
    public static ulong EntityHash(string kind, string name) => StreamKey.Root(0).Then(kind).Then(name).Value;

    /// <summary>Whether the entity with this <see cref="EntityHash(string, long)"/> belongs to this shard.</summary>
    public bool Contains(ulong entityHash) => entityHash % (ulong)Count == (ulong)Index;

    /// <summary>The indexes (0-based, ascending) among <paramref name="count"/> entities that belong to this shard; <paramref name="hashOf"/> gives the hash of the entity at an index.</summary>
    public int[] Select(int count, Func<int, ulong> hashOf)
    {
        if (hashOf is null) throw new ArgumentNullException(nameof(hashOf));
        var chosen = new List<int>(count / Math.Max(1, Count) + 1);
        for (int i = 0; i < count; i++)
            if (Contains(hashOf(i))) chosen.Add(i);
        return chosen.ToArray();
    }

    /// <summary>Reads <c>k/n</c> (e.g. <c>3/8</c>); null when the text is not two integers separated by a slash (the range is checked by <see cref="ThrowIfInvalid"/>).</summary>
    public static ShardSelection? Parse(string text)
    {
        if (text is null) throw new ArgumentNullException(nameof(text));
        int slash = text.IndexOf('/');
        return slash > 0
            && int.TryParse(text.Substring(0, slash), NumberStyles.None, CultureInfo.InvariantCulture, out int index)
            && int.TryParse(text.Substring(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out int count)
            ? new ShardSelection(index, count) : null;
    }

    /// <summary>Each field outside its range, with the range (empty when the selection is valid).</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (Count is < 1 or > MaxCount)
            problems.Add($"Shard.Count = {Count}: must be 1..{MaxCount}");
        if (Index < 0 || (Count >= 1 && Index >= Count))
            problems.Add($"Shard.Index = {Index}: must be 0..{(Count >= 1 ? (Count - 1).ToString(CultureInfo.InvariantCulture) : "Shard.Count−1")}");
        return problems;
    }

    /// <summary>Throws an <see cref="ExportOptionsException"/> naming every field of <paramref name="shard"/> outside its range (nothing for null: the whole export).</summary>
    public static void ThrowIfInvalid(ShardSelection? shard)
    {
        if (shard is not ShardSelection s) return;
        var problems = s.Problems();
        if (problems.Count > 0) throw new ExportOptionsException($"Invalid shard {s}: {string.Join("; ", problems)}.");
    }

    /// <summary><c>k/n</c>.</summary>
    public override string ToString() => $"{Index.ToString(CultureInfo.InvariantCulture)}/{Count.ToString(CultureInfo.InvariantCulture)}";
}
