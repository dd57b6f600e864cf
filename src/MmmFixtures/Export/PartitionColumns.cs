using System.Linq;

namespace MmmFixtures.Export;

/// <summary>
/// Which columns may partition a table and which are offered as partition keys, decided by each column's role and type.
/// Any column but a double may be asked for by name. Offered are the columns with few values: time columns (partitioned
/// by day), geos, events and text labels (tenant, event type, category, platform). Integer ids and counts (event_id,
/// order_id, quantity) are not offered: nearly every value would be its own folder, past <see cref="HivePartitioning.MaxPartitions"/>.
/// </summary>
internal static class PartitionColumns
{
    /// <summary>Whether <paramref name="column"/> may partition its table when asked for: doubles never do (nearly every row would have its own folder).</summary>
    public static bool Accepted(ColumnSchema column) => column.Type != ColumnType.Double;

    /// <summary>Whether <paramref name="column"/> is offered as a partition key: a time, geo or event column, or a text label.</summary>
    public static bool Offered(ColumnSchema column) =>
        Accepted(column) && (column.Role is ColumnRole.Time or ColumnRole.Geo or ColumnRole.Event || column.Type == ColumnType.String);

    /// <summary>
    /// Why the accepted columns among <paramref name="columns"/> that are not offered (e.g. <c>event_id</c>) are not listed,
    /// naming up to three; empty when there are none.
    /// </summary>
    public static string NotOfferedReason(System.Collections.Generic.IEnumerable<ColumnSchema> columns)
    {
        // Ids first: they are the columns people try (event_id), and the reason is plainest for them.
        var names = columns.Where(c => Accepted(c) && !Offered(c)).OrderBy(c => c.Role == ColumnRole.Key ? 0 : 1).Select(c => c.Name).Distinct().ToArray();
        if (names.Length == 0) return "";
        string examples = string.Join(", ", names.Take(3)) + (names.Length > 3 ? ", …" : "");
        return $" (integer ids and counts such as {examples} are not listed: nearly every value would be its own folder, past the limit of " +
            $"{HivePartitioning.MaxPartitions.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} partitions)";
    }
}
