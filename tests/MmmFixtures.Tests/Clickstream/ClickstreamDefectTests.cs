using MmmFixtures.Clickstream;

namespace MmmFixtures.Tests.Clickstream;

/// <summary>Each opt-in defect appears at about its rate and is recorded in the truth; turning defects on changes nobody's persona.</summary>
public sealed class ClickstreamDefectTests : TempFolder
{
    private static readonly ClickstreamSpec Clean = ClickstreamPresets.Get(ClickstreamPreset.Small, 9) with { Users = 3_000 };
    private static readonly ClickstreamSpec Dirty = Clean with
    {
        Defects = new DefectSpec { DuplicateEventRate = 0.02, NullCategoryRate = 0.1, LateEventRate = 0.03, BotUserShare = 0.02 },
    };

    [Fact]
    public void Defects_appear_at_their_rates_and_are_flagged()
    {
        var data = ClickstreamGenerator.Generate(Dirty);
        var humans = data.Events.Where(e => !data.UserTruth[e.UserId - 1].IsBot).ToArray();
        var originals = humans.Where(e => !e.Defect.HasFlag(EventDefect.Duplicate)).ToArray();
        Assert.InRange(humans.Count(e => e.Defect.HasFlag(EventDefect.Duplicate)) / (double)originals.Length, 0.012, 0.028);
        Assert.InRange(originals.Count(e => e.Defect.HasFlag(EventDefect.Late)) / (double)originals.Length, 0.02, 0.04);
        Assert.All(data.Events.Where(e => e.Defect.HasFlag(EventDefect.Late)), e => Assert.True(e.ArrivalMs > e.TimestampMs));
        Assert.All(data.Events.Where(e => e.Defect == EventDefect.None), e => Assert.Equal(e.TimestampMs, e.ArrivalMs));
        Assert.InRange(data.Items.Count(i => i.CategoryHidden) / (double)data.Items.Count, 0.05, 0.16);

        var bots = data.UserTruth.Where(u => u.IsBot).Select(u => u.UserId).ToHashSet();
        Assert.InRange(bots.Count / (double)data.Users.Count, 0.01, 0.03);
        var botEvents = data.Events.Where(e => bots.Contains(e.UserId)).ToArray();
        Assert.DoesNotContain(botEvents, e => e.Type != ClickEventType.View);
        Assert.True(botEvents.Length / (double)bots.Count > 10 * humans.Length / (double)(data.Users.Count - bots.Count));
    }

    [Fact]
    public void Turning_defects_on_changes_no_persona_and_no_catalog_price()
    {
        var clean = ClickstreamGenerator.Generate(Clean);
        var dirty = ClickstreamGenerator.Generate(Dirty);
        Assert.Equal(clean.UserTruth.Select(u => u.Persona), dirty.UserTruth.Select(u => u.Persona));
        Assert.Equal(clean.Items.Select(i => i.CurrentPrice), dirty.Items.Select(i => i.CurrentPrice));
    }

    [Fact]
    public void The_export_shows_defects_as_a_pipeline_would_meet_them_and_lists_them_in_the_truth()
    {
        var data = ClickstreamGenerator.Generate(Dirty);
        ClickstreamExporter.Export(data, Folder);
        var defects = File.ReadLines(Path.Combine(Folder, "truth_defects.csv")).Skip(1).ToArray();
        Assert.Equal(data.Events.Count(e => e.Defect != EventDefect.None), defects.Length);
        int hidden = File.ReadLines(Path.Combine(Folder, "items.csv")).Skip(1).Count(l => l.Split(',')[1].Length == 0);
        Assert.Equal(data.Items.Count(i => i.CategoryHidden), hidden);

        // events.csv is in arrival order per user: a late event comes after an event with a later timestamp.
        var late = data.Events.First(e => e.Defect == EventDefect.Late && data.Events.Any(o => o.SessionId == e.SessionId && o.TimestampMs > e.TimestampMs && o.TimestampMs < e.ArrivalMs));
        var ids = File.ReadLines(Path.Combine(Folder, "events.csv")).Skip(1).Select(l => long.Parse(l[..l.IndexOf(',')])).ToList();
        var overtaking = data.Events.First(o => o.SessionId == late.SessionId && o.TimestampMs > late.TimestampMs && o.TimestampMs < late.ArrivalMs);
        Assert.True(ids.IndexOf(late.EventId) > ids.IndexOf(overtaking.EventId));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void The_streaming_export_writes_the_bytes_of_the_in_memory_export(int threads)
    {
        string memory = Path.Combine(Folder, "memory"), streamed = Path.Combine(Folder, "streamed");
        var inMemory = ClickstreamExporter.Export(ClickstreamGenerator.Generate(Dirty), memory).Files;
        var streaming = ClickstreamExporter.Export(Dirty, streamed, maxDegreeOfParallelism: threads).Files;
        Assert.Equal(inMemory, streaming); // names, sizes, rows and hashes, manifest included
        foreach (var file in inMemory)
            Assert.Equal(File.ReadAllBytes(Path.Combine(memory, file.Name)), File.ReadAllBytes(Path.Combine(streamed, file.Name)));
    }
}
