namespace MmmFixtures.Export;

/// <summary>One level of a partitioned file's path, <c>Name=Value</c>, as the manifest lists it.</summary>
/// <param name="Name">The level's key (unescaped).</param>
/// <param name="Value">Its value (unescaped), or null for Hive's default partition.</param>
/// <param name="Column">The partition column as readers of the dataset see it (role, type), or null for a fixed level.</param>
internal sealed record PartitionFolder(string Name, string? Value, ColumnSchema? Column = null);
