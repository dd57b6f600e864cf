using System;
using System.Linq;

namespace MmmFixtures.Rules;

/// <summary>
/// The commerce checks that relate fields to each other but depend only on constants, shared by the runtime
/// validator and the generator's diagnostics. Shared source, linked into the generator.
/// </summary>
internal static class CommerceCrossRules
{
    /// <summary>The subfolders the commerce layouts write beside the tenants' folders (the layouts' names).</summary>
    public static readonly string[] LayoutFolders = { "shopify", "fivetran", "google-ads", "klaviyo", "open-meteo" };

    /// <summary>The root tables of a commerce export: each is a folder of its name beside the tenants' when the export is partitioned (<c>--partition-by</c>, prefix levels).</summary>
    public static readonly string[] RootTables = { PanelTable, TruthDailyTable };

    /// <summary>The joined modelling panel's table name.</summary>
    public const string PanelTable = "daily_panel";

    /// <summary>The per-day truth's table name.</summary>
    public const string TruthDailyTable = "truth_daily";

    /// <summary>The folder of a shard's own files (row index), beside the tenants' folders in a shard's export.</summary>
    public const string ShardFolder = "shard";

    /// <summary>Every folder a commerce export may write beside the tenants' folders: the layouts', the partitioned root tables' and a shard's own.</summary>
    public static readonly string[] ReservedFolders = LayoutFolders.Concat(RootTables).Append(ShardFolder).ToArray();

    /// <summary>The requirement a tenant named like a folder of <see cref="ReservedFolders"/> breaks.</summary>
    public static readonly string ReservedFolderRequirement =
        $"must not be the name of a folder the export writes beside the tenants' folders, ignoring case: a layout's ({string.Join(", ", LayoutFolders)}), " +
        $"a partitioned root table's ({string.Join(", ", RootTables)}) or a shard's own ({ShardFolder})";

    /// <summary>True when a tenant's folder would be one of <see cref="ReservedFolders"/>, ignoring case (file systems that ignore case exist).</summary>
    public static bool IsReservedFolder(string? name) =>
        name is not null && Array.Exists(ReservedFolders, folder => string.Equals(folder, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Tenant-days of the dataset, in 64 bits.</summary>
    public static long TenantDays(long tenants, long days) => tenants * days;

    /// <summary>Expected orders of a day at base demand (base revenue over the average order value).</summary>
    public static double OrdersPerDay(double baseRevenue, double averageOrderValue) => baseRevenue / averageOrderValue;

    /// <summary>The requirement a currency code breaks.</summary>
    public const string CurrencyRequirement = "must be an ISO 4217 code: three upper-case letters";

    /// <summary>True for three upper-case ASCII letters (<c>USD</c>).</summary>
    public static bool IsCurrency(string? code) =>
        code is { Length: 3 } && code[0] is >= 'A' and <= 'Z' && code[1] is >= 'A' and <= 'Z' && code[2] is >= 'A' and <= 'Z';

    /// <summary>What is wrong with a weather event lasting [start, start + days) in the period [first, end), or null.</summary>
    public static string? AnomalyDates(DateTime start, int days, DateTime first, DateTime end) =>
        start >= first && start < end && days <= (end - start).TotalDays ? null
            : $"must fall inside the period [{CalendarRules.Text(first)}, {CalendarRules.Text(end)}) with all its days";

    /// <summary>The largest °C a heatwave adds or a cold snap removes.</summary>
    public const double MaxTemperatureShift = 50;
}
