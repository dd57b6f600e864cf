namespace MmmFixtures.Export;

/// <summary>
/// A fixed level of a Hive-style partition path, <c>Name=Value</c>, put before the partition column's level in every
/// Parquet table of an export (<see cref="Families.DatasetExportOptions.PartitionPrefix"/>): a shard of a sharded export
/// writes <c>events/shard=003/date=2024-01-01/part-0.parquet</c>, so the shards' folders read as one dataset with a
/// <c>shard</c> column. Both parts are escaped as Hive escapes them.
/// </summary>
/// <param name="Name">The level's key, e.g. <c>shard</c>; must not be empty.</param>
/// <param name="Value">The level's value, e.g. <c>003</c> (zero-padded, so the folders sort in order); must not be empty.</param>
public sealed record PartitionLevel(string Name, string Value);
