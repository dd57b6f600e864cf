using System.Text.Json;
using MmmFixtures.Clickstream;
using MmmFixtures.Mmm;

namespace MmmFixtures.Tests.Export;

/// <summary>The manifest's column map: every table's columns, in header order, with their roles and entities.</summary>
public sealed class ColumnMapTests : TempFolder
{
    private static (string Name, string Role, string? Entity)[] Columns(JsonElement file) =>
        file.GetProperty("columns").EnumerateArray().Select(c => (c.GetProperty("name").GetString()!, c.GetProperty("role").GetString()!,
            c.TryGetProperty("entity", out var e) ? e.GetString() : null)).ToArray();

    // Every table's map lists exactly its header, and only tables (CSV files) have one.
    private static JsonElement[] AssertMapsMatchHeaders(string folder)
    {
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, "manifest.json")));
        var files = manifest.RootElement.GetProperty("files").EnumerateArray().Select(f => f.Clone()).ToArray();
        foreach (var file in files)
        {
            string name = file.GetProperty("name").GetString()!;
            Assert.Equal(name.EndsWith(".csv", StringComparison.Ordinal), file.TryGetProperty("columns", out _));
            if (!name.EndsWith(".csv", StringComparison.Ordinal)) continue;
            string header = File.ReadLines(Path.Combine(folder, name)).First();
            Assert.Equal(header, string.Join(",", Columns(file).Select(c => c.Name)));
        }
        return files;
    }

    [Fact]
    public void Mmm_columns_are_mapped_to_roles_and_the_channel_control_or_event_they_belong_to()
    {
        var spec = new MmmSpecBuilder().Periods(20)
            .Channel("Tv", c => c.BaseSpend(100).Impressions(10)).Channel("PaidSearch", c => c.BaseSpend(50).Clicks(2))
            .Control("Price", 1, effect: 10).RecurringEvent("BlackFriday", 5, 0.2)
            .Build();
        MmmExporter.Export(MmmGenerator.Generate(spec), Folder);
        var files = AssertMapsMatchHeaders(Folder);

        var data = Columns(files.Single(f => f.GetProperty("name").GetString() == "data.csv"));
        Assert.Equal(new (string, string, string?)[]
        {
            ("date", "time", null), ("geo", "geo", null), ("y", "kpi", null),
            ("x1_tv", "spend", "Tv"), ("x2_paid_search", "spend", "PaidSearch"),
            ("x1_tv_impressions", "exposure", "Tv"), ("x2_paid_search_clicks", "exposure", "PaidSearch"),
            ("c1_price", "control", "Price"), ("e1_black_friday", "event", "BlackFriday"),
        }, data);
        var components = Columns(files.Single(f => f.GetProperty("name").GetString() == "truth_components.csv"));
        Assert.Equal(("contribution_paid_search", "truth", "PaidSearch"), components[3]);
        Assert.All(components.Skip(2), c => Assert.Equal("truth", c.Role));
    }

    [Fact]
    public void Clickstream_tables_map_keys_times_observables_and_truth()
    {
        var spec = ClickstreamPresets.Get(ClickstreamPreset.Small) with { Users = 20 };
        ClickstreamExporter.Export(spec, Folder);
        var files = AssertMapsMatchHeaders(Folder);
        Assert.Equal(7, files.Count(f => f.TryGetProperty("columns", out _)));

        var events = Columns(files.Single(f => f.GetProperty("name").GetString() == "events.csv"));
        Assert.Equal(new[] { "event_id", "user_id", "session_id", "item_id", "transaction_id" }, events.Where(c => c.Role == "key").Select(c => c.Name));
        Assert.Equal("timestamp", events.Single(c => c.Role == "time").Name);
        var users = Columns(files.Single(f => f.GetProperty("name").GetString() == "truth_users.csv"));
        var affinities = users.Where(c => c.Name.StartsWith("affinity_", StringComparison.Ordinal)).ToArray();
        Assert.Equal(spec.Catalog.Categories.Select(c => c.Name), affinities.Select(c => c.Entity));
        Assert.All(affinities, c => Assert.Equal("truth", c.Role));
    }
}
