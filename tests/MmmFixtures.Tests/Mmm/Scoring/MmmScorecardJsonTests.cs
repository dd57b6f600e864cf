using System.Text.Json;
using MmmFixtures.Mmm.Scoring;

namespace MmmFixtures.Tests.Mmm.Scoring;

/// <summary>The scorecard's JSON: every metric under its camel-case name, absent sections and metrics as null.</summary>
public class MmmScorecardJsonTests
{
    [Fact]
    public void A_roas_only_scorecard_writes_its_errors_and_nulls_for_what_was_not_estimated()
    {
        var channels = MmmScoreTests.Panel.Truth.Channels;
        var card = MmmScore.Score(MmmScoreTests.Panel, new MmmEstimates { Roas = channels.ToDictionary(c => c.Name, c => c.Roas!.Value * 1.1) });
        string json = MmmScorecardJson.Write(card);
        Assert.EndsWith("}\n", json);
        Assert.DoesNotContain("\r", json);
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var tv = root.GetProperty("channels")[0];
        Assert.Equal("Tv", tv.GetProperty("channel").GetString());
        Assert.Equal(card.Channels[0].RoasRelativeError, tv.GetProperty("roasRelativeError").GetDouble());
        Assert.Equal(channels[0].Roas, tv.GetProperty("trueRoas").GetDouble());
        Assert.Equal(card.Channels[0].Identifiable, tv.GetProperty("identifiable").GetBoolean());
        foreach (string absent in new[] { "contribution", "interval" }) Assert.Equal(JsonValueKind.Null, tv.GetProperty(absent).ValueKind);
        Assert.Equal(0, tv.GetProperty("parameters").GetArrayLength());
        Assert.Equal(0, root.GetProperty("components").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("allocation").ValueKind);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("intervalLevel").ValueKind);
        var all = root.GetProperty("summary").GetProperty("all");
        Assert.Equal(2, all.GetProperty("channels").GetInt32());
        Assert.Equal(card.All.RoasRelativeError.Mean, all.GetProperty("roasRelativeError").GetProperty("mean").GetDouble());
        Assert.Equal(0, all.GetProperty("contributionMape").GetProperty("count").GetInt32());
        Assert.Equal(JsonValueKind.Null, all.GetProperty("contributionMape").GetProperty("mean").ValueKind);
        Assert.Equal(JsonValueKind.Null, all.GetProperty("intervalCoverage").ValueKind);
    }
}
