namespace MmmFixtures.Generators.Tests;

/// <summary>The build refuses a tenant named like a folder the commerce export writes beside the tenants', as the runtime validator does, and nothing that only resembles one.</summary>
public class ReservedTenantNameTests
{
    [Fact]
    public async Task Tenants_named_like_a_root_table_or_the_shard_folder_are_build_errors_and_near_misses_are_not()
    {
        var diagnostics = await GeneratorHarness.AnalyzerDiagnostics(GeneratorHarness.Compilation("""
            using MmmFixtures;

            [CommerceDataset]
            [Tenant("daily_panel")]
            [Tenant("Truth_Daily")]
            [Tenant("shard")]
            [Tenant("daily_panels")]
            [Tenant("shard_1")]
            public partial class Shops;
            """));
        var refused = diagnostics.Where(d => d.Id == "MMMF004").Select(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        const string Requirement = "must not be the name of a folder the export writes beside the tenants' folders, ignoring case: a layout's " +
            "(shopify, fivetran, google-ads, klaviyo, open-meteo), a partitioned root table's (daily_panel, truth_daily) or a shard's own (shard)";
        Assert.Equal(new[] { $"'daily_panel' {Requirement}", $"'Truth_Daily' {Requirement}", $"'shard' {Requirement}" }, refused);
        Assert.DoesNotContain(diagnostics, d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("'daily_panels'") || d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("'shard_1'"));
    }
}
