using MmmFixtures.Clickstream;

namespace MmmFixtures.Tests.Clickstream;

/// <summary>The default spec meets the seed document's targets, and every event obeys the temporal rules.</summary>
public class ClickstreamTargetTests(DefaultClickstream fixture) : IClassFixture<DefaultClickstream>
{
    private readonly ClickstreamDataset _data = fixture.Data;

    [Fact]
    public void Event_mix_and_conversion_are_within_the_targets()
    {
        double n = _data.Events.Count;
        var mix = _data.Aggregates.EventMix;
        Assert.InRange(mix[ClickEventType.Purchase] / n, 0.01, 0.03);
        Assert.InRange(mix[ClickEventType.AddToCart] / n, 0.05, 0.10);
        Assert.Equal(ClickEventType.View, mix.OrderByDescending(kv => kv.Value).First().Key);
        Assert.InRange(_data.Sessions.Count(s => s.RealisedPurchase) / (double)_data.Sessions.Count, 0.03, 0.07);
    }

    [Fact]
    public void Persona_purchase_rates_are_near_1_5_and_25_percent()
    {
        var funnels = _data.Aggregates.FunnelByPersona.ToDictionary(f => f.Persona);
        Assert.InRange(funnels["Browser"].SessionPurchaseRate, 0.007, 0.013);
        Assert.InRange(funnels["Researcher"].SessionPurchaseRate, 0.04, 0.06);
        Assert.InRange(funnels["Buyer"].SessionPurchaseRate, 0.21, 0.29);
        Assert.InRange(funnels["Buyer"].Users / (double)_data.Users.Count, 0.04, 0.06);
    }

    [Fact]
    public void Catalog_prices_and_discounts_follow_their_laws()
    {
        Assert.InRange(_data.Items.Count(i => i.DiscountPct > 0) / (double)_data.Items.Count, 0.25, 0.35);
        foreach (var item in _data.Items)
        {
            var category = _data.Spec.Catalog.Categories[item.CategoryIndex];
            Assert.InRange(item.BasePrice, category.MinPrice, category.MaxPrice);
            Assert.InRange(item.DiscountPct, 0, 100 * category.MaxDiscount);
            Assert.True(item.CurrentPrice <= item.BasePrice);
        }
        foreach (var group in _data.Items.GroupBy(i => i.CategoryIndex))
            Assert.Equal(1.0, group.Sum(i => i.Popularity), 1e-9);
    }

    [Fact]
    public void Every_event_respects_time_registration_creation_sessions_and_the_funnel()
    {
        var registered = _data.Users.ToDictionary(u => u.UserId, u => u.RegistrationDate);
        long start = new DateTimeOffset(_data.Spec.StartDate, TimeSpan.Zero).ToUnixTimeMilliseconds();
        long end = new DateTimeOffset(_data.Spec.EndDate, TimeSpan.Zero).ToUnixTimeMilliseconds();
        long idle = (long)(_data.Spec.Activity.IdleTimeoutMinutes * 60_000);
        foreach (var session in _data.Activity.SelectMany(a => a.Events).GroupBy(e => e.SessionId))
        {
            var events = session.ToArray();
            long registration = new DateTimeOffset(registered[events[0].UserId], TimeSpan.Zero).ToUnixTimeMilliseconds();
            var carted = new HashSet<int>();
            for (int i = 0; i < events.Length; i++)
            {
                var e = events[i];
                Assert.InRange(e.TimestampMs, Math.Max(start, registration), end - 1);
                long created = new DateTimeOffset(_data.Items[e.ItemId - 1].CreatedAt, TimeSpan.Zero).ToUnixTimeMilliseconds();
                Assert.True(e.TimestampMs >= created, $"event {e.EventId} sees item {e.ItemId} before it exists");
                if (i > 0)
                {
                    Assert.True(e.TimestampMs > events[i - 1].TimestampMs || e.Defect.HasFlag(EventDefect.Duplicate), "events are chronological within a session");
                    Assert.True(e.TimestampMs - events[i - 1].TimestampMs <= idle, "no gap exceeds the idle timeout");
                }
                if (e.Type == ClickEventType.AddToCart) carted.Add(e.ItemId);
                if (e.Type == ClickEventType.Purchase)
                {
                    Assert.Contains(e.ItemId, carted);
                    Assert.NotEqual(0, e.TransactionId);
                }
                else
                {
                    Assert.Equal(0, e.TransactionId);
                }
            }
        }
        // Sessions of a user never overlap.
        foreach (var user in _data.Sessions.GroupBy(s => s.UserId))
        {
            var ordered = user.OrderBy(s => s.StartMs).ToArray();
            for (int i = 1; i < ordered.Length; i++) Assert.True(ordered[i].StartMs > ordered[i - 1].EndMs);
        }
    }

    [Fact]
    public void Ids_are_unique_and_truth_matches_the_rows()
    {
        Assert.Equal(_data.Events.Count, _data.Events.Select(e => e.EventId).Distinct().Count());
        Assert.Equal(_data.Sessions.Count, _data.Sessions.Select(s => s.SessionId).Distinct().Count());
        var purchases = _data.Events.Where(e => e.Type == ClickEventType.Purchase).Select(e => e.SessionId).ToHashSet();
        Assert.All(_data.Sessions, s => Assert.Equal(purchases.Contains(s.SessionId), s.RealisedPurchase));
        Assert.All(_data.Sessions, s => Assert.True(!s.RealisedPurchase || s.IntendedPurchase));
        Assert.Equal(_data.Events.Count, _data.Sessions.Sum(s => s.EventCount));
    }

    [Fact]
    public void The_time_split_never_leaks_and_keeps_whole_sessions()
    {
        var cutoff = _data.Spec.StartDate.AddDays(21);
        long cut = new DateTimeOffset(cutoff, TimeSpan.Zero).ToUnixTimeMilliseconds();
        var split = _data.SplitByTime(cutoff);
        Assert.All(split.Train, e => Assert.True(e.TimestampMs < cut));
        Assert.All(split.Test, e => Assert.True(e.TimestampMs >= cut));
        var sessionSizes = _data.Sessions.ToDictionary(s => s.SessionId, s => s.EventCount);
        Assert.All(split.Train.GroupBy(e => e.SessionId), g => Assert.Equal(sessionSizes[g.Key], g.Count()));
        Assert.All(split.Test.GroupBy(e => e.SessionId), g => Assert.Equal(sessionSizes[g.Key], g.Count()));
        int trainSessions = split.Train.Select(e => e.SessionId).Distinct().Count(), testSessions = split.Test.Select(e => e.SessionId).Distinct().Count();
        Assert.Equal(_data.Sessions.Count, trainSessions + testSessions + split.StraddlingSessions);
        Assert.True(split.StraddlingSessions < 50);
    }

    [Fact]
    public void Sessions_follow_the_hour_of_day_curve()
    {
        var byHour = _data.Aggregates.SessionsByHour;
        Assert.True(byHour[19].Sessions > 4 * byHour[4].Sessions, "the evening peak is far above the night trough");
        var byDay = _data.Aggregates.SessionsByWeekday;
        Assert.True(byDay[5].Sessions + byDay[6].Sessions > byDay[0].Sessions + byDay[1].Sessions, "weekends above early weekdays");
    }
}
