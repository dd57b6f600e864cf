using MmmFixtures.Clickstream;

namespace MmmFixtures.Tests.Clickstream;

public sealed class ClickstreamDeterminismTests : TempFolder
{
    private static readonly ClickstreamSpec Small = ClickstreamPresets.Get(ClickstreamPreset.Small, 3);

    [Fact]
    public void Exports_are_identical_across_runs_and_thread_counts()
    {
        string a = Path.Combine(Folder, "a"), b = Path.Combine(Folder, "b");
        ClickstreamExporter.Export(ClickstreamGenerator.Generate(Small, maxDegreeOfParallelism: 1), a);
        ClickstreamExporter.Export(ClickstreamGenerator.Generate(Small, maxDegreeOfParallelism: 8), b);
        foreach (string file in Directory.GetFiles(a).Select(Path.GetFileName)!)
            Assert.Equal(File.ReadAllBytes(Path.Combine(a, file!)), File.ReadAllBytes(Path.Combine(b, file!)));
    }

    [Fact]
    public void Streaming_yields_exactly_the_in_memory_rows()
    {
        var memory = ClickstreamGenerator.Generate(Small);
        Assert.Equal(memory.Events, ClickstreamGenerator.StreamEvents(Small).ToArray());
        Assert.Equal(memory.Sessions, ClickstreamGenerator.StreamUsers(Small).SelectMany(u => u.Sessions).ToArray());
    }

    [Fact]
    public void Adding_users_leaves_existing_users_unchanged()
    {
        var before = ClickstreamGenerator.Generate(Small);
        var after = ClickstreamGenerator.Generate(Small with { Users = Small.Users + 300 });
        Assert.Equal(before.Events, after.Events.Take(before.Events.Count));
        Assert.Equal(before.UserTruth.Select(u => u.Persona), after.UserTruth.Take(Small.Users).Select(u => u.Persona));
    }

    [Fact]
    public void Changing_the_catalog_size_leaves_persona_assignment_unchanged()
    {
        var before = ClickstreamGenerator.Generate(Small);
        var after = ClickstreamGenerator.Generate(Small with { Catalog = Small.Catalog with { Items = 900 } });
        Assert.Equal(before.UserTruth.Select(u => u.Persona), after.UserTruth.Select(u => u.Persona));
        Assert.Equal(before.Users, after.Users);
    }

    [Fact]
    public void Export_writes_every_table_and_layout()
    {
        var files = ClickstreamExporter.Export(ClickstreamGenerator.Generate(Small), Folder);
        Assert.Equal(new[] { "items.csv", "users.csv", "events.csv", "retailrocket_events.csv", "rees46_events.csv",
            "truth_users.csv", "truth_sessions.csv", "truth_items.csv", "truth_defects.csv", "truth.json", "manifest.json" }, files.Select(f => f.Name));
        Assert.Equal("timestamp,visitorid,event,itemid,transactionid", File.ReadLines(Path.Combine(Folder, "retailrocket_events.csv")).First());
        Assert.Equal("event_time,event_type,product_id,category_id,category_code,brand,price,user_id,user_session",
            File.ReadLines(Path.Combine(Folder, "rees46_events.csv")).First());
        Assert.DoesNotContain("persona", File.ReadLines(Path.Combine(Folder, "users.csv")).First());
        Assert.DoesNotContain(File.ReadLines(Path.Combine(Folder, "retailrocket_events.csv")).Skip(1), l => l.Contains(",scroll,"));
    }
}
