using MmmFixtures.Decisions;
using MmmFixtures.Mmm;
using MmmFixtures.Mmm.Decisions;

namespace MmmFixtures.Generators.Tests;

/// <summary>A generated fixture's truth carries the optimal allocation the runtime optimiser finds for the same panel.</summary>
public class GeneratedOptimalAllocationTests
{
    [Fact]
    public void Truth_optimal_allocation_equals_the_runtime_optimum_of_the_realised_budget()
    {
        var fixture = MediumPanel.Instance;
        var runtime = BudgetOptimizer.Optimize(MmmGenerator.Generate(MmmPresets.Get(MmmPreset.MediumBusiness, 7)));
        Assert.Equal(runtime.Channels, fixture.Truth.OptimalAllocation.Channels);
        Assert.Equal(runtime.UpperBound, fixture.Truth.OptimalAllocation.UpperBound);
        Assert.InRange(fixture.Truth.OptimalAllocation.CertificateGap!.Value, 0, SeparableAllocator.TargetGap);
    }
}
