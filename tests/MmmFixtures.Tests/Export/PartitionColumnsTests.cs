using MmmFixtures.Commerce;
using MmmFixtures.Export;
using MmmFixtures.Families;

namespace MmmFixtures.Tests.Export;

/// <summary>
/// The columns offered as partition keys: those with few values by their role (time, geo, event, text labels), never
/// integer ids and counts, which pass the partition limit; any column but a double is still accepted when asked for.
/// </summary>
public sealed class PartitionColumnsTests : TempFolder
{
    [Theory]
    [InlineData("Time", "Date", true)]
    [InlineData("Time", "Timestamp", true)]
    [InlineData("Geo", "String", true)]
    [InlineData("Event", "Int64", true)]
    [InlineData("Key", "String", true)] // tenant
    [InlineData("Observable", "String", true)] // event_type, category
    [InlineData("Key", "Int64", false)] // event_id, order_id
    [InlineData("Observable", "Int64", false)] // quantity
    [InlineData("Exposure", "Int64", false)] // impressions
    [InlineData("Time", "Double", false)]
    [InlineData("Kpi", "Double", false)]
    public void A_column_is_offered_by_its_role_and_type(string role, string type, bool offered)
    {
        var column = new ColumnSchema("c", Enum.Parse<ColumnRole>(role), Type: Enum.Parse<ColumnType>(type));
        Assert.Equal(offered, PartitionColumns.Offered(column));
        Assert.Equal(type != nameof(ColumnType.Double), PartitionColumns.Accepted(column));
    }

    private string Refusal(string familyName, string preset)
    {
        var family = DatasetFamilies.Find(familyName)!;
        return Assert.Throws<ExportOptionsException>(() => family.Export(family.FindPreset(preset)!.Create(DatasetFamilies.DefaultSeed), Path.Combine(Folder, "out"),
            new DatasetExportOptions { Format = ExportFormat.Parquet, PartitionBy = "nope" })).Message;
    }

    private static string[] Listed(string message)
    {
        string list = message.Substring(message.IndexOf("partition by one of: ", StringComparison.Ordinal) + "partition by one of: ".Length);
        int end = list.IndexOf(" (integer ids", StringComparison.Ordinal);
        return list.Substring(0, end < 0 ? list.Length - 1 : end).Replace("date (each table's first time column)", "date", StringComparison.Ordinal).Split(", ");
    }

    [Fact]
    public void Clickstream_offers_its_times_and_labels_not_its_ids_and_says_why()
    {
        string message = Refusal("clickstream", "Small");
        var listed = Listed(message);
        Assert.Contains("date", listed);
        Assert.Contains("event_type", listed);
        Assert.Contains("category", listed);
        Assert.DoesNotContain("event_id", listed);
        Assert.DoesNotContain("user_id", listed);
        Assert.DoesNotContain("item_id", listed);
        Assert.EndsWith("(integer ids and counts such as user_id, event_id, session_id, … are not listed: nearly every value would be its own folder, " +
            "past the limit of 10,000 partitions).", message);
    }

    [Fact]
    public void Commerce_offers_the_tenant_not_the_order_id()
    {
        var listed = Listed(Refusal("commerce", "Small"));
        Assert.Contains("tenant", listed);
        Assert.Contains("date", listed);
        Assert.DoesNotContain("order_id", listed);
        Assert.DoesNotContain("quantity", listed);
    }

    [Fact]
    public void A_column_that_is_not_offered_is_still_written_when_asked_for_by_name()
    {
        var spec = MmmFixtures.Clickstream.ClickstreamPresets.Get(MmmFixtures.Clickstream.ClickstreamPreset.Small, 4) with { Users = 25 };
        string folder = Path.Combine(Folder, "by-user");
        var result = DatasetFamilies.Find("clickstream")!.Export(spec, folder, new DatasetExportOptions { Format = ExportFormat.Parquet, PartitionBy = "user_id" });
        var users = result.Files.Where(f => f.Name.StartsWith("users/", StringComparison.Ordinal)).Select(f => f.Name.Split('/')[1]).ToHashSet();
        Assert.Equal(Enumerable.Range(1, 25).Select(u => $"user_id={u}").ToHashSet(), users);
    }
}
