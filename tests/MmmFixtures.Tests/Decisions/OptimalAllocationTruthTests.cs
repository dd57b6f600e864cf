using System.IO;
using System.Linq;
using System.Text.Json;
using MmmFixtures.Decisions;
using MmmFixtures.Mmm;

namespace MmmFixtures.Tests.Decisions;

/// <summary>The truth's optimal allocation: the realised budget, certified, and written to truth.json as the API gives it.</summary>
public sealed class OptimalAllocationTruthTests : TempFolder
{
    [Fact]
    public void TruthJsonCarriesTheCertifiedOptimumOfTheRealisedBudget()
    {
        var panel = MmmGenerator.Generate(MmmPresets.Get(MmmPreset.GrowingBusiness));
        var optimum = panel.Truth.OptimalAllocation;
        double realised = panel.Truth.Channels.Sum(c => c.TotalSpend);
        Assert.Equal(realised, optimum.Budget);
        Assert.Equal(realised, optimum.Channels.Sum(c => c.Spend), realised * 1e-13);
        Assert.InRange(optimum.CertificateGap!.Value, 0, SeparableAllocator.TargetGap);
        Assert.True(optimum.TotalContribution >= panel.Truth.Channels.Sum(c => c.TotalContribution));
        Assert.Same(optimum, panel.Truth.OptimalAllocation);

        MmmExporter.Export(panel, Folder);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "truth.json")));
        var section = json.RootElement.GetProperty("optimalAllocation");
        Assert.Equal("national", section.GetProperty("scope").GetString());
        Assert.Equal("contribution", section.GetProperty("objective").GetString());
        Assert.Equal(optimum.Budget, section.GetProperty("budget").GetDouble());
        Assert.Equal(optimum.TotalContribution, section.GetProperty("totalContribution").GetDouble());
        Assert.Equal(optimum.Objective, section.GetProperty("objectiveValue").GetDouble());
        Assert.Equal(optimum.UpperBound, section.GetProperty("upperBound").GetDouble());
        Assert.Equal(optimum.CertificateGap!.Value, section.GetProperty("certificateGap").GetDouble());
        var channels = section.GetProperty("channels").EnumerateArray().ToArray();
        Assert.Equal(optimum.Channels.Select(c => c.Channel), channels.Select(c => c.GetProperty("name").GetString()));
        for (int i = 0; i < channels.Length; i++)
        {
            Assert.Equal(optimum.Channels[i].Multiplier, channels[i].GetProperty("multiplier").GetDouble());
            Assert.Equal(optimum.Channels[i].Spend, channels[i].GetProperty("spend").GetDouble());
            Assert.Equal(optimum.Channels[i].Contribution, channels[i].GetProperty("contribution").GetDouble());
            Assert.Equal(optimum.Channels[i].MarginalReturn, channels[i].GetProperty("marginalReturn").GetDouble());
            Assert.False(channels[i].TryGetProperty("marginalRoas", out _));
            Assert.Equal(panel.Truth.Channels[i].ContributionAt(optimum.Channels[i].Multiplier), optimum.Channels[i].Contribution,
                optimum.Channels[i].Contribution * 1e-12);
        }
    }
}
