using MmmFixtures.Clickstream;

namespace MmmFixtures.Tests.Clickstream;

public sealed class ClickstreamDeterminismTests : TempFolder
{
    private static readonly ClickstreamSpec Small = ClickstreamPresets.Get(ClickstreamPreset.Small, 3);

    // Golden SHA-256 of the Small preset, seed 42 (algorithm version 2): change only with a version bump.
    private static readonly Dictionary<string, string> Golden = new()
    {
        ["events.csv"] = "22aafd937b2dd93566e4dd52fad2b3c9c5016c2c3b0af01a899ea1501aeb4c1d",
        ["items.csv"] = "848071ae1e1ef59b8848ba3933194d24f14f54caa3fac72ddd1275ef64cccd69",
        ["users.csv"] = "96344b02bef02001f539f7676a33129d04edd08ce943461bd9a77db03b14079e",
        ["truth_sessions.csv"] = "06ba12697974207d1bed3e56a96eebdfa88cea31cb4ee770cad82066435d6c8c",
        ["truth_users.csv"] = "f9d38ffeda23b485fd66d97b0c57c08c46d19302f10603280f80ad6e215987c8",
        ["truth.json"] = "1c8dea4278db59a7ca1d148e6b271eb9346e8de729298a4486e1faa553a05c19",
    };

    [Fact]
    public void Golden_hashes_of_the_Small_seed_42_export()
    {
        ClickstreamExporter.Export(ClickstreamGenerator.Generate(ClickstreamPresets.Get(ClickstreamPreset.Small, 42)), Folder);
        foreach (var (file, hash) in Golden)
        {
            string actual = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(Path.Combine(Folder, file))));
            Assert.True(hash == actual, $"{file}: {actual}");
        }
    }

    [Fact]
    public void Exports_are_identical_across_runs_and_thread_counts()
    {
        string a = Path.Combine(Folder, "a"), b = Path.Combine(Folder, "b");
        ClickstreamExporter.Export(ClickstreamGenerator.Generate(Small, maxDegreeOfParallelism: 1), a, maxDegreeOfParallelism: 1);
        ClickstreamExporter.Export(ClickstreamGenerator.Generate(Small, maxDegreeOfParallelism: 8), b, maxDegreeOfParallelism: 8);
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
    public void Export_writes_every_table()
    {
        var files = ClickstreamExporter.Export(ClickstreamGenerator.Generate(Small), Folder).Files;
        Assert.Equal(new[] { "items.csv", "users.csv", "events.csv",
            "truth_users.csv", "truth_sessions.csv", "truth_items.csv", "truth_defects.csv", "truth.json", "manifest.json" }, files.Select(f => f.Name));
        Assert.DoesNotContain("persona", File.ReadLines(Path.Combine(Folder, "users.csv")).First());
    }
}
