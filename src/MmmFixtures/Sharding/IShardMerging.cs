using System.Collections.Generic;
using MmmFixtures.Export;

namespace MmmFixtures.Sharding;

/// <summary>What a family adds to the shared merge: its aggregates (the files a <see cref="ShardPlan"/> marks as truth) recomputed from every shard's partials.</summary>
internal interface IShardMerging
{
    /// <summary>Writes the whole export's aggregate file <paramref name="file"/> into <paramref name="output"/> from the partials the shards (<paramref name="shardFolders"/>, in shard order) wrote under <see cref="ShardPlan.Folder"/>.</summary>
    ExportedFile MergeTruth(object spec, string file, IReadOnlyList<string> shardFolders, ExportFolder output);
}
