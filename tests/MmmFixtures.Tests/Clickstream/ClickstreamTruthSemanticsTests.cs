using System.Text.Json;
using MmmFixtures.Clickstream;

namespace MmmFixtures.Tests.Clickstream;

/// <summary>Truth semantics of defects: bots are counted apart from the personas, an event's defect labels are a set.</summary>
public sealed class ClickstreamTruthSemanticsTests : TempFolder
{
    private static readonly ClickstreamSpec WithBots = ClickstreamPresets.Get(ClickstreamPreset.Small, 9) with
    {
        Users = 6_000,
        Defects = new DefectSpec { BotUserShare = 0.02 },
    };

    private static readonly ClickstreamSpec LateAndDuplicated = ClickstreamPresets.Get(ClickstreamPreset.Small, 9) with
    {
        Users = 3_000,
        Defects = new DefectSpec { DuplicateEventRate = 0.05, LateEventRate = 0.1 },
    };

    [Fact]
    public void Bots_stay_out_of_persona_aggregates_and_are_counted_apart()
    {
        var data = ClickstreamGenerator.Generate(WithBots);
        var aggregates = data.Aggregates;
        var humans = data.UserTruth.Where(u => !u.IsBot).ToArray();
        var bots = data.UserTruth.Where(u => u.IsBot).Select(u => u.UserId).ToHashSet();
        Assert.NotEmpty(bots);

        // Each persona's funnel counts its human users only, so the Buyer rate is the declared 25%, not diluted by bots.
        foreach (var funnel in aggregates.FunnelByPersona)
            Assert.Equal(humans.Count(u => u.Persona == funnel.Persona), funnel.Users);
        var buyer = aggregates.FunnelByPersona.Single(f => f.Persona == "Buyer");
        Assert.InRange(buyer.SessionPurchaseRate, 0.21, 0.29);

        Assert.Equal(bots.Count, aggregates.Bots.Users);
        Assert.Equal(data.Sessions.Count(s => bots.Contains(s.UserId)), aggregates.Bots.Sessions);
        Assert.Equal(data.Events.Count(e => bots.Contains(e.UserId)), aggregates.Bots.Events);
        Assert.Equal(0, aggregates.Bots.SessionsWithPurchase);
        Assert.Equal(aggregates.Bots.Events, aggregates.BotEventMix[ClickEventType.View]);
        Assert.Equal(data.Events.Count(e => !bots.Contains(e.UserId)), aggregates.EventMix.Values.Sum());
        Assert.Equal(data.Sessions.Count(s => !bots.Contains(s.UserId)), aggregates.SessionsByHour.Sum(b => b.Sessions));

        ClickstreamExporter.Export(data, Folder);
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Folder, "truth.json")));
        var botsJson = json.RootElement.GetProperty("bots");
        Assert.Equal(bots.Count, botsJson.GetProperty("users").GetInt32());
        Assert.Equal(aggregates.Bots.Events, botsJson.GetProperty("eventMix").GetProperty("view").GetInt32());
        var buyerJson = json.RootElement.GetProperty("funnelByPersona").EnumerateArray().Single(f => f.GetProperty("persona").GetString() == "Buyer");
        Assert.Equal(buyer.SessionPurchaseRate, buyerJson.GetProperty("sessionPurchaseRate").GetDouble());
    }

    [Fact]
    public void Without_bots_truth_json_has_no_bots_section()
    {
        ClickstreamExporter.Export(ClickstreamGenerator.Generate(LateAndDuplicated), Folder);
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Folder, "truth.json")));
        Assert.False(json.RootElement.TryGetProperty("bots", out _));
    }

    [Fact]
    public void A_duplicate_of_a_late_event_is_labelled_both_duplicate_and_late()
    {
        var data = ClickstreamGenerator.Generate(LateAndDuplicated);
        var events = data.Events;
        int lateDuplicates = 0;
        for (int i = 1; i < events.Count; i++)
        {
            if (!events[i].Defect.HasFlag(EventDefect.Duplicate)) continue;
            var original = events[i - 1]; // a duplicate follows its original
            Assert.Equal(original.TimestampMs, events[i].TimestampMs);
            Assert.Equal(original.Defect.HasFlag(EventDefect.Late), events[i].Defect.HasFlag(EventDefect.Late));
            Assert.Equal(original.ArrivalMs, events[i].ArrivalMs);
            if (original.Defect.HasFlag(EventDefect.Late)) lateDuplicates++;
        }
        Assert.True(lateDuplicates > 0);

        ClickstreamExporter.Export(data, Folder);
        var rows = File.ReadLines(Path.Combine(Folder, "truth_defects.csv")).Skip(1).Select(l => l.Split(',')).ToArray();
        Assert.Equal(events.Count(e => e.Defect != EventDefect.None), rows.Length); // one row per event with defects
        Assert.Equal(lateDuplicates, rows.Count(r => r[1] == "duplicate|late"));
        Assert.Equal(events.Count(e => e.Defect.HasFlag(EventDefect.Late)), rows.Count(r => r[1].Split('|').Contains("late")));
        Assert.Equal(events.Count(e => e.Defect.HasFlag(EventDefect.Duplicate)), rows.Count(r => r[1].Split('|').Contains("duplicate")));
    }
}
