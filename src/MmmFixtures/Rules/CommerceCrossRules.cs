using System;

namespace MmmFixtures.Rules;

/// <summary>
/// The commerce checks that relate fields to each other but depend only on constants, shared by the runtime
/// validator and the generator's diagnostics. Shared source, linked into the generator.
/// </summary>
internal static class CommerceCrossRules
{
    /// <summary>The subfolders the commerce layouts write beside the tenants' folders (the layouts' names).</summary>
    public static readonly string[] LayoutFolders = { "shopify", "fivetran", "google-ads", "klaviyo", "open-meteo" };

    /// <summary>The requirement a tenant named like a layout's folder breaks.</summary>
    public const string LayoutFolderRequirement =
        "must not be the name of a layout's folder (shopify, fivetran, google-ads, klaviyo, open-meteo; ignoring case), which sits beside the tenants' folders";

    /// <summary>True when a tenant's folder would be a layout's folder, ignoring case (file systems that ignore case exist).</summary>
    public static bool IsLayoutFolder(string? name) =>
        name is not null && Array.Exists(LayoutFolders, folder => string.Equals(folder, name, StringComparison.OrdinalIgnoreCase));

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
