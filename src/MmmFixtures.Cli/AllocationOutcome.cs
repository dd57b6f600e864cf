using System.Linq;
using MmmFixtures.Decisions;
using MmmFixtures.Mmm;
using MmmFixtures.Mmm.Decisions;

namespace MmmFixtures.Cli;

/// <summary>What an allocation spends and returns on a panel's true curves: the realised one or an optimum.</summary>
/// <param name="Spend">Total spend.</param>
/// <param name="Contribution">Total media contribution, KPI units.</param>
/// <param name="Revenue">The contribution in revenue (× revenue per KPI).</param>
internal sealed record AllocationOutcome(double Spend, double Contribution, double Revenue)
{
    /// <summary>Revenue − spend.</summary>
    public double Profit => Revenue - Spend;

    /// <summary>What <paramref name="objective"/> maximises: revenue, or profit.</summary>
    public double Value(AllocationObjective objective) => objective == AllocationObjective.Profit ? Profit : Revenue;

    /// <summary>The realised allocation, on the curves the optimiser uses (so an optimum equal to it has no uplift).</summary>
    public static AllocationOutcome Realised(MmmPanel panel)
    {
        var channels = panel.Truth.Channels;
        double contribution = channels.Sum(c => c.TotalSpend > 0 ? c.ContributionAt(1) : 0);
        return new AllocationOutcome(channels.Sum(c => c.TotalSpend), contribution, contribution * panel.Spec.RevenuePerKpi);
    }

    /// <summary>An optimum's totals.</summary>
    public static AllocationOutcome Of(MmmPanel panel, OptimalAllocation optimum) =>
        new(optimum.Channels.Sum(c => c.Spend), optimum.TotalContribution, optimum.TotalContribution * panel.Spec.RevenuePerKpi);

    /// <summary>
    /// (this − <paramref name="baseline"/>) / baseline on <paramref name="objective"/>'s value; null when the baseline's is
    /// not positive (a share of a loss or of nothing means nothing).
    /// </summary>
    public double? UpliftOver(AllocationOutcome baseline, AllocationObjective objective)
    {
        double from = baseline.Value(objective);
        return from > 0 ? (Value(objective) - from) / from : null;
    }
}
