using System.Collections.Generic;
using System.Linq;
using MmmFixtures.Decisions;
using MmmFixtures.Mmm;
using MmmFixtures.Mmm.Decisions;
using MmmFixtures.Validation;

namespace MmmFixtures.Tests.Decisions;

/// <summary>The MMM adapter: the true curves of a preset, its realised budget, locks, and unknown channel names.</summary>
public class BudgetOptimizerTests
{
    private static readonly MmmPanel Panel = MmmGenerator.Generate(MmmPresets.Get(MmmPreset.Basic));

    [Fact]
    public void TheOptimumSpendsTheRealisedBudgetAndBeatsTheRealisedAllocation()
    {
        var result = BudgetOptimizer.Optimize(Panel);
        var truth = Panel.Truth.Channels;
        double realisedSpend = truth.Sum(c => c.TotalSpend), realisedContribution = truth.Sum(c => c.TotalContribution);
        Assert.Equal(realisedSpend, result.Budget);
        Assert.Equal(realisedSpend, result.Channels.Sum(c => c.Spend), realisedSpend * 1e-13);
        Assert.True(result.TotalContribution >= realisedContribution * (1 - 1e-12), $"{result.TotalContribution} < realised {realisedContribution}");
        Assert.True(result.UpperBound >= result.Objective);
        Assert.InRange(result.CertificateGap, 0, SeparableAllocator.TargetGap);
    }

    [Fact]
    public void OneThreadAndManyGiveTheSameBits()
    {
        var panel = MmmGenerator.Generate(MmmPresets.Get(MmmPreset.MediumBusiness));
        var one = BudgetOptimizer.Optimize(panel, new BudgetOptions { MaxDegreeOfParallelism = 1 });
        var many = BudgetOptimizer.Optimize(panel, new BudgetOptions { MaxDegreeOfParallelism = 4 });
        Assert.Equal(one.Channels, many.Channels);
        Assert.Equal(one.UpperBound, many.UpperBound);
        Assert.Equal(one.TotalContribution, many.TotalContribution);
        Assert.InRange(one.CertificateGap, 0, SeparableAllocator.TargetGap);
    }

    [Fact]
    public void ALockedChannelKeepsItsRealisedSpend()
    {
        string locked = Panel.Truth.Channels[0].Name;
        var result = BudgetOptimizer.Optimize(Panel, new BudgetOptions
        {
            Bounds = new Dictionary<string, MultiplierBounds> { [locked] = new(1, 1) },
        });
        Assert.Equal(1, result.Channels[0].Multiplier, 1e-15);
        Assert.Equal(Panel.Truth.Channels[0].TotalContribution, result.Channels[0].Contribution, Panel.Truth.Channels[0].TotalContribution * 1e-12);
    }

    [Fact]
    public void UnknownChannelsAndBadBudgetsAreRejected()
    {
        var error = Assert.Throws<SpecValidationException>(() => BudgetOptimizer.Optimize(Panel, new BudgetOptions
        {
            Bounds = new Dictionary<string, MultiplierBounds> { ["Nope"] = new(0, 1) },
        }));
        Assert.Contains(error.Errors, e => e.Path == "bounds[Nope]");
        Assert.Throws<SpecValidationException>(() => BudgetOptimizer.Optimize(Panel, new BudgetOptions { Budget = -1 }));
    }
}
