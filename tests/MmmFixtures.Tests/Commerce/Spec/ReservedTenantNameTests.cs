using MmmFixtures.Commerce;
using MmmFixtures.Export;
using MmmFixtures.Families;
using MmmFixtures.Rules;
using MmmFixtures.Sharding;
using MmmFixtures.Validation;

namespace MmmFixtures.Tests.Commerce.Spec;

/// <summary>
/// A tenant's folder sits at the export's root beside the folders the export writes itself (layouts, partitioned root
/// tables, a shard's own files): a tenant named like one of them is refused before anything is written.
/// </summary>
public sealed class ReservedTenantNameTests : TempFolder
{
    private const string Requirement = "must not be the name of a folder the export writes beside the tenants' folders, ignoring case: " +
        "a layout's (shopify, fivetran, google-ads, klaviyo, open-meteo), a partitioned root table's (daily_panel, truth_daily) or a shard's own (shard)";

    private static CommerceSpec Named(params string[] names) =>
        CommercePresets.Small with { Tenants = names.Select(n => CommercePresets.Small.Tenants[0] with { Name = n }).ToArray() };

    [Theory]
    [InlineData("daily_panel")]
    [InlineData("truth_daily")]
    [InlineData("shard")]
    [InlineData("shopify")]
    [InlineData("fivetran")]
    [InlineData("klaviyo")]
    [InlineData("Daily_Panel")]
    [InlineData("TRUTH_DAILY")]
    [InlineData("Shard")]
    public void A_tenant_named_like_a_root_folder_is_refused_naming_the_reserved_names(string name)
    {
        var ex = Assert.Throws<SpecValidationException>(() => CommerceSpecValidator.ThrowIfInvalid(Named("north", name)));
        Assert.Equal($"tenants[1].name = {name}: {Requirement}", Assert.Single(ex.Errors).ToString());
        Assert.Throws<SpecValidationException>(() => CommerceFamily.Instance.Export(Named("north", name), Path.Combine(Folder, "out"), new DatasetExportOptions()));
        Assert.False(Directory.Exists(Path.Combine(Folder, "out")));
    }

    [Fact]
    public void Every_reserved_tenant_is_named_in_one_exception()
    {
        var ex = Assert.Throws<SpecValidationException>(() => CommerceSpecValidator.ThrowIfInvalid(Named("north", "daily_panel", "south", "truth_daily", "shard")));
        Assert.Equal(new[] { "tenants[1].name", "tenants[3].name", "tenants[4].name" }, ex.Errors.Select(e => e.Path));
        Assert.StartsWith("Invalid commerce spec (3 problems):", ex.Message);
    }

    [Theory]
    [InlineData("daily_panels")]
    [InlineData("truth_daily_eu")]
    [InlineData("shard_1")]
    [InlineData("panel")]
    [InlineData("shopify2")]
    public void A_name_that_only_resembles_a_root_folder_stays_valid(string name) =>
        Assert.Empty(CommerceSpecValidator.Validate(Named("north", name)));

    [Fact]
    public void The_reserved_names_are_exactly_the_folders_a_partitioned_sharded_export_with_every_layout_writes_beside_the_tenants()
    {
        var spec = Named("north", "south");
        string folder = Path.Combine(Folder, "out");
        CommerceFamily.Instance.Export(spec, folder, new DatasetExportOptions
        {
            Format = ExportFormat.Parquet, PartitionBy = "date", Shard = new ShardSelection(0, 1), Layouts = CommerceFamily.Instance.Layouts.Select(l => l.Name).ToArray(),
        });
        var roots = Directory.EnumerateDirectories(folder).Select(Path.GetFileName).Except(spec.Tenants.Select(t => t.Name)).Order(StringComparer.Ordinal);
        Assert.Equal(CommerceCrossRules.ReservedFolders.Order(StringComparer.Ordinal), roots);
        Assert.Equal(new[] { CommerceExporter.PanelFile, CommerceExporter.TruthDailyFile }, CommerceCrossRules.RootTables.Select(t => t + ".csv"));
    }
}
