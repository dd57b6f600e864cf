using System;
using System.Collections.Generic;
using System.Linq;

namespace MmmFixtures.Families;

/// <summary>
/// What an export would write, computed from the spec alone in 64-bit arithmetic (doubles for the expected counts,
/// saturating longs for the totals), so a spec asking for petabytes is measured in microseconds and refused before
/// anything is generated. Expected values, not bounds: a real export is within a factor of 2 (tested for every preset).
/// </summary>
public sealed class OutputEstimate
{
    /// <summary>Creates an estimate from its files.</summary>
    public OutputEstimate(IReadOnlyList<FileEstimate> files)
    {
        Files = files ?? throw new ArgumentNullException(nameof(files));
        TotalBytes = files.Aggregate(0L, (sum, f) => SaturatingAdd(sum, f.Bytes));
    }

    /// <summary>The files, in the order the export writes them.</summary>
    public IReadOnlyList<FileEstimate> Files { get; }

    /// <summary>The bytes of every file together (saturating at <see cref="long.MaxValue"/>).</summary>
    public long TotalBytes { get; }

    /// <summary>
    /// The most bytes of scratch space the export needs beside its files while it runs: intermediate numbers it spills to
    /// its staging folder (next to the output folder) instead of holding them, removed before it commits; 0 when it
    /// spills nothing. Split among shards like the entity tables.
    /// </summary>
    public long ScratchBytes { get; init; }

    /// <summary>
    /// The bytes one shard of <paramref name="shardCount"/> writes: every file not split by entity whole, and 1/n of the
    /// files that are (<see cref="FileEstimate.SplitByEntity"/>), as entities spread evenly over the shards by their hash.
    /// </summary>
    public long ShardBytes(int shardCount)
    {
        if (shardCount < 1) throw new ArgumentOutOfRangeException(nameof(shardCount), shardCount, "A shard count is at least 1.");
        return Files.Aggregate(0L, (sum, f) => SaturatingAdd(sum, f.SplitByEntity ? f.Bytes / shardCount : f.Bytes));
    }

    /// <summary>Rounds an expected count up to a whole number, saturating at <see cref="long.MaxValue"/>.</summary>
    public static long Saturate(double value) =>
        double.IsNaN(value) || value <= 0 ? 0 : value >= long.MaxValue ? long.MaxValue : (long)Math.Ceiling(value);

    private static long SaturatingAdd(long a, long b) => a > long.MaxValue - b ? long.MaxValue : a + b;
}
