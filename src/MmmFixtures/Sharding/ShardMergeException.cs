using System;
using System.Collections.Generic;
using System.Linq;

namespace MmmFixtures.Sharding;

/// <summary>The shard folders cannot be merged (not shards, of different specs, versions or shard counts, a shard missing or given twice, a file changed); the message names every problem. Nothing is written.</summary>
public sealed class ShardMergeException : Exception
{
    /// <summary>Creates the exception naming <paramref name="problems"/>.</summary>
    public ShardMergeException(IReadOnlyList<string> problems)
        : base($"Cannot merge the shards ({problems.Count} problem{(problems.Count == 1 ? "" : "s")}): {string.Join("; ", problems)}.") =>
        Problems = problems.ToArray();

    /// <summary>Each problem, one sentence each.</summary>
    public IReadOnlyList<string> Problems { get; }
}
